import type {
  DrawSampleBody,
  SampleCalculation,
  SampleCalculationQuery,
  SampleResult,
  Stratum,
} from '../../../shared/api/sampling.schema.js';
import { sampleSizeAdvice, type SampleSizeAdvice } from '../../../shared/surveys/sample-size.js';
import { audit, type Who } from '../../audit/audit.service.js';
import type { Trx } from '../../db/database.js';
import { HttpProblem, problems } from '../../http/problem.js';
import { hashCode, newCode } from '../../public/personal-code.js';
import { SURVEY_PURPOSE, surveyOrFail } from '../survey.service.js';
import type { SurveyRow } from '../survey.table.js';
import { ageGroup, allocateProportionally } from './allocation.js';
import { drawSample, seededRandom, type Random } from './prng.js';
import {
  hashesInUse,
  insertInvitations,
  listCandidates,
  lockSurvey,
  type CandidateRow,
  type NewInvitation,
} from './sampling.repository.js';

const INSERT_CHUNK = 1000;

function refuseAfterPurge(survey: SurveyRow): void {
  if (survey.personal_data_deleted_at) {
    throw problems.conflict(
      'De namen en adressen van dit onderzoek zijn al verwijderd. Er kunnen geen mensen meer worden uitgenodigd.',
    );
  }
}

function presentAdvice(advice: SampleSizeAdvice) {
  return {
    populatie: advice.population,
    respondentenNodig: advice.respondents,
    uitnodigingenNodig: advice.invitations,
    iedereenUitnodigen: advice.inviteEveryone,
  };
}

/** Why a client is left out, in the order the reasons are checked (each counted once). */
type Exclusion = 'beeindigd' | 'afgemeld' | 'alUitgenodigd' | 'eerderUitgenodigd';

function exclusionOf(row: CandidateRow): Exclusion | null {
  if (row.ended) return 'beeindigd';
  if (row.optedOut) return 'afgemeld';
  if (row.invitedHere) return 'alUitgenodigd';
  if (row.invitedRecently) return 'eerderUitgenodigd';
  return null;
}

interface GemeenteCount {
  gemeente: { cbsCode: string; naam: string };
  populatie: number;
  getrokken: number;
}

function countByGemeente(eligible: CandidateRow[], drawn: CandidateRow[]): GemeenteCount[] {
  const counts = new Map<string, GemeenteCount>();
  for (const row of eligible) {
    const entry = counts.get(row.cbsCode) ?? {
      gemeente: { cbsCode: row.cbsCode, naam: row.gemeenteName },
      populatie: 0,
      getrokken: 0,
    };
    entry.populatie += 1;
    counts.set(row.cbsCode, entry);
  }
  for (const row of drawn) counts.get(row.cbsCode)!.getrokken += 1;
  return [...counts.values()].sort((a, b) => a.gemeente.naam.localeCompare(b.gemeente.naam, 'nl'));
}

/** The calculator, on the clients of the round who can be invited, per gemeente and in total. */
export async function calculateSample(
  trx: Trx,
  who: Who,
  surveyId: string,
  query: SampleCalculationQuery,
): Promise<SampleCalculation> {
  await surveyOrFail(trx, who, surveyId);
  const rows = await listCandidates(trx, who.tenantId, surveyId, { endedBefore: query.eindeVoor });
  const eligible = rows.filter((r) => !r.ended && !r.optedOut);
  const margin = query.marge / 100;
  const rate = query.responspercentage / 100;
  const perGemeente = countByGemeente(eligible, []).map((g) => ({
    gemeente: g.gemeente,
    ...presentAdvice(sampleSizeAdvice(g.populatie, margin, rate)),
  }));
  const sum = (key: 'populatie' | 'respondentenNodig' | 'uitnodigingenNodig') =>
    perGemeente.reduce((total, g) => total + g[key], 0);
  return {
    marge: query.marge,
    responspercentage: query.responspercentage,
    perGemeente,
    somPerGemeente: {
      populatie: sum('populatie'),
      respondentenNodig: sum('respondentenNodig'),
      uitnodigingenNodig: sum('uitnodigingenNodig'),
      iedereenUitnodigen: perGemeente.every((g) => g.iedereenUitnodigen),
    },
    geheel: presentAdvice(sampleSizeAdvice(eligible.length, margin, rate)),
  };
}

function stratumKey(row: CandidateRow, strata: readonly Stratum[], year: number): string {
  return strata
    .map((s) => {
      if (s === 'gemeente') return row.cbsCode;
      if (s === 'voorziening') return row.productCategory ?? 'onbekend';
      return ageGroup(row.birthYear, year);
    })
    .join('|');
}

/**
 * Proportional stratified sample: strata are drawn in the order of their keys, each with the
 * same seeded generator, so the whole draw is reproducible.
 */
