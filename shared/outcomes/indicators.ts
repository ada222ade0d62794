import { SAME_BAND } from './vocabulary.js';
import type { GoalStatus } from './vocabulary.js';

/**
 * The outcome indicators of the Leefgebieden-monitor, as pure functions over a resident's
 * measurements. Every formula is documented with a worked example in docs/outcomes.md, and the
 * unit tests check the same examples.
 */

export type Direction = 'verbeterd' | 'gelijk' | 'verslechterd';

export interface DomainMarkInput {
  code: string;
  /** The resident's own mark 0–100, or null. */
  resident: number | null;
  /** Self-sufficiency 1–5, or null (not scored or not discussed). */
  selfSufficiency: number | null;
  /** A naaste placed a mark. */
  naaste?: boolean;
}

export interface MeasurementInputRow {
  /** ISO date `yyyy-mm-dd`. */
  date: string;
  lifeSatisfaction: number | null;
  domains: DomainMarkInput[];
}

export interface ResidentHistory {
  /** Oldest first (by date, then by when it was recorded). */
  measurements: MeasurementInputRow[];
  goals: { status: GoalStatus }[];
}

/** `gelijk` when the change is within ±band points; otherwise its sign decides. */
export function directionOf(first: number, last: number, band = SAME_BAND): Direction {
  const change = last - first;
  if (change > band) return 'verbeterd';
  if (change < -band) return 'verslechterd';
  return 'gelijk';
}

export interface DomainChange {
  code: string;
  marks: { index: number; date: string; mark: number }[];
  first: number | null;
  last: number | null;
  change: number | null;
  direction: Direction | null;
}

/**
 * Per domain, the first and the last measurement in which the resident marked it. Domains can
 * be chosen in one conversation and not in the next; comparing only measurements that marked
 * the domain keeps such gaps out of the change.
 */
export function domainChanges(measurements: MeasurementInputRow[]): Map<string, DomainChange> {
  const changes = new Map<string, DomainChange>();
  measurements.forEach((m, index) => {
    for (const d of m.domains) {
      if (d.resident === null) continue;
      let change = changes.get(d.code);
      if (!change) {
        change = {
          code: d.code,
          marks: [],
          first: null,
          last: null,
          change: null,
          direction: null,
        };
        changes.set(d.code, change);
      }
      change.marks.push({ index, date: m.date, mark: d.resident });
    }
  });
  for (const change of changes.values()) {
    const first = change.marks[0];
    const last = change.marks.at(-1);
    change.first = first?.mark ?? null;
    change.last = last?.mark ?? null;
    if (first && last && change.marks.length >= 2) {
      change.change = last.mark - first.mark;
      change.direction = directionOf(first.mark, last.mark);
    }
  }
  return changes;
}

/** Whole days from `from` to `to` (ISO dates), in the calendar, without time zones. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The middle value; the mean of the two middle values for an even count; null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A percentage with one decimal (half away from zero), or null when the denominator is 0. */
export function percentage(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** Rounded to one decimal. */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}

// --- Per resident ---------------------------------------------------------------------------------

/** Days from the first to the last measurement; null with fewer than two. */
export function trajectoryDays(history: ResidentHistory): number | null {
  const { measurements } = history;
  const first = measurements[0];
  const last = measurements.at(-1);
  if (!first || !last || measurements.length < 2) return null;
  return daysBetween(first.date, last.date);
}

/** Last minus first life satisfaction over the measurements that have one; null with fewer than two. */
export function lifeSatisfactionChange(history: ResidentHistory): number | null {
  const given = history.measurements
    .map((m) => m.lifeSatisfaction)
    .filter((v): v is number => v !== null);
  if (given.length < 2) return null;
  return (given.at(-1) as number) - (given[0] as number);
}

/** Per domain the first and last 1–5 score (over the measurements that scored it). */
function selfSufficiencyPairs(
  history: ResidentHistory,
): { first: number; last: number; count: number }[] {
  const byDomain = new Map<string, number[]>();
  for (const m of history.measurements) {
    for (const d of m.domains) {
      if (d.selfSufficiency === null) continue;
      const list = byDomain.get(d.code) ?? [];
      list.push(d.selfSufficiency);
      byDomain.set(d.code, list);
    }
  }
  return [...byDomain.values()].map((scores) => ({
    first: scores[0] as number,
    last: scores.at(-1) as number,
    count: scores.length,
  }));
}

