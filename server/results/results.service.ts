import {
  COMPARISON_KINDS,
  COMPARISON_LABELS,
  type Breakdown,
  type BreakdownDimension,
  type Comparison,
  type ComparisonKind,
  type Figure,
  type GemeenteResults,
  type QuestionResult,
} from '../../shared/api/results.schema.js';
import type { z } from 'zod';
import type { resultRoundSchema, roundOverviewSchema } from '../../shared/api/results.schema.js';
import {
  countingRuleByKey,
  countingRuleInfo,
  DEFAULT_COUNTING_RULE,
  hasPositiveShare,
  type CountingRule,
} from '../../shared/results/counting-rules.js';
import { countValid } from '../../shared/results/figures.js';
import { multipleTestingNote } from '../../shared/results/statistics.js';
import { sizeClassOf } from '../../shared/results/size-class.js';
import {
  questionnaireSchema,
  type Question,
  type Questionnaire,
} from '../../shared/surveys/questionnaire.js';
import { inTenant, type DatabaseHandle, type Db, type Scope, type Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { Cache } from '../platform/cache.js';
import type { SurveyRow } from '../surveys/survey.table.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import { refreshStaleCounts } from './aggregates.js';
import {
  breakdownOf,
  codesOnly,
  compare,
  distributionOf,
  figureOf,
  questionCounts,
  validPositiveOf as validOfTotals,
  isCounted,
  pooledFigure,
  weightedOf,
  weightingExplanation,
  weightingPlan,
  type Member,
  type QuestionCounts,
  type ValidPositive,
} from './results.compute.js';
import {
  findRoundSurvey,
  definitionOf,
  latestVersion,
  listBuilds,
  listRoundSurveys,
  previousRound,
  publicRounds,
  readCounts,
  readPopulation,
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

const ownerScope = (ref: RoundRef): Scope => ({ tenantId: ref.tenantId, accountId: null });

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
async function loadInOwnerScope(
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
function loadRoundAsOwner(db: Db, ref: RoundRef): Promise<Omit<LoadedRound, 'full' | 'readScope'>> {
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

function gemeenteOrFail(round: LoadedRound, cbsCode: string): TenantRow {
  const gemeente = round.gemeenten.find((g) => g.cbs_code === cbsCode);
  if (!gemeente || !round.full.has(gemeente.id)) throw problems.notFound(GEMEENTE_NOT_FOUND);
  return gemeente;
}

const gemeenteRef = (g: TenantRow) => ({
  cbsCode: g.cbs_code ?? '',
  naam: g.name,
  provincie: g.province,
  inwoners: g.inhabitants,
});

type ValidByGemeente = Map<string, Map<string, ValidPositive>>;

/**
 * Valid and positive answers per gemeente and question, from the totals (one row per gemeente).
 * Also returns the totals themselves, for distributions.
 */
async function validPositiveOf(
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

function cachedTotals(round: LoadedRound): ValidByGemeente | undefined {
  return round.final ? finalTotals.get(totalsKey(round)) : undefined;
}

function rememberTotals(round: LoadedRound, valid: ValidByGemeente): void {
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

// --- One gemeente ------------------------------------------------------------------------------

export interface ResultsOptions {
  vergelijk: ComparisonKind[];
  peergroep: string[];
  gewogen: boolean;
  /** Label of the project comparison (the portal says "Regio: …"). */
  projectLabel?: (count: number) => string;
}

export const DEFAULT_COMPARISONS: ComparisonKind[] = ['project', 'vorige'];

/** Parses `vergelijk=project,vorige` and `peergroep=GM0014,GM0106` with Dutch errors. */
export function parseResultsQuery(query: {
  vergelijk?: string | undefined;
  peergroep?: string | undefined;
  gewogen?: 'ja' | 'nee' | undefined;
}): ResultsOptions {
  const kinds =
    query.vergelijk === undefined
      ? DEFAULT_COMPARISONS
      : query.vergelijk
          .split(',')
          .map((k) => k.trim())
          .filter((k) => k !== '');
  const unknown = kinds.filter((k) => !(COMPARISON_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw problems.invalidField(
      'vergelijk',
      `Onbekende vergelijking: ${unknown.join(', ')}. Kies uit ${COMPARISON_KINDS.join(', ')}.`,
    );
  }
  const peers = (query.peergroep ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
  const badPeers = peers.filter((c) => !/^GM\d{4}$/.test(c));
  if (badPeers.length > 0) {
    throw problems.invalidField(
      'peergroep',
      `Geen geldige CBS-code: ${badPeers.join(', ')}. Een CBS-code is GM gevolgd door vier cijfers.`,
    );
  }
  const vergelijk = [...new Set(kinds)] as ComparisonKind[];
  if (vergelijk.includes('peergroep') && peers.length === 0) {
    throw problems.invalidField(
      'peergroep',
      'Kies voor de vergelijking met een eigen groep minstens één gemeente.',
    );
  }
  if (peers.length > 0 && !vergelijk.includes('peergroep')) vergelijk.push('peergroep');
  return { vergelijk, peergroep: [...new Set(peers)], gewogen: query.gewogen === 'ja' };
}

interface PreviousFigures {
  year: number;
  valid: Map<string, ValidPositive>;
}

/**
 * The gemeente's previous round (same template, lower year, any owner), its totals for the
 * gemeente: system work in that round's owner's scope, totals only.
 */
async function previousFigures(
  db: Db,
  round: LoadedRound,
  gemeente: TenantRow,
  previous: (RoundRef & { year: number }) | undefined,
): Promise<PreviousFigures | null> {
  if (!previous) return null;
  return inTenant(db, ownerScope(previous), async (trx) => {
    const loaded = await loadInOwnerScope(trx, previous);
    // The current round's questions and rule, matched by question id.
    const { valid } = await validPositiveOf(
      trx,
      { ref: previous, questions: round.questions, rule: round.rule },
      [gemeente.id],
    );
    return {
      year: loaded.survey.year,
      valid: valid.get(gemeente.id) ?? new Map<string, ValidPositive>(),
    };
  });
}

function comparisonLabel(kind: ComparisonKind, count: number, extra?: string): string {
  const others = count === 1 ? '1 andere gemeente' : `${count} andere gemeenten`;
  switch (kind) {
    case 'project':
      return `Gemiddelde van ${others} in dit onderzoek`;
    case 'grootteklasse':
      return extra
        ? `Gemiddelde van ${others} met ${extra} in dit onderzoek`
        : 'Grootteklasse onbekend: het aantal inwoners van deze gemeente is niet bekend';
    case 'peergroep':
      return `Gemiddelde van zelf gekozen groep (${others})`;
    case 'vorige':
      return extra ?? COMPARISON_LABELS.vorige;
  }
}

/** Results of one gemeente: figures, distributions, comparisons, weighting when asked. */
export async function gemeenteResults(
  db: Db,
  round: LoadedRound,
  cbsCode: string,
  options: ResultsOptions,
): Promise<GemeenteResults> {
  const gemeente = gemeenteOrFail(round, cbsCode);
  const threshold = gemeente.small_cell_threshold;
  const { totals, valid, strata, channels, previousRef } = await inTenant(
    db,
    round.readScope,
    async (trx) => {
      const needsOthers = options.vergelijk.some((k) => k !== 'vorige');
      // The asker's own gemeente is always read under row-level security; the others' totals
      // of a final round may come from the cache (they never change, and step 1 decided that
      // the asker may see them).
      const cached = needsOthers ? cachedTotals(round) : undefined;
      const own = await validPositiveOf(
        trx,
        round,
        cached ? [gemeente.id] : needsOthers ? undefined : [gemeente.id],
      );
      if (needsOthers && !cached) rememberTotals(round, own.valid);
      const valid = new Map(cached ?? own.valid);
      for (const [id, perQuestion] of own.valid) valid.set(id, perQuestion);
      return {
        totals: own.totals.get(gemeente.id) ?? new Map<string, Record<string, number>>(),
        valid,
        strata: options.gewogen
          ? await readCounts(trx, round.ref, 'leeftijd_geslacht', [gemeente.id])
          : [],
        channels: await readCounts(trx, round.ref, 'kanaal', [gemeente.id]),
        previousRef: options.vergelijk.includes('vorige')
          ? await previousRound(trx, gemeente.id, round.survey.template, round.survey.year)
          : undefined,
      };
    },
  );
  const previous = await previousFigures(db, round, gemeente, previousRef);

  const others = round.gemeenten.filter((g) => g.id !== gemeente.id);
  const ownClass = sizeClassOf(gemeente.inhabitants);
  const groups: Partial<Record<ComparisonKind, TenantRow[]>> = {
    project: others,
    grootteklasse: ownClass
      ? others.filter((g) => sizeClassOf(g.inhabitants)?.id === ownClass.id)
      : [],
    peergroep: others.filter((g) => options.peergroep.includes(g.cbs_code ?? '')),
  };

  // Weighting: population snapshot (owner's scope), respondents per stratum (asker's scope).
  let weging: GemeenteResults['weging'] = null;
  let plan: ReturnType<typeof weightingPlan> | null = null;
  const perStratum = new Map<string, QuestionCounts>();
  if (options.gewogen) {
    const population = await inTenant(db, ownerScope(round.ref), (trx) =>
      readPopulation(trx, round.ref, gemeente.id),
    );
    for (const row of strata) perStratum.set(row.category, questionCounts(row.counts));
    const respondents = [...perStratum].map(([stratum, counts]) => ({
      stratum,
      n: counts.get('*')?.[''] ?? 0,
    }));
    const input = { population, respondents };
    plan = weightingPlan(input);
    weging = {
      gevraagd: true,
      mogelijk: plan.possible,
      toelichting: weightingExplanation(plan, input),
    };
  }

  let tests = 0;
  const ownValid = valid.get(gemeente.id) ?? new Map<string, ValidPositive>();
  const vragen: QuestionResult[] = round.questions.map((question) => {
    const counts = totals.get(question.id);
    const positive = hasPositiveShare(question);
    const figure = positive ? figureOf(ownValid.get(question.id), threshold) : null;
    const vergelijkingen: Comparison[] = [];
    if (positive && figure) {
      for (const kind of options.vergelijk) {
        let comparison: Comparison;
        if (kind === 'vorige') {
          const vp = previous?.valid.get(question.id);
          const other = figureOf(vp, threshold);
          comparison = compare(
            kind,
            previous ? String(previous.year) : 'Geen eerdere meting',
            previous && vp ? 1 : 0,
            figure,
            other,
          );
        } else {
          const members: Member[] = (groups[kind] ?? []).map((g) => ({
            gemeenteId: g.id,
            threshold: g.small_cell_threshold,
            vp: valid.get(g.id)?.get(question.id),
          }));
          const pooled = pooledFigure(members, threshold);
          const label =
            kind === 'project' && options.projectLabel
              ? options.projectLabel(pooled.count)
              : comparisonLabel(
                  kind,
                  pooled.count,
                  kind === 'grootteklasse' ? ownClass?.label : undefined,
                );
          comparison = compare(kind, label, pooled.count, figure, pooled.figure);
        }
        if (comparison.pWaarde !== null) tests += 1;
        vergelijkingen.push(comparison);
      }
    }
    const suppressed = figure ? figure.onderdrukt : false;
    return {
      vraagId: question.id,
      tekst: question.text,
      thema: question.theme,
      type: question.type,
      cijfer: figure,
      verdeling: suppressed ? null : distributionOf(question, counts, threshold),
      vergelijkingen,
      gewogen:
        positive && plan && figure && !figure.onderdrukt
          ? weightedOf(question, round.rule, plan, perStratum)
          : null,
    };
  });

  const build = round.builds.get(gemeente.id);
  const reacties = build?.responses ?? 0;
  const uitgenodigd = build?.invited ?? 0;
  const perKanaal = ['online', 'papier', 'telefoon']
    .map((kanaal) => ({
      kanaal,
      n: channels.find((c) => c.category === kanaal)?.counts['*']?.[''] ?? 0,
    }))
    .filter((c) => c.n > 0);

  return {
    enquete: {
      id: round.survey.id,
      naam: round.survey.name,
      jaar: round.survey.year,
      status: round.survey.status,
    },
    gemeente: gemeenteRef(gemeente),
    telregel: countingRuleInfo(round.rule),
    drempel: threshold,
    respons: {
      uitgenodigd,
      reacties,
      pct: uitgenodigd > 0 ? (100 * reacties) / uitgenodigd : null,
      perKanaal,
    },
    meervoudigToetsen: { aantalToetsen: tests, toelichting: multipleTestingNote(tests) },
    weging,
    vragen,
  };
}

/** One breakdown of a gemeente, suppressed per question over its categories. */
export async function gemeenteBreakdown(
  db: Db,
  round: LoadedRound,
  cbsCode: string,
  dimension: BreakdownDimension,
): Promise<Breakdown> {
  const gemeente = gemeenteOrFail(round, cbsCode);
  const { rows, totals } = await inTenant(db, round.readScope, async (trx) => ({
    rows: await readCounts(trx, round.ref, dimension, [gemeente.id]),
    totals: questionCounts(
      (await readCounts(trx, round.ref, 'totaal', [gemeente.id]))[0]?.counts ?? {},
    ),
  }));
  const perCategory = new Map<string, QuestionCounts>();
  for (const row of rows) perCategory.set(row.category, questionCounts(row.counts));
  const breakdown = breakdownOf({
    dimension,
    questions: round.questions,
    rule: round.rule,
    threshold: gemeente.small_cell_threshold,
    perCategory,
    totals,
  });
  return {
    ...breakdown,
    telregel: countingRuleInfo(round.rule),
    drempel: gemeente.small_cell_threshold,
  };
}

/** Every breakdown of a gemeente (for the PDF report). */
export async function gemeenteBreakdowns(
  db: Db,
  round: LoadedRound,
  cbsCode: string,
): Promise<Breakdown[]> {
  const dimensions: BreakdownDimension[] = ['leeftijd', 'voorziening', 'kanaal', 'hulp'];
  const result: Breakdown[] = [];
  for (const dimension of dimensions) {
    result.push(await gemeenteBreakdown(db, round, cbsCode, dimension));
  }
  return result;
}

/** Valid and positive answers for a question of a figure, for tests and exports. */
export function validOf(
  counts: Record<string, number> | undefined,
  question: Question,
  rule: CountingRule,
) {
  return countValid(codesOnly(counts), question, rule);
}

// --- Public benchmark portal (no login; system work in the owner's scope) ----------------------

export interface PublicBenchmarkEntry {
  cbsCode: string;
  naam: string;
  provincie: string | null;
  enqueteId: string;
  jaar: number;
}

/** Gemeenten that opted in and have a round with responses: their latest such round. */
export async function publicBenchmarkIndex(
  database: DatabaseHandle,
): Promise<PublicBenchmarkEntry[]> {
  const rows = await database.asOwner((owner) => publicRounds(owner));
  return rows.map((r) => ({
    cbsCode: r.cbsCode,
    naam: r.name,
    provincie: r.province,
    enqueteId: r.surveyId,
    jaar: r.year,
  }));
}

/**
 * The public portal's figures of one gemeente: its latest round, compared with the other
 * gemeenten of that round, suppressed as always, never weighted, never broken down. Null when
 * the gemeente did not opt in (or has no round with responses).
 */
export async function publicBenchmark(
  database: DatabaseHandle,
  cbsCode: string,
): Promise<GemeenteResults | null> {
  const entry = (await database.asOwner((owner) => publicRounds(owner))).find(
    (r) => r.cbsCode === cbsCode,
  );
  if (!entry) return null;
  const ref = { tenantId: entry.tenantId, surveyId: entry.surveyId };
  const loaded = await loadRoundAsOwner(database.db, ref);
  const round: LoadedRound = {
    ...loaded,
    full: new Set([entry.gemeenteId]),
    readScope: ownerScope(ref),
  };
  return gemeenteResults(database.db, round, cbsCode, {
    vergelijk: ['project'],
    peergroep: [],
    gewogen: false,
    projectLabel: (count) =>
      `Regio: ${count === 1 ? '1 andere gemeente' : `${count} andere gemeenten`} in dit onderzoek`,
  });
}

/** A figure as a plain object (for tests that compare shapes). */
export type { Figure };