function drawStratified(
  eligible: CandidateRow[],
  size: number,
  strata: readonly Stratum[],
  year: number,
  random: Random,
): CandidateRow[] {
  const groups = new Map<string, CandidateRow[]>();
  for (const row of eligible) {
    const key = stratumKey(row, strata, year);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  const keys = [...groups.keys()].sort();
  const allocation = allocateProportionally(
    new Map(keys.map((k) => [k, groups.get(k)!.length])),
    size,
  );
  return keys.flatMap((k) => drawSample(groups.get(k)!, allocation.get(k) ?? 0, random));
}

function draw(eligible: CandidateRow[], body: DrawSampleBody, year: number): CandidateRow[] {
  if (body.methode === 'alles') return eligible;
  const random = seededRandom(body.seed);
  const size = body.omvang ?? eligible.length;
  if (body.methode === 'aselect') return drawSample(eligible, size, random);
  return drawStratified(eligible, size, body.strata ?? [], year, random);
}

/**
 * Codes for the drawn clients, stored as invitations. A code is drawn again in the rare case
 * its hash is already in use anywhere in the installation.
 */
async function createInvitations(
  trx: Trx,
  who: Who,
  surveyId: string,
  drawn: CandidateRow[],
): Promise<void> {
  for (let start = 0; start < drawn.length; start += INSERT_CHUNK) {
    let pending = drawn.slice(start, start + INSERT_CHUNK);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === 5) throw new Error('could not find unused invitation codes');
      const batch: NewInvitation[] = pending.map((row) => {
        const code = newCode();
        return { clientId: row.id, gemeenteId: row.gemeenteId, code, codeHash: hashCode(code) };
      });
      const taken = await hashesInUse(
        trx,
        batch.map((i) => i.codeHash),
      );
      const free = batch.filter((i) => !taken.has(i.codeHash));
      const failed = await insertInvitations(trx, who.tenantId, surveyId, free);
      const retry = new Set([
        ...batch.filter((i) => taken.has(i.codeHash)).map((i) => i.clientId),
        ...failed,
      ]);
      pending = pending.filter((row) => retry.has(row.id));
    }
  }
}

/** A draw for a round that already has invitations, when the caller did not ask to top up. */
export class AlreadyInvited extends HttpProblem {
  constructor(readonly invited: number) {
    super(409, 'Conflict', `Voor dit onderzoek zijn al ${invited} mensen uitgenodigd.`);
  }
}

export interface DrawOptions {
  /** A second draw adds people to the sample; false refuses it with `AlreadyInvited`. */
  topUp: boolean;
}

/**
 * Draws the sample and creates an invitation with a personal code for everyone drawn. Clients
 * already invited in this round are left out, so a second draw tops a sample up (unless the
 * caller said not to).
 */
export async function drawSurveySample(
  trx: Trx,
  who: Who,
  surveyId: string,
  body: DrawSampleBody,
  options: DrawOptions = { topUp: true },
): Promise<SampleResult> {
  await lockSurvey(trx, who.tenantId, surveyId);
  const survey = await surveyOrFail(trx, who, surveyId);
  refuseAfterPurge(survey);
  if (survey.status === 'gesloten') {
    throw problems.conflict('Dit onderzoek is gesloten. Er kunnen geen mensen meer bij.');
  }
  const rows = await listCandidates(trx, who.tenantId, surveyId, {
    endedBefore: body.uitsluiten.eindeVoor,
    recentMonths: body.uitsluiten.eerderUitgenodigdMaanden,
  });
  const invited = rows.filter((r) => r.invitedHere).length;
  if (invited > 0 && !options.topUp) throw new AlreadyInvited(invited);
  const excluded = { beeindigd: 0, afgemeld: 0, alUitgenodigd: 0, eerderUitgenodigd: 0 };
  const eligible: CandidateRow[] = [];
  for (const row of rows) {
    const reason = exclusionOf(row);
    if (reason) excluded[reason] += 1;
    else eligible.push(row);
  }
  const drawn = draw(eligible, body, survey.year);
  await createInvitations(trx, who, surveyId, drawn);
  const result: SampleResult = {
    methode: body.methode,
    seed: body.seed,
    inRegister: rows.length,
    uitgesloten: excluded,
    populatie: eligible.length,
    getrokken: drawn.length,
    perGemeente: countByGemeente(eligible, drawn),
  };
  await auditDraw(trx, who, surveyId, body, result);
  return result;
}

/** Counts only: the audit log never holds who was drawn. */
async function auditDraw(
  trx: Trx,
  who: Who,
  surveyId: string,
  body: DrawSampleBody,
  result: SampleResult,
): Promise<void> {
  const base = { purpose: SURVEY_PURPOSE, objectType: 'enquete', objectId: surveyId };
  await audit(trx, who, {
    ...base,
    action: 'steekproef.getrokken',
    details: {
      methode: body.methode,
      strata: body.strata ?? [],
      seed: body.seed,
      uitsluiten: body.uitsluiten,
      populatie: result.populatie,
      getrokken: result.getrokken,
      uitgesloten: result.uitgesloten,
    },
  });
  await audit(trx, who, {
    ...base,
    action: 'uitnodigingen.gemaakt',
    details: { aantal: result.getrokken },
  });
}
