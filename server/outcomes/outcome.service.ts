/**
 * What every part of the Leefgebieden-monitor shares: the purposes (doelbinding) its audit events
 * name, and the date it measures on.
 */

/** Why the monitor's personal data is processed (doelbinding), as the audit log names it. */
export const MONITOR_PURPOSE = 'Ondersteuning van de bewoner (leefgebieden-monitor)';
export const SETUP_PURPOSE = 'Beheer van de organisatie';
export const FIGURES_PURPOSE = 'Beleidsinformatie (geaggregeerd)';

/** Today's date in the Netherlands, `yyyy-mm-dd`. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}
