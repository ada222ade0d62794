/*
 * Days, ISO weeks and months in Dutch words. The arithmetic itself is shared with the server
 * (shared/registrations/iso-week.ts), so the screen and the figures never disagree on a week.
 */

import { isValidDay, weekStart } from '../../../../shared/registrations/iso-week.js';

const longDay = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const monthName = new Intl.DateTimeFormat('nl-NL', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const isWeek = (key: string) => /^\d{4}-W\d{2}$/.test(key);
const isMonth = (key: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(key);

/** "3 maart 2026". */
export function formatDay(day: string): string {
  return isValidDay(day) ? longDay.format(asDate(day)) : day;
}

/** "3 mrt", for narrow columns. */
export function formatShortDay(day: string): string {
  return isValidDay(day) ? shortDay.format(asDate(day)) : day;
}

/** "week 5 (vanaf 26 jan)". */
export function formatWeek(week: string): string {
  if (!isWeek(week)) return week;
  return `week ${Number(week.slice(6))} (vanaf ${formatShortDay(weekStart(week))})`;
}

/** A period key of the dashboard (a week, a month or a day) in words. */
export function formatPeriod(key: string): string {
  if (isWeek(key)) {
    return `week ${Number(key.slice(6))} van ${key.slice(0, 4)} (vanaf ${formatShortDay(weekStart(key))})`;
  }
  if (isMonth(key)) return monthName.format(asDate(`${key}-01`));
  return formatDay(key);
}
