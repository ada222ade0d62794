import type { z } from 'zod';
import type { resultRoundSchema, roundOverviewSchema } from '../../shared/api/results.schema.js';
import {
  countingRuleByKey,
  countingRuleInfo,
  DEFAULT_COUNTING_RULE,
  hasPositiveShare,
  type CountingRule,
} from '../../shared/results/counting-rules.js';
import {
  questionnaireSchema,
  type Question,
  type Questionnaire,
} from '../../shared/surveys/questionnaire.js';
import { inTenant, type Db, type Scope, type Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { Cache } from '../platform/cache.js';
import type { SurveyRow } from '../surveys/survey.table.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import { refreshStaleCounts } from './aggregates.service.js';
import {
  figureOf,
  isCounted,
  questionCounts,
  validPositiveOf as validOfTotals,
  type QuestionCounts,
  type ValidPositive,
} from './results.compute.js';
import {
  definitionOf,
  findRoundSurvey,
  latestVersion,
  listBuilds,
  listRoundSurveys,
  readCounts,
  roundGemeenten,
  visibleRounds,
  type BuildRow,
  type RoundRef,
} from './results.repository.js';

/**
 * Results of survey rounds (PRODUCT.md M2, ADR 0009).
 *
 * Access: the owner of a round (a bureau, or a gemeente running alone) sees every gemeente of
 * it; a gemeente taking part sees itself in full and the others' totals only. Every request
 * runs in three steps: (1) in the asker's scope, which rounds it may see (security definer
 * function); (2) system work in the round owner's scope: refresh stale counts and read the
 * round's settings, questionnaire and gemeenten; (3) in the asker's scope again, the counts, so
 * row-level security is the second wall around what a gemeente reads.
 */

export const RESULTS_PURPOSE = 'Verantwoording en sturing op basis van cliëntervaringsonderzoek';

const NOT_FOUND = 'Dit onderzoek bestaat niet, of u hebt geen toegang tot de resultaten ervan.';
const GEMEENTE_NOT_FOUND =
  'Deze gemeente doet niet mee aan dit onderzoek, of u hebt geen toegang tot haar resultaten.';

/** A round as results need it, read in the owner's scope. */
export interface LoadedRound {
  ref: RoundRef;
  survey: SurveyRow;
  questionnaire: Questionnaire;
  /** Counted questions (codes), in questionnaire order. */
  questions: Question[];
  rule: CountingRule;
  gemeenten: TenantRow[];
  builds: Map<string, BuildRow>;
  /** Gemeenten the asker sees in full (ids). */
  full: Set<string>;
  /** The scope counts are read in: the asker's, or the owner's for system work (portal). */
  readScope: Scope;
  /** Closed and counted after closing: its counts never change again. */
  final: boolean;
  /** Questionnaire version the figures are computed with. */
  version: number;
}

export function ruleOf(survey: Pick<SurveyRow, 'counting_rule'>): CountingRule {
  return countingRuleByKey(survey.counting_rule) ?? DEFAULT_COUNTING_RULE;
}

export const ownerScope = (ref: RoundRef): Scope => ({ tenantId: ref.tenantId, accountId: null });

/** Step 1: may the asker see this round? 404 otherwise, the same for "not there" and "not yours". */
async function resolveRound(db: Db, viewer: Scope, surveyId: string): Promise<RoundRef> {
  const rounds = await inTenant(db, viewer, visibleRounds);
  const ref = rounds.find((r) => r.surveyId === surveyId);
  if (!ref) throw problems.notFound(NOT_FOUND);
  return ref;
}

/** Questionnaires parsed once per version: a version never changes once saved. */
const parsedQuestionnaires = new Cache<Questionnaire>({ size: 1000 });

async function questionnaireOf(
  trx: Trx,
  ref: RoundRef,
): Promise<{ questionnaire: Questionnaire; version: number }> {
  const version = await latestVersion(trx, ref);
  if (version === undefined) throw problems.notFound('Dit onderzoek heeft nog geen vragenlijst.');
  const key = `${ref.surveyId}@${version}`;
  let questionnaire = parsedQuestionnaires.get(key);
  if (!questionnaire) {
    questionnaire = questionnaireSchema.parse(await definitionOf(trx, ref, version));
    parsedQuestionnaires.set(key, questionnaire);
  }
  return { questionnaire, version };
}

/** Step 2, inside a transaction in the owner's scope. */
export async function loadInOwnerScope(
  trx: Trx,
  ref: RoundRef,
): Promise<Omit<LoadedRound, 'full' | 'readScope'>> {
  const survey = await findRoundSurvey(trx, ref);
  if (!survey) throw problems.notFound(NOT_FOUND);
  const { questionnaire, version } = await questionnaireOf(trx, ref);
  const questions = questionnaire.questions.filter(isCounted);
  const refreshed = await refreshStaleCounts(trx, {
    tenantId: ref.tenantId,
    surveyId: ref.surveyId,
    year: survey.year,
    status: survey.status,
    codedQuestions: questions.map((q) => q.id),
    multipleChoice: questions.filter((q) => q.type === 'meervoudig').map((q) => q.id),
  });
  const gemeenten = await roundGemeenten(trx, ref);
  const builds = refreshed.builds ?? (await listBuilds(trx, ref));
  return {
    ref,
    survey,
    questionnaire,
    questions,
    rule: ruleOf(survey),
    gemeenten,
    builds: new Map(builds.map((b) => [b.gemeenteId, b])),
    final: refreshed.final === true,
    version,
  };
}

/** Step 2: system work in the owner's scope. */
export function loadRoundAsOwner(
  db: Db,
  ref: RoundRef,
): Promise<Omit<LoadedRound, 'full' | 'readScope'>> {
  return inTenant(db, ownerScope(ref), (trx) => loadInOwnerScope(trx, ref));
}

/** Steps 1 and 2 for a logged-in asker. */
export async function loadRound(db: Db, viewer: Scope, surveyId: string): Promise<LoadedRound> {
  const ref = await resolveRound(db, viewer, surveyId);
  const round = await loadRoundAsOwner(db, ref);
  const owner = ref.tenantId === viewer.tenantId;
  const full = new Set(
    round.gemeenten.filter((g) => owner || g.id === viewer.tenantId).map((g) => g.id),
  );
  return { ...round, full, readScope: viewer };
}

export function gemeenteOrFail(round: LoadedRound, cbsCode: string): TenantRow {
  const gemeente = round.gemeenten.find((g) => g.cbs_code === cbsCode);
  if (!gemeente || !round.full.has(gemeente.id)) throw problems.notFound(GEMEENTE_NOT_FOUND);
  return gemeente;
}

export const gemeenteRef = (g: TenantRow) => ({
  cbsCode: g.cbs_code ?? '',
  naam: g.name,
  provincie: g.province,
  inwoners: g.inhabitants,
});

export type ValidByGemeente = Map<string, Map<string, ValidPositive>>;

/**
 * Valid and positive answers per gemeente and question, from the totals (one row per gemeente).
 * Also returns the totals themselves, for distributions.
 */
export async function validPositiveOf(
  trx: Trx,
  round: Pick<LoadedRound, 'ref' | 'questions' | 'rule'>,
  gemeenteIds?: string[],
): Promise<{ valid: ValidByGemeente; totals: Map<string, QuestionCounts> }> {
  const rows = await readCounts(trx, round.ref, 'totaal', gemeenteIds);
  const valid: ValidByGemeente = new Map();
  const totals = new Map<string, QuestionCounts>();
  for (const row of rows) {
    valid.set(row.gemeenteId, validOfTotals(round.questions, round.rule, row.counts));
    totals.set(row.gemeenteId, questionCounts(row.counts));
  }
  return { valid, totals };
}

/**
 * Valid and positive answers of every gemeente of a final round (closed, counted after closing),
 * per counting rule and questionnaire version: they can never change, and every dashboard
 * request of a national round would otherwise read all 342 gemeenten's totals again.
 */
const finalTotals = new Cache<ValidByGemeente>({ size: 200 });
const totalsKey = (round: LoadedRound) =>
  `${round.ref.tenantId}|${round.ref.surveyId}|${round.rule.key}|${round.version}`;

export function cachedTotals(round: LoadedRound): ValidByGemeente | undefined {
  return round.final ? finalTotals.get(totalsKey(round)) : undefined;
}

export function rememberTotals(round: LoadedRound, valid: ValidByGemeente): void {
  // Only complete reads of a final round (the owner's, or the portal's: every gemeente).
  if (!round.final || valid.size < round.builds.size - emptyBuilds(round)) return;
  finalTotals.set(totalsKey(round), valid);
}

const emptyBuilds = (round: LoadedRound) =>
  [...round.builds.values()].filter((b) => b.responses === 0).length;

// --- Rounds and overview -----------------------------------------------------------------------

export type ResultRound = z.infer<typeof resultRoundSchema>;

/** The rounds the asker may see results of, newest first, with the gemeenten it sees in full. */
export async function listResultRounds(db: Db, viewer: Scope): Promise<ResultRound[]> {
  const refs = await inTenant(db, viewer, visibleRounds);
  const byOwner = new Map<string, string[]>();
  for (const ref of refs)
    byOwner.set(ref.tenantId, [...(byOwner.get(ref.tenantId) ?? []), ref.surveyId]);
  const rounds: (ResultRound & { createdAt: Date })[] = [];
  for (const [tenantId, ids] of byOwner) {
    await inTenant(db, { tenantId, accountId: null }, async (trx) => {
      for (const survey of await listRoundSurveys(trx, tenantId, ids)) {
        const gemeenten = await roundGemeenten(trx, { tenantId, surveyId: survey.id });
        const owner = tenantId === viewer.tenantId;
        rounds.push({
          id: survey.id,
          naam: survey.name,
          jaar: survey.year,
          status: survey.status,
          gemeenten: gemeenten.filter((g) => owner || g.id === viewer.tenantId).map(gemeenteRef),
          createdAt: survey.created_at,
        });
      }
    });
  }
  return rounds
    .sort((a, b) => b.jaar - a.jaar || b.createdAt.getTime() - a.createdAt.getTime())
    .map(({ createdAt: _createdAt, ...round }) => round);
}

export type RoundOverview = z.infer<typeof roundOverviewSchema>;

/** Every gemeente × question with a positive share, at the level of totals. */
export async function roundOverview(
  db: Db,
  viewer: Scope,
  surveyId: string,
): Promise<RoundOverview> {
  const round = await loadRound(db, viewer, surveyId);
  const { valid } = await inTenant(db, round.readScope, (trx) => validPositiveOf(trx, round));
  const shown = round.questions.filter(hasPositiveShare);
  return {
    enquete: { id: round.survey.id, naam: round.survey.name, jaar: round.survey.year },
    telregel: countingRuleInfo(round.rule),
    vragen: shown.map((q) => ({ vraagId: q.id, tekst: q.text })),
    gemeenten: round.gemeenten.map((g) => ({
      gemeente: gemeenteRef(g),
      cijfers: shown.map((q) => figureOf(valid.get(g.id)?.get(q.id), g.small_cell_threshold)),
    })),
  };
}
