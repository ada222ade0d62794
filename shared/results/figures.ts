import type { Figure } from '../api/results.schema.js';
import { optionsOf, type Question } from '../surveys/questionnaire.js';
import { hasPositiveShare, type CountingRule } from './counting-rules.js';
import { wilsonInterval } from './statistics.js';

/**
 * From answer counts to the published figure of one question: % positive over valid answers
 * with its 95% Wilson interval, suppressed below the threshold and marked "signaal" below 50
 * valid answers (docs/results-method.md).
 */

/** Answer code → number of respondents; key '' = no answer (missing). */
export type AnswerCounts = Readonly<Record<string, number>>;

/** Fewer valid answers than this: a signal, not a conclusion (Oudewater practice). */
export const SIGNAL_BELOW = 50;

function requireCount(value: number, code: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(
      `Het aantal voor antwoord "${code}" moet een heel getal van 0 of meer zijn.`,
    );
  }
}

/** A figure with every number hidden. */
export function suppressedFigure(): Figure {
  return {
    nGeldig: null,
    nPositief: null,
    pctPositief: null,
    ciLaag: null,
    ciHoog: null,
    onderdrukt: true,
    signaal: true,
  };
}

/** Valid and positive answers under a rule. Throws for a question without a positive share. */
export function countValid(
  counts: AnswerCounts,
  question: Question,
  rule: CountingRule,
): { nGeldig: number; nPositief: number } {
  if (!hasPositiveShare(question)) {
    throw new TypeError(`Vraag ${question.id} (${question.type}) heeft geen percentage positief.`);
  }
  let nGeldig = 0;
  let nPositief = 0;
  for (const [code, n] of Object.entries(counts)) {
    requireCount(n, code);
    const classification = rule.classify(question, code === '' ? undefined : code);
    if (classification === 'positief') {
      nPositief += n;
      nGeldig += n;
    } else if (classification === 'negatief') {
      nGeldig += n;
    }
  }
  return { nGeldig, nPositief };
}

/** A figure from already counted valid and positive answers. */
export function figureFromCounts(nPositief: number, nGeldig: number, threshold: number): Figure {
  if (
    !Number.isInteger(nGeldig) ||
    !Number.isInteger(nPositief) ||
    nPositief < 0 ||
    nPositief > nGeldig
  ) {
    throw new RangeError(
      'Het aantal positieve antwoorden moet tussen 0 en het aantal geldige liggen.',
    );
  }
  // Without valid answers there is no share to show, whatever the threshold.
  if (nGeldig < threshold || nGeldig === 0) return suppressedFigure();
  const interval = wilsonInterval(nPositief, nGeldig);
  return {
    nGeldig,
    nPositief,
    pctPositief: (100 * nPositief) / nGeldig,
    ciLaag: interval ? 100 * interval.low : null,
    ciHoog: interval ? 100 * interval.high : null,
    onderdrukt: false,
    signaal: nGeldig < SIGNAL_BELOW,
  };
}

/**
 * The figure of a statement or yes/no question. Suppressed (all numbers null) when fewer than
 * `threshold` valid answers; `signaal` when fewer than 50 (so also when suppressed).
 * Throws for question types without a positive share (check `hasPositiveShare` first).
 */
export function figureFrom(
  counts: AnswerCounts,
  question: Question,
  rule: CountingRule,
  threshold: number,
): Figure {
  const { nGeldig, nPositief } = countValid(counts, question, rule);
  return figureFromCounts(nPositief, nGeldig, threshold);
}

export interface DistributionEntry {
  code: string;
  label: string;
  n: number;
  pct: number;
}

/**
 * Every answer option of the question in order (also those nobody chose), with its share of all
 * who answered the question (0–100, unrounded; "weet niet" included, no answer excluded); 0 when
 * nobody answered. Codes that are not options of the question are left out.
 *
 * For `meervoudig` the counts are mentions; pass the number of respondents who answered as
 * `answered` so that each share is "% of respondents" (they may then add up to more than 100).
 * Without it the shares are of all counted answers.
 */
export function distributionFrom(
  counts: AnswerCounts,
  question: Question,
  answered?: number,
): DistributionEntry[] {
  const options = optionsOf(question);
  const rows = options.map((option) => {
    const n = counts[option.code] ?? 0;
    requireCount(n, option.code);
    return { code: option.code, label: option.label, n };
  });
  const total = answered ?? rows.reduce((sum, row) => sum + row.n, 0);
  if (!Number.isFinite(total) || total < 0) {
    throw new RangeError('Het aantal mensen dat de vraag beantwoordde moet 0 of meer zijn.');
  }
  return rows.map((row) => ({ ...row, pct: total > 0 ? (100 * row.n) / total : 0 }));
}
