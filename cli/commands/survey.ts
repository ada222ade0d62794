import { once } from 'node:events';
import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import type { z } from 'zod';
import { letterSettingsBodySchema } from '../../shared/api/invitations.schema.js';
import {
  drawSampleBodySchema,
  STRATA,
  type DrawSampleBody,
  type SampleResult,
  type Stratum,
} from '../../shared/api/sampling.schema.js';
import { createSurveyBodySchema } from '../../shared/api/survey.schema.js';
import { SURVEY_TEMPLATES } from '../../shared/surveys/ceo-wmo.template.js';
import type { Who } from '../../server/audit/audit.service.js';
import { inTenant, type DatabaseHandle, type Db } from '../../server/db/database.js';
import { mailingLines } from '../../server/documents/mailing.js';
import { findSurveyTenant } from '../../server/surveys/invitations/invitation.repository.js';
import { makeLetters } from '../../server/surveys/invitations/invitation.job.js';
import {
  checkLetters,
  NothingToPrint,
  prepareMailing,
  publicUrl,
  purgeDueRounds,
  purgePersonalData,
  type LetterJobParams,
  type PreparedLetters,
} from '../../server/surveys/invitations/invitation.service.js';
import {
  AlreadyInvited,
  drawSurveySample,
} from '../../server/surveys/sampling/sampling.service.js';
import { createSurvey } from '../../server/surveys/survey.service.js';
import {
  findOrganisationsLinkedToAll,
  findTenantByCbsCode,
} from '../../server/tenants/tenant.repository.js';
import type { TenantRow } from '../../server/tenants/tenant.table.js';
import { CLI_ACTOR, withDatabase } from '../context.js';
import { progressBar } from '../progress.js';
import { describeTenant, tenantByRefOrName } from '../tenant-ref.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tenant of a round, looked up as the owner: the operator gives only the round's id. */
async function surveyScope(database: DatabaseHandle, surveyId: string): Promise<Who> {
  if (!UUID_PATTERN.test(surveyId)) throw new Error(`"${surveyId}" is geen id van een onderzoek.`);
  const tenantId = await database.asOwner((owner) => findSurveyTenant(owner, surveyId));
  if (!tenantId) throw new Error(`Onderzoek ${surveyId} bestaat niet.`);
  return { tenantId, accountId: null, name: CLI_ACTOR };
}

function parseOrExplain<T>(
  result: { success: true; data: T } | { success: false; error: z.ZodError },
  names: Record<string, string> = {},
): T {
  if (result.success) return result.data;
  throw new Error(
    result.error.issues
      .map((i) => {
        const path = i.path.join('.');
        return `${names[path] ?? (path || 'invoer')}: ${i.message}`;
      })
      .join('\n'),
  );
}

interface SampleOptions {
  all?: boolean;
  size?: string;
  stratify?: string;
  seed: string;
  excludeEndedBefore?: string;
  excludeInvitedMonths?: string;
  aanvullen?: boolean;
}

/** The options behind the fields of a draw, to name them in messages. */
const SAMPLE_OPTION_NAMES: Record<string, string> = {
  omvang: '--size',
  strata: '--stratify',
  seed: '--seed',
  'uitsluiten.eindeVoor': '--exclude-ended-before',
  'uitsluiten.eerderUitgenodigdMaanden': '--exclude-invited-months',
};

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new Error(`${option} moet een heel getal zijn, bijvoorbeeld 500 (niet "${value}").`);
  }
  return Number(value);
}

function strataOf(value: string): Stratum[] {
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(STRATA as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new Error(
      `--stratify kent ${unknown.map((n) => `"${n}"`).join(', ')} niet. Kies uit ${STRATA.join(', ')}, gescheiden door komma's (bijvoorbeeld --stratify gemeente,voorziening).`,
    );
  }
  return names as Stratum[];
}

