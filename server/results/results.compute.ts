import {
  BREAKDOWN_LABELS,
  COMPARISON_LABELS,
  type Breakdown,
  type BreakdownDimension,
  type Comparison,
  type ComparisonKind,
  type Figure,
  type QuestionResult,
} from '../../shared/api/results.schema.js';
import { hasPositiveShare, type CountingRule } from '../../shared/results/counting-rules.js';
import {
  countValid,
  distributionFrom,
  figureFromCounts,
  suppressedFigure,
  type AnswerCounts,
} from '../../shared/results/figures.js';
import { ALPHA, twoProportionTest } from '../../shared/results/statistics.js';
import { suppressPartition } from '../../shared/results/suppression.js';
import {
  poststratificationWeights,
  weightedFigure,
  type WeightingPlan,
} from '../../shared/results/weighting.js';
import { optionsOf, type Question } from '../../shared/surveys/questionnaire.js';
import { WMO020_PRODUCTCATEGORIEEN } from '../../shared/validation/wmo020.js';

/**
 * From counts to figures: pure functions, no database. Every figure passes the tenant's
 * small-cell threshold here, and nothing leaves this module unsuppressed (ADR 0009).
 */

/** Questions whose answers are counted: those with codes. Number and open answers never are. */
export function isCounted(question: Question): boolean {
  return ['stelling', 'janee', 'enkelvoudig', 'meervoudig'].includes(question.type);
}

/** Valid and positive answers of one gemeente to one question. */
export interface ValidPositive {
  nGeldig: number;
  nPositief: number;
}

/** Answer counts of one gemeente (or category): question id → answer code → n. */
export type QuestionCounts = Map<string, Record<string, number>>;

export function questionCounts(
  counts: Readonly<Record<string, Record<string, number>>>,
): QuestionCounts {
  return new Map(Object.entries(counts));
}

/** Only the answer codes ('*' responses and '+' respondents of meervoudig left out). */
export function codesOnly(counts: Record<string, number> | undefined): AnswerCounts {
  const codes: Record<string, number> = {};
  for (const [answer, n] of Object.entries(counts ?? {})) {
    if (answer !== '+' && answer !== '') codes[answer] = n;
  }
  return codes;
}

/** Valid and positive answers of every question with a positive share, from one gemeente's totals. */
export function validPositiveOf(
  questions: readonly Question[],
  rule: CountingRule,
  totals: Readonly<Record<string, Record<string, number>>>,
): Map<string, ValidPositive> {
  const result = new Map<string, ValidPositive>();
  for (const question of questions) {
    if (!hasPositiveShare(question)) continue;
    result.set(question.id, countValid(codesOnly(totals[question.id]), question, rule));
  }
  return result;
}

export function figureOf(vp: ValidPositive | undefined, threshold: number): Figure {
  return figureFromCounts(vp?.nPositief ?? 0, vp?.nGeldig ?? 0, threshold);
}

/** A gemeente taking part in a comparison: its counts for the question, and its own threshold. */
export interface Member {
  gemeenteId: string;
  threshold: number;
  vp: ValidPositive | undefined;
}

/**
 * The pooled figure of a group of gemeenten for one question. A member whose own figure is
 * suppressed is left out, so the group's figure never lets a suppressed figure be computed back
 * by subtraction; the pooled figure itself is suppressed below `threshold` (that of the gemeente
 * it is compared with).
 */
export function pooledFigure(
  members: readonly Member[],
  threshold: number,
): { figure: Figure; count: number } {
  let nGeldig = 0;
  let nPositief = 0;
  let count = 0;
  for (const member of members) {
    if (figureOf(member.vp, member.threshold).onderdrukt) continue;
    nGeldig += member.vp?.nGeldig ?? 0;
    nPositief += member.vp?.nPositief ?? 0;
    count += 1;
  }
  return { figure: figureFromCounts(nPositief, nGeldig, threshold), count };
}

