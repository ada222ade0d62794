import type { Command } from 'commander';
import { createSurveyBodySchema } from '../../shared/api/survey.schema.js';
import { SURVEY_TEMPLATES } from '../../shared/surveys/ceo-wmo.template.js';
import { inTenant } from '../../server/db/database.js';
import { createSurvey } from '../../server/surveys/survey.service.js';
import { findTenantByRef } from '../../server/tenants/tenant.repository.js';
import { CLI_ACTOR, withDatabase } from '../context.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
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
      'de uitvoerder: een bureau of de gemeente zelf (standaard: de enige gemeente)',
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
        const parsed = createSurveyBodySchema.safeParse({
          naam: o.naam ?? `Cliëntervaringsonderzoek Wmo ${o.year}`,
          jaar: Number(o.year),
          sjabloon: o.template,
          gemeenten: o.gemeente.map((g) => g.toUpperCase()),
        });
        if (!parsed.success) {
          throw new Error(
            parsed.error.issues
              .map((i) => `${i.path.join('.') || 'invoer'}: ${i.message}`)
              .join('\n'),
          );
        }
        const ref = o.organisatie ?? (o.gemeente.length === 1 ? o.gemeente[0] : undefined);
        if (!ref) {
          throw new Error(
            'Geef met --organisatie aan welk bureau of welke samenwerking dit onderzoek uitvoert.',
          );
        }
        await withDatabase(async ({ db }) => {
          const tenant = await findTenantByRef(db, ref);
          if (!tenant) throw new Error(`Organisatie "${ref}" bestaat niet.`);
          const created = await inTenant(db, { tenantId: tenant.id, accountId: null }, (trx) =>
            createSurvey(
              trx,
              { tenantId: tenant.id, accountId: null, name: CLI_ACTOR },
              parsed.data,
            ),
          );
          console.log(
            `Onderzoek "${created.naam}" aangemaakt voor ${created.gemeenten.length} gemeente(n), uitgevoerd door ${tenant.name}.`,
          );
          console.log(created.id);
        });
      },
    );
}