/**
 * The resident's client-level indicators: true (counts in numerator and denominator), false
 * (denominator only) or null (not applicable: not in the denominator).
 */
export function residentIndicators(
  history: ResidentHistory,
): Record<IndicatorCode, boolean | null> {
  const changes = [...domainChanges(history.measurements).values()].filter((c) => c.direction);
  const progress =
    changes.length === 0
      ? null
      : changes.some((c) => c.direction === 'verbeterd') &&
        !changes.some((c) => c.direction === 'verslechterd');

  const pairs = selfSufficiencyPairs(history).filter((p) => p.count >= 2);
  const meanChange =
    pairs.length === 0
      ? null
      : pairs.reduce((sum, p) => sum + (p.last - p.first), 0) / pairs.length;

  const acute =
    history.measurements.length >= 2
      ? selfSufficiencyPairs(history).filter((p) => p.first === 1)
      : [];
  const life = lifeSatisfactionChange(history);
  const measured = history.measurements.length >= 1;
  return {
    vooruitgang: progress,
    zelfredzaamheid_verbeterd: meanChange === null ? null : meanChange > 0,
    acute_problematiek_opgelost: acute.length === 0 ? null : acute.every((p) => p.last > 1),
    levenstevredenheid_gestegen: life === null ? null : life > 0,
    doelen_vastgelegd: measured ? history.goals.length > 0 : null,
    herhaald_gemeten: measured ? history.measurements.length >= 2 : null,
    naaste_betrokken: measured
      ? history.measurements.some((m) => m.domains.some((d) => d.naaste === true))
      : null,
  };
}

export const INDICATORS = [
  {
    code: 'vooruitgang',
    name: 'Vooruitgang op de gekozen leefgebieden (minstens één verbeterd, geen verslechterd)',
    kind: 'uitkomst',
  },
  {
    code: 'zelfredzaamheid_verbeterd',
    name: 'Zelfredzaamheid gemiddeld gestegen',
    kind: 'uitkomst',
  },
  {
    code: 'acute_problematiek_opgelost',
    name: 'Geen acute problematiek meer op leefgebieden die met 1 begonnen',
    kind: 'uitkomst',
  },
  {
    code: 'levenstevredenheid_gestegen',
    name: 'Tevredenheid met het leven gestegen',
    kind: 'uitkomst',
  },
  { code: 'doelen_vastgelegd', name: 'Doelen vastgelegd', kind: 'kwaliteit' },
  { code: 'herhaald_gemeten', name: 'Twee keer of vaker gemeten', kind: 'kwaliteit' },
  { code: 'naaste_betrokken', name: 'Naaste betrokken bij het gesprek', kind: 'kwaliteit' },
] as const satisfies readonly { code: string; name: string; kind: 'uitkomst' | 'kwaliteit' }[];
export type IndicatorCode = (typeof INDICATORS)[number]['code'];

// --- Aggregates -----------------------------------------------------------------------------------

export interface DomainOutcome {
  code: string;
  n: number | null;
  verbeterd: number | null;
  gelijk: number | null;
  verslechterd: number | null;
  pctVerbeterd: number | null;
  pctGelijk: number | null;
  pctVerslechterd: number | null;
  onderdrukt: boolean;
}

export interface IndicatorOutcome {
  code: IndicatorCode;
  naam: string;
  soort: 'uitkomst' | 'kwaliteit';
  teller: number | null;
  noemer: number | null;
  pct: number | null;
  onderdrukt: boolean;
}