/** Own figure against a comparison figure: difference in points and the two-proportion test. */
export function compare(
  soort: ComparisonKind,
  label: string,
  aantalGemeenten: number,
  own: Figure,
  other: Figure,
): Comparison {
  const bothShown = !own.onderdrukt && !other.onderdrukt;
  const test =
    bothShown && own.nGeldig !== null && other.nGeldig !== null
      ? twoProportionTest(own.nPositief ?? 0, own.nGeldig, other.nPositief ?? 0, other.nGeldig)
      : null;
  return {
    soort,
    label,
    aantalGemeenten,
    cijfer: other,
    verschil:
      bothShown && own.pctPositief !== null && other.pctPositief !== null
        ? own.pctPositief - other.pctPositief
        : null,
    pWaarde: test ? test.p : null,
    significant: test ? test.p < ALPHA : null,
  };
}

export const COMPARISON_DEFAULT_LABEL = COMPARISON_LABELS;

/** Distribution of one question, or null when fewer respondents answered than the threshold. */
export function distributionOf(
  question: Question,
  counts: Record<string, number> | undefined,
  threshold: number,
): QuestionResult['verdeling'] {
  const codes = codesOnly(counts);
  const answered =
    question.type === 'meervoudig'
      ? (counts?.['+'] ?? 0)
      : Object.values(codes).reduce((a, b) => a + b, 0);
  if (answered < threshold || answered === 0) return null;
  return distributionFrom(codes, question, question.type === 'meervoudig' ? answered : undefined);
}

// --- Weighting ---------------------------------------------------------------------------------

const AGE_WORDS: Record<string, string> = {
  '1': 'jonger dan 65 jaar',
  '2': '65 tot 75 jaar',
  '3': '75 tot 85 jaar',
  '4': '85 jaar of ouder',
};

export function stratumLabel(stratum: string): string {
  const [age, sex] = stratum.split('|');
  const who = sex === '1' ? 'mannen' : sex === '2' ? 'vrouwen' : 'mensen';
  return `${who} ${AGE_WORDS[age ?? ''] ?? 'van onbekende leeftijd'}`;
}

const known = (stratum: string) => !stratum.includes('onbekend');

export interface WeightingInput {
  population: readonly { stratum: string; n: number }[];
  /** Respondents per stratum ('*' counts of the leeftijd_geslacht dimension). */
  respondents: readonly { stratum: string; n: number }[];
}

export function weightingPlan(input: WeightingInput): WeightingPlan {
  return poststratificationWeights(
    input.population
      .filter((p) => known(p.stratum))
      .map((p) => ({ stratum: p.stratum, count: p.n })),
    input.respondents
      .filter((p) => known(p.stratum))
      .map((p) => ({ stratum: p.stratum, count: p.n })),
    stratumLabel,
  );
}

export function weightingExplanation(plan: WeightingPlan, input: WeightingInput): string {
  if (!plan.possible) return plan.reason ?? 'Weging is niet mogelijk.';
  const population = input.population.filter((p) => known(p.stratum)).reduce((a, p) => a + p.n, 0);
  const unknownRespondents = input.respondents
    .filter((p) => !known(p.stratum))
    .reduce((a, p) => a + p.n, 0);
  return (
    `Gewogen naar leeftijdsgroep en geslacht (poststratificatie) van de ${population.toLocaleString('nl-NL')} ` +
    'cliënten van deze gemeente in het onderzoek, zodat de respondenten samen dezelfde opbouw ' +
    'hebben als alle cliënten. Het effectieve aantal (n eff.) zegt hoeveel ongewogen antwoorden ' +
    'het gewogen cijfer waard is.' +
    (unknownRespondents > 0
      ? ` ${unknownRespondents.toLocaleString('nl-NL')} respondenten van wie leeftijd of geslacht onbekend is, tellen met gewicht 1.`
      : '')
  );
}

