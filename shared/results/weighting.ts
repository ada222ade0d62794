import { wilsonInterval } from './statistics.js';

/**
 * Post-stratification weighting by age group × sex (docs/results-method.md): each respondent in
 * stratum s gets weight w_s = (N_s / N) / (n_s / n), so that the weighted sample has the
 * population's make-up. Respondents whose age or sex is unknown keep weight 1.
 */

/** A stratum (e.g. '2|v': age group 2, women) with its count. */
export interface StratumCount {
  stratum: string;
  count: number;
}

export interface WeightingPlan {
  weights: Map<string, number>;
  possible: boolean;
  /** Why weighting is not possible (Dutch), null when it is. */
  reason: string | null;
}

function totals(rows: readonly StratumCount[], what: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const row of rows) {
    if (!Number.isFinite(row.count) || row.count < 0) {
      throw new RangeError(`Het aantal ${what} in groep ${row.stratum} moet 0 of meer zijn.`);
    }
    result.set(row.stratum, (result.get(row.stratum) ?? 0) + row.count);
  }
  return result;
}

const impossible = (reason: string): WeightingPlan => ({
  weights: new Map(),
  possible: false,
  reason,
});

/**
 * Weights per stratum. Impossible (with a Dutch reason) when the population or the sample is
 * empty, when a population stratum has no respondents (its weight would be infinite), or when
 * respondents fall in a stratum the population does not have. `labelOf` turns a stratum key into
 * words for the reason, e.g. '2|v' → 'vrouwen van 65 tot 75 jaar'.
 */
export function poststratificationWeights(
  population: readonly StratumCount[],
  sample: readonly StratumCount[],
  labelOf: (stratum: string) => string = (stratum) => stratum,
): WeightingPlan {
  const N_s = totals(population, 'inwoners of cliënten');
  const n_s = totals(sample, 'respondenten');
  const N = [...N_s.values()].reduce((a, b) => a + b, 0);
  const n = [...n_s.values()].reduce((a, b) => a + b, 0);
  if (N === 0) {
    return impossible(
      'Weging is niet mogelijk: er zijn geen bevolkingsaantallen per leeftijdsgroep en geslacht.',
    );
  }
  if (n === 0) {
    return impossible(
      'Weging is niet mogelijk: er zijn geen respondenten met een bekende leeftijd en geslacht.',
    );
  }
  const withoutRespondents = [...N_s].filter(([s, count]) => count > 0 && !((n_s.get(s) ?? 0) > 0));
  if (withoutRespondents.length > 0) {
    const names = withoutRespondents.map(([s]) => labelOf(s)).join(', ');
    return impossible(
      `Weging is niet mogelijk: in ${withoutRespondents.length === 1 ? 'deze groep' : 'deze groepen'} ` +
        `uit de bevolking zijn geen respondenten: ${names}.`,
    );
  }
  const outsidePopulation = [...n_s].filter(([s, count]) => count > 0 && !((N_s.get(s) ?? 0) > 0));
  if (outsidePopulation.length > 0) {
    const names = outsidePopulation.map(([s]) => labelOf(s)).join(', ');
    return impossible(
      `Weging is niet mogelijk: er zijn respondenten in ${outsidePopulation.length === 1 ? 'een groep' : 'groepen'} ` +
        `die in de bevolkingsaantallen ontbreken: ${names}.`,
    );
  }
  const weights = new Map<string, number>();
  for (const [s, count] of n_s) {
    if (count > 0) weights.set(s, (N_s.get(s) ?? 0) / N / (count / n));
  }
  return { weights, possible: true, reason: null };
}

export interface StratumFigure {
  stratum: string;
  nPositief: number;
  nGeldig: number;
}

export interface WeightedResult {
  pctPositief: number | null;
  ciLaag: number | null;
  ciHoog: number | null;
  nEffectief: number | null;
}

/** Kish effective sample size (Σ w·c)² / Σ w²·c; 0 when there is nobody. */
export function effectiveSampleSize(groups: readonly { weight: number; count: number }[]): number {
  let sumW = 0;
  let sumW2 = 0;
  for (const { weight, count } of groups) {
    if (!Number.isFinite(weight) || weight < 0 || !Number.isFinite(count) || count < 0) {
      throw new RangeError('Gewichten en aantallen moeten 0 of meer zijn.');
    }
    sumW += weight * count;
    sumW2 += weight * weight * count;
  }
  return sumW2 > 0 ? (sumW * sumW) / sumW2 : 0;
}

const NO_RESULT: WeightedResult = {
  pctPositief: null,
  ciLaag: null,
  ciHoog: null,
  nEffectief: null,
};

/**
 * The weighted share positive of one question:
 *   p_w = Σ w·positief / Σ w·geldig,  n_eff = (Σ w·geldig)² / Σ w²·geldig,
 * interval = Wilson at p_w with n = n_eff (successes p_w·n_eff). Respondents of unknown stratum
 * (`unknown`) keep weight 1. Percentages 0–100; all null when there are no valid answers or the
 * plan is impossible. Throws when a stratum with valid answers has no weight in the plan.
 */
export function weightedFigure(
  perStratum: readonly StratumFigure[],
  plan: WeightingPlan,
  unknown?: { nPositief: number; nGeldig: number },
): WeightedResult {
  if (!plan.possible) return { ...NO_RESULT };
  const groups: { weight: number; positive: number; valid: number }[] = [];
  for (const row of perStratum) {
    if (row.nGeldig === 0 && row.nPositief === 0) continue;
    const weight = plan.weights.get(row.stratum);
    if (weight === undefined) {
      throw new RangeError(`Groep ${row.stratum} heeft antwoorden maar geen gewicht.`);
    }
    groups.push({ weight, positive: row.nPositief, valid: row.nGeldig });
  }
  if (unknown) groups.push({ weight: 1, positive: unknown.nPositief, valid: unknown.nGeldig });
  for (const g of groups) {
    if (!(g.valid >= 0) || !(g.positive >= 0) || g.positive > g.valid) {
      throw new RangeError(
        'Het aantal positieve antwoorden moet tussen 0 en het aantal geldige liggen.',
      );
    }
  }
  const weightedValid = groups.reduce((sum, g) => sum + g.weight * g.valid, 0);
  if (!(weightedValid > 0)) return { ...NO_RESULT };
  const weightedPositive = groups.reduce((sum, g) => sum + g.weight * g.positive, 0);
  const p = Math.min(1, weightedPositive / weightedValid);
  const nEffectief = effectiveSampleSize(groups.map((g) => ({ weight: g.weight, count: g.valid })));
  const interval = wilsonInterval(p * nEffectief, nEffectief);
  return {
    pctPositief: 100 * p,
    ciLaag: interval ? 100 * interval.low : null,
    ciHoog: interval ? 100 * interval.high : null,
    nEffectief,
  };
}