function sampleBody(o: SampleOptions): DrawSampleBody {
  if (Boolean(o.all) === (o.size !== undefined)) throw new Error('Kies --all of --size <aantal>.');
  if (o.all && o.stratify !== undefined) {
    throw new Error('--stratify hoort bij --size: met --all wordt iedereen uitgenodigd.');
  }
  const strata = o.stratify !== undefined ? strataOf(o.stratify) : [];
  return parseOrExplain(
    drawSampleBodySchema.safeParse({
      methode: o.all ? 'alles' : strata.length > 0 ? 'gestratificeerd' : 'aselect',
      ...(o.size !== undefined ? { omvang: wholeNumber('--size', o.size) } : {}),
      ...(strata.length > 0 ? { strata } : {}),
      seed: o.seed,
      uitsluiten: {
        ...(o.excludeEndedBefore ? { eindeVoor: o.excludeEndedBefore } : {}),
        ...(o.excludeInvitedMonths
          ? {
              eerderUitgenodigdMaanden: wholeNumber(
                '--exclude-invited-months',
                o.excludeInvitedMonths,
              ),
            }
          : {}),
      },
    }),
    SAMPLE_OPTION_NAMES,
  );
}

function printSample(result: SampleResult, requested: number | undefined): void {
  const x = result.uitgesloten;
  console.log(`in bestand: ${result.inRegister}`);
  console.log(
    `uitgesloten: beëindigd ${x.beeindigd}, afgemeld ${x.afgemeld}, al uitgenodigd ${x.alUitgenodigd}, eerder uitgenodigd ${x.eerderUitgenodigd}`,
  );
  console.log(`populatie: ${result.populatie}, getrokken: ${result.getrokken}`);
  for (const g of result.perGemeente) {
    console.log(`  ${g.gemeente.cbsCode} ${g.gemeente.naam}: ${g.getrokken} van ${g.populatie}`);
  }
  if (requested !== undefined && requested > result.populatie) {
    console.log(
      `gevraagd: ${requested}, beschikbaar: ${result.populatie}, getrokken: ${result.getrokken}`,
    );
    console.log('Er zijn minder mensen beschikbaar dan gevraagd: iedereen die kan, is getrokken.');
  }
}

/** Draws, refusing to add to a round that has invitations unless `--aanvullen` was given. */
async function sample(id: string, o: SampleOptions): Promise<void> {
  const body = sampleBody(o);
  await withDatabase(async (database) => {
    const who = await surveyScope(database, id);
    try {
      const result = await inTenant(database.db, who, (trx) =>
        drawSurveySample(trx, who, id, body, { topUp: o.aanvullen === true }),
      );
      printSample(result, body.omvang);
    } catch (error) {
      if (!(error instanceof AlreadyInvited)) throw error;
      throw new Error(
        `${error.message} Een nieuwe trekking voegt mensen toe aan de steekproef. Wilt u dat, geef dan ook --aanvullen.`,
        { cause: error },
      );
    }
  });
}

interface InviteOptions {
  letters?: string;
  mailing?: string;
  reminders?: boolean;
  again?: boolean;
  phone?: string;
  answerBefore?: string;
}

async function writeFileLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await finished(out);
}

/** Writes the letters through the same service as the letter job, with a bar instead. */
async function writePdf(
  database: DatabaseHandle,
  who: Who,
  file: string,
  params: LetterJobParams,
): Promise<PreparedLetters> {
  const bar = progressBar('Brieven maken');
  try {
    return await makeLetters(
      database.db,
      who,
      params,
      fs.createWriteStream(file),
      (done, total) => {
        if (done % 100 === 0 || done === total) bar.update(done, total, 'pagina’s');
      },
    );
  } finally {
    bar.stop();
  }
}

