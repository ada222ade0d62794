import type { PeriodKind } from './vocabulary.js';

/**
 * Days, ISO weeks and months as plain text (`2026-02-03`, `2026-W05`, `2026-02`): a day is a
 * day, not a moment, so every computation here runs in UTC on whole days and never shifts by a
 * time zone.
 */

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A day as a whole number (days since 1970-01-01), for fast arithmetic over many days. */
export function dayNumber(day: string): number {
  return Math.round(toUtc(day) / DAY_MS);
}

export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  return fromUtc(toUtc(day)) === day;
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(day: string): number {
  const d = new Date(toUtc(day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The ISO week of a day: the week (Monday–Sunday) belongs to the year of its Thursday. */
export function isoWeekOf(day: string): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** How many ISO weeks a year has (52 or 53). */
export function weeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`).endsWith('53') ? 53 : 52;
}

/** Reads `2026-W05` (also `2026W05`, `2026-w5`); null when it is no real week. */
export function parseIsoWeek(text: string): string | null {
  const match = /^(\d{4})-?[Ww](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 2000 || year > 2100 || week < 1 || week > weeksInYear(year)) return null;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week. */
export function weekStart(week: string): string {
  const year = Number(week.slice(0, 4));
  const n = Number(week.slice(6));
  // 4 January is always in week 1.
  const jan4 = `${year}-01-04`;
  const monday1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(monday1, (n - 1) * 7);
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function periodOf(day: string, per: PeriodKind): string {
  return per === 'week' ? isoWeekOf(day) : monthOf(day);
}

/** First and last day of a week (`2026-W05`) or month (`2026-02`). */
export function periodRange(period: string): { start: string; end: string } {
  if (period.includes('W')) {
    const start = weekStart(period);
    return { start, end: addDays(start, 6) };
  }
  const start = `${period}-01`;
  const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { start, end: addDays(next, -1) };
}

/** The periods from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(from: string, to: string, per: PeriodKind): string[] {
  const periods: string[] = [];
  let period = periodOf(from, per);
  const last = periodOf(to, per);
  for (let guard = 0; guard < 2000; guard += 1) {
    periods.push(period);
    if (period === last) break;
    period = periodOf(addDays(periodRange(period).end, 1), per);
  }
  return periods;
}

/**
 * How a week's hours are shared over months: by the number of its days in each month. A week
 * from Monday 27 January to Sunday 2 February counts 5/7 for January and 2/7 for February.
 */
export function weekShareInPeriod(week: string, period: string): number {
  if (period.includes('W')) return period === week ? 1 : 0;
  const start = weekStart(week);
  let days = 0;
  for (let i = 0; i < 7; i += 1) if (monthOf(addDays(start, i)) === period) days += 1;
  return days / 7;
}

/** The months a week touches (one or two). */
export function monthsOfWeek(week: string): string[] {
  const start = weekStart(week);
  const a = monthOf(start);
  const b = monthOf(addDays(start, 6));
  return a === b ? [a] : [a, b];
}

/** Today in the Netherlands, as `yyyy-mm-dd`. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
