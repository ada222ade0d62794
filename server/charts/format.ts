import type { Comparison, Figure } from '../../shared/api/results.schema.js';

/**
 * Dutch number formatting for every place results are shown to people: the public portal, the
 * charts and the PDF report. Percentages with one decimal and a decimal comma ("75,3%"), whole
 * numbers with a dot between thousands ("23.100"), so a figure reads the same everywhere.
 */

const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const P_VALUE = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});
const DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** What is shown instead of a suppressed figure, on screen and in the report. */
export const SUPPRESSED_TEXT = 'Te weinig antwoorden';

/** 75.25 → "75,3" (minus sign as a plain hyphen, so every font can print it). */
export function decimal(value: number): string {
  return ONE_DECIMAL.format(value).replace('\u2212', '-');
}

export function percent(value: number): string {
  return `${decimal(value)}%`;
}

export function whole(value: number): string {
  return WHOLE.format(value);
}

/** "70,1–80,2%" */
export function interval(low: number, high: number): string {
  return `${decimal(low)}–${decimal(high)}%`;
}

/** A difference in percentage points with its sign: "+3,2" or "-1,0". */
export function points(value: number): string {
  const text = decimal(value);
  return value > 0 && text !== '0,0' ? `+${text}` : text === '-0,0' ? '0,0' : text;
}

/** "0,003", or "< 0,001" for smaller values. */
export function pValue(value: number): string {
  return value < 0.001 ? '< 0,001' : P_VALUE.format(value);
}

export function dutchDate(date: Date): string {
  return DATE.format(date);
}

/** A figure that may be shown: not suppressed and with all its numbers. */
export interface ShownFigure {
  nGeldig: number;
  nPositief: number;
  pctPositief: number;
  ciLaag: number;
  ciHoog: number;
  signaal: boolean;
}

export function shown(figure: Figure | null | undefined): ShownFigure | null {
  if (!figure || figure.onderdrukt) return null;
  const { nGeldig, nPositief, pctPositief, ciLaag, ciHoog } = figure;
  if (nGeldig === null || nPositief === null || pctPositief === null) return null;
  if (ciLaag === null || ciHoog === null) return null;
  return { nGeldig, nPositief, pctPositief, ciLaag, ciHoog, signaal: figure.signaal };
}

/** The comparison of one kind, if the question has it. */
export function comparisonOf(
  comparisons: readonly Comparison[],
  kind: Comparison['soort'],
): Comparison | null {
  return comparisons.find((c) => c.soort === kind) ?? null;
}
