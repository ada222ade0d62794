import {
  COMPARISON_KINDS,
  COMPARISON_LABELS,
  type Comparison,
  type ComparisonKind,
  type Figure,
  type GemeenteResults,
  type QuestionResult,
} from '../../shared/api/results.schema.js';
import { countingRuleInfo, hasPositiveShare } from '../../shared/results/counting-rules.js';
import { multipleTestingNote } from '../../shared/results/statistics.js';
import { sizeClassOf } from '../../shared/results/size-class.js';
import { inTenant, type DatabaseHandle, type Db } from '../db/database.js';
import { problems } from '../http/problem.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import {
  compare,
  distributionOf,
  figureOf,
  pooledFigure,
  questionCounts,
  weightedOf,
  weightingExplanation,
  weightingPlan,
  type Member,
  type QuestionCounts,
  type ValidPositive,
} from './results.compute.js';
import {
  previousRound,
  publicRounds,
  readCounts,
  readPopulation,
  type RoundRef,
} from './results.repository.js';
import {
  cachedTotals,
  gemeenteOrFail,
  gemeenteRef,
  loadInOwnerScope,
  loadRoundAsOwner,
  ownerScope,
  rememberTotals,
  validPositiveOf,
  type LoadedRound,
} from './round.service.js';

/**
 * The figures of one gemeente in a round (PRODUCT.md M2, ADR 0009): with comparisons, the
 * previous round and weighting for staff, and the same figures for the public benchmark portal.
 * Which round and gemeente the asker may see is decided in round.service.ts.
 */

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
