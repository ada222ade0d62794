/*
 * The pressure dashboard's filters live in the address, so a view can be bookmarked, shared
 * and opened again with the back button. Unknown or broken values fall back to the defaults.
 */

import {
  addDays,
  daysBetween,
  isValidDay as isDay,
} from '../../../../shared/registrations/iso-week.js';
import {
  PERIOD_KINDS as GRAINS,
  type PeriodKind as Grain,
} from '../../../../shared/registrations/vocabulary.js';

export { GRAINS, type Grain };

export const GRAIN_LABELS: Record<Grain, string> = { week: 'Per week', maand: 'Per maand' };

export interface DashboardFilters {
  van: string;
  tot: string;
  per: Grain;
  stadsdeel?: string | undefined;
  locatie?: string | undefined;
}

/** The last full year up to today: the default view shows the seasons. */
export function defaultFilters(today: string): DashboardFilters {
  return { van: addDays(today, -364), tot: today, per: 'maand' };
}

export function filtersFrom(params: URLSearchParams, today: string): DashboardFilters {
  const defaults = defaultFilters(today);
  const van = params.get('van') ?? '';
  const tot = params.get('tot') ?? '';
  const per = params.get('per');
  const filters: DashboardFilters = {
    van: isDay(van) ? van : defaults.van,
    tot: isDay(tot) ? tot : defaults.tot,
    per: GRAINS.includes(per as Grain) ? (per as Grain) : defaults.per,
  };
  if (daysBetween(filters.van, filters.tot) < 0) {
    filters.van = defaults.van;
    filters.tot = defaults.tot;
  }
  const stadsdeel = params.get('stadsdeel')?.trim();
  const locatie = params.get('locatie')?.trim();
  if (stadsdeel) filters.stadsdeel = stadsdeel;
  if (locatie) filters.locatie = locatie;
  return filters;
}

/** Only what differs from the defaults goes in the address, so plain links stay short. */
export function searchFor(filters: DashboardFilters, today: string): URLSearchParams {
  const defaults = defaultFilters(today);
  const params = new URLSearchParams();
  if (filters.van !== defaults.van || filters.tot !== defaults.tot) {
    params.set('van', filters.van);
    params.set('tot', filters.tot);
  }
  if (filters.per !== defaults.per) params.set('per', filters.per);
  if (filters.stadsdeel) params.set('stadsdeel', filters.stadsdeel);
  if (filters.locatie) params.set('locatie', filters.locatie);
  return params;
}

export interface FilterProblems {
  van?: string;
  tot?: string;
}

/** Checks typed dates before they go in the address. */
export function filterProblems(van: string, tot: string): FilterProblems {
  const problems: FilterProblems = {};
  if (!isDay(van)) problems.van = 'Vul een bestaande begindatum in, zoals 2026-01-01.';
  if (!isDay(tot)) problems.tot = 'Vul een bestaande einddatum in, zoals 2026-12-31.';
  if (!problems.van && !problems.tot && daysBetween(van, tot) < 0)
    problems.tot = 'De einddatum ligt voor de begindatum.';
  if (!problems.van && !problems.tot && daysBetween(van, tot) > 366 * 3)
    problems.tot = 'Kies een periode van hoogstens drie jaar.';
  return problems;
}