/** The weighted figure of one question from its counts per stratum. */
export function weightedOf(
  question: Question,
  rule: CountingRule,
  plan: WeightingPlan,
  perStratum: ReadonlyMap<string, QuestionCounts>,
): QuestionResult['gewogen'] {
  if (!plan.possible) return null;
  const strata: { stratum: string; nPositief: number; nGeldig: number }[] = [];
  const unknown = { nPositief: 0, nGeldig: 0 };
  for (const [stratum, counts] of perStratum) {
    const vp = countValid(codesOnly(counts.get(question.id)), question, rule);
    if (known(stratum)) strata.push({ stratum, ...vp });
    else {
      unknown.nPositief += vp.nPositief;
      unknown.nGeldig += vp.nGeldig;
    }
  }
  const result = weightedFigure(strata, plan, unknown.nGeldig > 0 ? unknown : undefined);
  return result;
}

// --- Breakdowns --------------------------------------------------------------------------------

export function categoriesOf(
  dimension: BreakdownDimension,
  questions: readonly Question[],
  present: readonly string[],
): { code: string; label: string }[] {
  const fromQuestion = (id: string) => {
    const question = questions.find((q) => q.id === id);
    return question ? optionsOf(question).map((o) => ({ code: o.code, label: o.label })) : [];
  };
  let base: { code: string; label: string }[];
  switch (dimension) {
    case 'leeftijd':
      base = fromQuestion('A2');
      break;
    case 'hulp':
      base = fromQuestion('A1');
      break;
    case 'kanaal':
      base = [
        { code: 'online', label: 'Online' },
        { code: 'papier', label: 'Op papier' },
        { code: 'telefoon', label: 'Telefonisch' },
      ];
      break;
    case 'voorziening':
      base = present
        .filter((code) => code !== 'onbekend')
        .sort()
        .map((code) => ({
          code,
          label: WMO020_PRODUCTCATEGORIEEN[code as keyof typeof WMO020_PRODUCTCATEGORIEEN] ?? code,
        }));
      break;
  }
  const codes = new Set(base.map((c) => c.code));
  // Every category that holds responses is shown, so the categories add up to the total.
  for (const code of present) {
    if (!codes.has(code) && code !== 'onbekend') {
      base.push({ code, label: code });
      codes.add(code);
    }
  }
  if (dimension !== 'kanaal' || present.includes('onbekend')) {
    base.push({ code: 'onbekend', label: 'Onbekend' });
  }
  return base;
}

/**
 * A gemeente's breakdown: per question with a positive share a figure per category, with primary
 * and secondary suppression over the categories (which add up to the gemeente's total, 'onbekend'
 * included). When the total itself is suppressed, every category is.
 */
export function breakdownOf(input: {
  dimension: BreakdownDimension;
  questions: readonly Question[];
  rule: CountingRule;
  threshold: number;
  perCategory: ReadonlyMap<string, QuestionCounts>;
  totals: QuestionCounts;
}): Omit<Breakdown, 'telregel' | 'drempel'> {
  const categories = categoriesOf(input.dimension, input.questions, [...input.perCategory.keys()]);
  const vragen = input.questions.filter(hasPositiveShare).map((question) => {
    const total = countValid(codesOnly(input.totals.get(question.id)), question, input.rule);
    const cells = categories.map((c) =>
      countValid(codesOnly(input.perCategory.get(c.code)?.get(question.id)), question, input.rule),
    );
    const totalSuppressed = figureOf(total, input.threshold).onderdrukt;
    const hide = totalSuppressed
      ? cells.map(() => true)
      : suppressPartition(
          cells.map((c) => c.nGeldig),
          input.threshold,
        );
    return {
      vraagId: question.id,
      tekst: question.text,
      cijfers: cells.map((cell, i) =>
        hide[i]
          ? suppressedFigure()
          : figureFromCounts(cell.nPositief, cell.nGeldig, input.threshold),
      ),
    };
  });
  return { dimensie: input.dimension, categorieen: categories, vragen };
}

export { BREAKDOWN_LABELS };
