/*
 * The capacity form: one row per staff type, one column per week, hours typed as a Dutch
 * number ("12,5"). Only cells that changed are sent.
 */

import type { StaffType } from '../../../../shared/registrations/vocabulary.js';
import { typedDecimal } from '../../forms/typed-input.js';

export const MAX_HOURS_PER_WEEK = 2000;

export type CellKey = `${StaffType}|${string}`;
export const cellKey = (soort: StaffType, week: string): CellKey => `${soort}|${week}`;

/** Hours as typed: "12,5", "12.5", " 8 " or empty (no hours entered). */
export function parseHours(typed: string): number | null | 'fout' {
  const hours = typedDecimal(typed, 4, 2);
  return typeof hours === 'number' && hours > MAX_HOURS_PER_WEEK ? 'fout' : hours;
}

const hoursFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function formatHours(hours: number | null | undefined): string {
  return hours === null || hours === undefined ? '' : hoursFormat.format(hours);
}

export interface CapacityCell {
  soort: StaffType;
  week: string;
  uren: number | null;
}

/** The typed grid against what the server holds: the changed cells, and messages per cell. */
export function capacityChanges(
  typed: Readonly<Record<CellKey, string>>,
  stored: Readonly<Record<CellKey, number>>,
) {
  const changes: CapacityCell[] = [];
  const problems: Partial<Record<CellKey, string>> = {};
  for (const [key, text] of Object.entries(typed) as [CellKey, string][]) {
    const [soort, week] = key.split('|') as [StaffType, string];
    const hours = parseHours(text);
    if (hours === 'fout') {
      problems[key] = `Vul uren in als getal van 0 tot en met ${MAX_HOURS_PER_WEEK}, zoals 12,5.`;
      continue;
    }
    const before = stored[key] ?? null;
    if (hours !== before) changes.push({ soort, week, uren: hours });
  }
  return { changes, problems };
}

/** A weight of an hour in the pressure settings as typed: "0,5" or "0.5", from 0 to 2. */
export function parseWeight(typed: string): number | null {
  const weight = typedDecimal(typed, 1, 2);
  return typeof weight === 'number' && weight <= 2 ? weight : null;
}