export interface OutcomeBlock {
  bewoners: number;
  gevolgd: number;
  leefgebieden: DomainOutcome[];
  doelen: {
    n: number | null;
    afgerond: number | null;
    bereikt: number | null;
    pctBereikt: number | null;
    onderdrukt: boolean;
  };
  trajectduur: { n: number | null; mediaanDagen: number | null; onderdrukt: boolean };
  levenstevredenheid: {
    n: number | null;
    gemiddeldeVerandering: number | null;
    onderdrukt: boolean;
  };
  indicatoren: IndicatorOutcome[];
}

/**
 * The aggregate over a group of residents (a wijkteam, or the whole gemeente). Every figure
 * counts residents, and is suppressed (all its numbers null) when fewer than `threshold`
 * residents stand behind it; the counts of residents in the group are shown, as in every
 * other Meetwerk dashboard.
 */
export function aggregate(
  residents: ResidentHistory[],
  domainCodes: readonly string[],
  threshold: number,
): OutcomeBlock {
  const measured = residents.filter((r) => r.measurements.length > 0);
  const small = (n: number) => n < threshold;

  const perResident = measured.map((r) => domainChanges(r.measurements));
  const leefgebieden = domainCodes.map((code): DomainOutcome => {
    const directions = perResident
      .map((changes) => changes.get(code)?.direction ?? null)
      .filter((d): d is Direction => d !== null);
    const n = directions.length;
    const count = (d: Direction) => directions.filter((x) => x === d).length;
    if (small(n)) {
      return {
        code,
        n: null,
        verbeterd: null,
        gelijk: null,
        verslechterd: null,
        pctVerbeterd: null,
        pctGelijk: null,
        pctVerslechterd: null,
        onderdrukt: true,
      };
    }
    const [up, same, down] = [count('verbeterd'), count('gelijk'), count('verslechterd')];
    return {
      code,
      n,
      verbeterd: up,
      gelijk: same,
      verslechterd: down,
      pctVerbeterd: percentage(up, n),
      pctGelijk: percentage(same, n),
      pctVerslechterd: percentage(down, n),
      onderdrukt: false,
    };
  });

  const closedGoals = measured.map((r) => r.goals.filter((g) => g.status !== 'open'));
  const goalResidents = closedGoals.filter((g) => g.length > 0).length;
  const closed = closedGoals.reduce((sum, g) => sum + g.length, 0);
  const reached = closedGoals.reduce(
    (sum, g) => sum + g.filter((x) => x.status === 'bereikt').length,
    0,
  );
  const doelen = small(goalResidents)
    ? { n: null, afgerond: null, bereikt: null, pctBereikt: null, onderdrukt: true }
    : {
        n: goalResidents,
        afgerond: closed,
        bereikt: reached,
        pctBereikt: percentage(reached, closed),
        onderdrukt: false,
      };

  const durations = measured.map(trajectoryDays).filter((d): d is number => d !== null);
  const trajectduur = small(durations.length)
    ? { n: null, mediaanDagen: null, onderdrukt: true }
    : { n: durations.length, mediaanDagen: median(durations), onderdrukt: false };

  const lifeChanges = measured.map(lifeSatisfactionChange).filter((d): d is number => d !== null);
  const levenstevredenheid = small(lifeChanges.length)
    ? { n: null, gemiddeldeVerandering: null, onderdrukt: true }
    : {
        n: lifeChanges.length,
        gemiddeldeVerandering: oneDecimal(
          lifeChanges.reduce((a, b) => a + b, 0) / lifeChanges.length,
        ),
        onderdrukt: false,
      };

  const flags = measured.map(residentIndicators);
  const indicatoren = INDICATORS.map((indicator): IndicatorOutcome => {
    const values = flags.map((f) => f[indicator.code]).filter((v): v is boolean => v !== null);
    const noemer = values.length;
    const teller = values.filter(Boolean).length;
    const base = { code: indicator.code, naam: indicator.name, soort: indicator.kind };
    return small(noemer)
      ? { ...base, teller: null, noemer: null, pct: null, onderdrukt: true }
      : { ...base, teller, noemer, pct: percentage(teller, noemer), onderdrukt: false };
  });

  return {
    bewoners: measured.length,
    gevolgd: durations.length,
    leefgebieden,
    doelen,
    trajectduur,
    levenstevredenheid,
    indicatoren,
  };
}