async function invite(id: string, o: InviteOptions): Promise<void> {
  if (!o.letters && !o.mailing)
    throw new Error('Geef --letters <bestand.pdf> en/of --mailing <bestand.csv>.');
  const kind = o.reminders ? 'herinnering' : 'uitnodiging';
  const settings = parseOrExplain(
    letterSettingsBodySchema.safeParse({
      ...(o.phone ? { telefoon: o.phone } : {}),
      ...(o.answerBefore ? { antwoordVoor: o.answerBefore } : {}),
    }),
  );
  // The letters and the mailing file carry this address: say so when it is still the default.
  if (!process.env.MEETWERK_PUBLIC_URL) {
    console.log(
      `Let op: de brieven verwijzen naar ${publicUrl()}/enquete. Stel MEETWERK_PUBLIC_URL in op het adres waar inwoners Meetwerk bereiken.`,
    );
  }
  await withDatabase(async (database) => {
    const who = await surveyScope(database, id);
    if (o.letters) {
      let params: LetterJobParams;
      try {
        params = await inTenant(database.db, who, (trx) =>
          checkLetters(trx, who, id, kind, { again: o.again ?? false, settings }),
        );
      } catch (error) {
        if (!(error instanceof NothingToPrint)) throw error;
        console.log(error.message);
        console.log('brieven: 0');
        return;
      }
      const prepared = await writePdf(database, who, o.letters, params);
      console.log(
        `brieven: ${prepared.recipients.length}, zonder adres: ${prepared.withoutAddress}`,
      );
      if (o.mailing) {
        await writeFileLines(o.mailing, mailingLines(prepared.recipients, publicUrl()));
        console.log(`adresbestand: ${prepared.recipients.length} regels`);
      }
      return;
    }
    const invitees = await inTenant(database.db, who, (trx) => prepareMailing(trx, who, id, kind));
    await writeFileLines(o.mailing!, mailingLines(invitees, publicUrl()));
    console.log(`adresbestand: ${invitees.length} regels`);
  });
}

function registerFieldwork(survey: Command): void {
  survey
    .command('sample <id>')
    .description('Trek de steekproef en maak de uitnodigingen met persoonlijke codes')
    .option('--all', 'iedereen in het cliëntenbestand uitnodigen')
    .option('--size <aantal>', 'zoveel mensen aselect trekken')
    .option('--stratify <indeling>', 'gestratificeerd naar gemeente,voorziening,leeftijdsgroep')
    .requiredOption('--seed <seed>', 'startwaarde: dezelfde seed geeft dezelfde steekproef')
    .option(
      '--exclude-ended-before <jjjj-mm-dd>',
      'sla voorzieningen over die vóór deze datum eindigden',
    )
    .option(
      '--exclude-invited-months <maanden>',
      'sla wie in een andere ronde zo kort geleden is uitgenodigd over',
    )
    .option('--aanvullen', 'de steekproef aanvullen als er al mensen zijn uitgenodigd')
    .action((id: string, o: SampleOptions) => sample(id, o));

  survey
    .command('invite <id>')
    .description('Maak de brieven (PDF) en/of het adresbestand (CSV) voor de drukkerij')
    .option('--letters <bestand.pdf>', 'de brieven als één PDF')
    .option('--mailing <bestand.csv>', 'het adresbestand voor een drukkerij')
    .option('--reminders', 'herinneringen in plaats van uitnodigingen')
    .option('--again', 'ook wie al een brief kreeg (opnieuw printen)')
    .option('--phone <telefoonnummer>', 'telefoonnummer voor hulp of een papieren vragenlijst')
    .option('--answer-before <jjjj-mm-dd>', 'de datum waarvoor mensen antwoorden')
    .action((id: string, o: InviteOptions) => invite(id, o));

  survey
    .command('purge [id]')
    .description(
      'Verwijder namen, adressen en codes van een onderzoek (of --due: alle die over de bewaartermijn zijn)',
    )
    .option('--due', 'alle onderzoeken waarvan de bewaartermijn voorbij is')
    .action(async (id: string | undefined, o: { due?: boolean }) => {
      if (!id === !o.due) throw new Error('Geef het id van een onderzoek, of --due.');
      await withDatabase(async (database) => {
        if (o.due) {
          console.log(`onderzoeken opgeschoond: ${await purgeDueRounds(database)}`);
          return;
        }
        const who = await surveyScope(database, id!);
        const result = await inTenant(database.db, who, (trx) => purgePersonalData(trx, who, id!));
        console.log(
          `clienten: ${result.clienten}, codes: ${result.codes}, verwijderd op: ${result.verwijderdOp}`,
        );
      });
    });
}

/**
 * Who runs a new round when `--organisatie` is not given: the gemeente itself when it is the
 * only one; otherwise the one bureau that works for all named gemeenten or, when no bureau
 * does, the one samenwerking that includes them all.
 */
async function surveyOrganisation(
  db: Db,
  gemeenten: string[],
  ref: string | undefined,
): Promise<TenantRow> {
  if (ref) return tenantByRefOrName(db, ref);
  const codes = [...new Set(gemeenten)];
  const unknown: string[] = [];
  for (const code of codes) if (!(await findTenantByCbsCode(db, code))) unknown.push(code);
  if (unknown.length > 0) throw new Error(`Onbekende gemeentecode: ${unknown.join(', ')}.`);
  if (codes.length === 1) return (await findTenantByCbsCode(db, codes[0]!))!;
  const bureaus = await findOrganisationsLinkedToAll(db, codes, 'werkt_voor');
  const samenwerkingen = await findOrganisationsLinkedToAll(db, codes, 'omvat');
  if (bureaus.length === 1) return bureaus[0]!;
  if (bureaus.length === 0 && samenwerkingen.length === 1) return samenwerkingen[0]!;
  const choose = 'Kies wie het onderzoek uitvoert met --organisatie <naam of id>.';
  const candidates = [...bureaus, ...samenwerkingen];
  if (candidates.length === 0) {
    throw new Error(
      `Geen bureau of samenwerking werkt voor alle ${codes.length} gemeenten (${codes.join(', ')}). ${choose}`,
    );
  }
  throw new Error(
    `Meer dan één organisatie werkt voor alle ${codes.length} gemeenten: ${candidates.map(describeTenant).join(', ')}. ${choose}`,
  );
}

export function registerSurvey(program: Command): void {
  const survey = program
    .command('survey')
    .description('Cliëntervaringsonderzoek: onderzoeksrondes');

  survey
    .command('create')
    .description('Maak een onderzoeksronde vanuit een sjabloon; de laatste regel is de id')
    .requiredOption('--template <sjabloon>', Object.keys(SURVEY_TEMPLATES).join(' | '))
    .requiredOption('--year <jaar>', 'het jaar van het onderzoek')
    .requiredOption(
      '--gemeente <GMxxxx>',
      'een deelnemende gemeente (herhaal voor meer)',
      collect,
      [],
    )
    .option(
      '--organisatie <organisatie>',
      'de uitvoerder (naam of id): een bureau, samenwerking of de gemeente zelf (standaard: de enige gemeente, of het enige bureau dat voor alle gemeenten werkt)',
    )
    .option('--naam <naam>', 'de naam van het onderzoek')
    .action(
      async (o: {
        template: string;
        year: string;
        gemeente: string[];
        organisatie?: string;
        naam?: string;
      }) => {
        const body = parseOrExplain(
          createSurveyBodySchema.safeParse({
            naam: o.naam ?? `Cliëntervaringsonderzoek Wmo ${o.year}`,
            jaar: Number(o.year),
            sjabloon: o.template,
            gemeenten: o.gemeente.map((g) => g.toUpperCase()),
          }),
        );
        await withDatabase(async ({ db }) => {
          const tenant = await surveyOrganisation(db, body.gemeenten, o.organisatie);
          const created = await inTenant(db, { tenantId: tenant.id, accountId: null }, (trx) =>
            createSurvey(trx, { tenantId: tenant.id, accountId: null, name: CLI_ACTOR }, body),
          );
          console.log(
            `Onderzoek "${created.naam}" aangemaakt voor ${created.gemeenten.length} gemeente(n), uitgevoerd door ${tenant.name}.`,
          );
          console.log(created.id);
        });
      },
    );

  registerFieldwork(survey);
}
