import type {
  Measurement,
  MeasurementInput,
  Monitor,
} from '../../../../shared/api/outcomes.schema.js';

/** How a mark on the line from sad (0) to happy (100) reads in words. */
export function markWords(value: number): string {
  if (value <= 10) return 'heel ontevreden';
  if (value <= 35) return 'eerder ontevreden';
  if (value < 65) return 'er tussenin';
  if (value < 90) return 'eerder blij';
  return 'heel blij';
}

/** The text a screen reader speaks for a line control, e.g. "70 van 100, eerder blij". */
export function markValueText(value: number): string {
  return `${value} van 100, ${markWords(value)}`;
}

export type Direction = 'verbeterd' | 'gelijk' | 'verslechterd';

/** A change in points with its sign and its direction in words: "+12 (verbeterd)". */
export function changeText(verschil: number | null, richting: Direction | null): string {
  if (verschil === null || richting === null) return 'Nog geen verandering (één meting)';
  const signed = verschil > 0 ? `+${verschil}` : verschil < 0 ? `−${-verschil}` : '0';
  return `${signed} (${richting})`;
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the list as is. */
export function move<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  const next = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export interface HistoryRow {
  code: string;
  naam: string;
  eerste: number | null;
  vorige: number | null;
  laatste: number | null;
  verandering: string;
  richting: Direction | null;
}

/** Per domain the first, previous and latest mark of the resident, and the change. */
export function historyRows(monitor: Pick<Monitor, 'veranderingen'>): HistoryRow[] {
  return monitor.veranderingen.map((change) => {
    const marks = change.verloop;
    return {
      code: change.code,
      naam: change.naam,
      eerste: change.eerste,
      vorige: marks.length >= 2 ? marks[marks.length - 2]!.bewoner : null,
      laatste: change.laatste,
      verandering: changeText(change.verschil, change.richting),
      richting: change.richting,
    };
  });
}

export interface SelfSufficiencyRow {
  code: string;
  naam: string;
  label: string;
  datum: string;
  verouderd: boolean;
}

/** The most recent self-sufficiency score per domain, over every measurement. */
export function latestSelfSufficiency(metingen: readonly Measurement[]): SelfSufficiencyRow[] {
  const byCode = new Map<string, SelfSufficiencyRow>();
  for (const meting of metingen) {
    for (const domain of meting.leefgebieden) {
      const score = domain.zelfredzaamheid;
      if (!score) continue;
      const known = byCode.get(domain.code);
      if (known && known.datum > score.datum) continue;
      byCode.set(domain.code, {
        code: domain.code,
        naam: domain.naam,
        label: score.score === null ? score.label : `${score.score} – ${score.label}`,
        datum: score.datum,
        verouderd: score.verouderd,
      });
    }
  }
  return [...byCode.values()];
}

/** "5 mrt 2026" from "2026-03-05". */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const names = [
    'jan',
    'feb',
    'mrt',
    'apr',
    'mei',
    'jun',
    'jul',
    'aug',
    'sep',
    'okt',
    'nov',
    'dec',
  ];
  return `${day} ${names[month - 1]} ${year}`;
}

/** One sentence about the change over all domains, for the charts' names. */
export function changeSummary(monitor: Pick<Monitor, 'veranderingen'>): string {
  const withChange = monitor.veranderingen.filter((c) => c.richting !== null);
  if (withChange.length === 0)
    return 'Er is nog maar één meting: er is nog geen verandering te zien.';
  const count = (r: Direction) => withChange.filter((c) => c.richting === r).length;
  const part = (n: number, word: string) =>
    `${n} ${n === 1 ? 'leefgebied' : 'leefgebieden'} ${word}`;
  return `Van de eerste tot de laatste meting: ${part(count('verbeterd'), 'verbeterd')}, ${part(count('gelijk'), 'gelijk')} en ${part(count('verslechterd'), 'verslechterd')}.`;
}

/** A percentage with one decimal in Dutch, or "–" for a suppressed or missing figure. */
export function pctText(value: number | null, suppressed = false): string {
  if (suppressed || value === null) return '–';
  return `${value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

export function countText(value: number | null, suppressed = false): string {
  if (suppressed || value === null) return '–';
  return value.toLocaleString('nl-NL');
}

/**
 * Points of a polyline for marks over time in a plot of `width` × `height`: x follows the
 * measurement dates (ISO days), so a long gap between two talks looks long.
 */
export function linePoints(
  marks: readonly { datum: string; bewoner: number }[],
  width: number,
  height: number,
): { x: number; y: number }[] {
  const days = marks.map((m) => Date.parse(`${m.datum}T00:00:00Z`) / 86_400_000);
  const first = days[0] ?? 0;
  const span = (days[days.length - 1] ?? 0) - first;
  return marks.map((mark, index) => ({
    x:
      span > 0
        ? ((days[index]! - first) / span) * width
        : marks.length > 1
          ? index * (width / (marks.length - 1))
          : width / 2,
    y: height - (Math.max(0, Math.min(100, mark.bewoner)) / 100) * height,
  }));
}

// ---------------------------------------------------------------------------------------------
// The conversation form

export type SelfScore = number | 'nb' | undefined;

export interface Entry {
  bewoner: number | null;
  professional: number | null;
  naaste: number | null;
  zelf: SelfScore;
  doel: string;
  streefdatum: string;
}

export const emptyEntry = (): Entry => ({
  bewoner: null,
  professional: null,
  naaste: null,
  zelf: undefined,
  doel: '',
  streefdatum: '',
});

/** The API body of a conversation: domains in the chosen order, goals only where one was typed. */
export function bodyFor(
  datum: string,
  order: readonly string[],
  entries: Readonly<Record<string, Entry>>,
  naasteAllowed: boolean,
  leven: number | null,
): MeasurementInput {
  return {
    datum,
    leefgebieden: order.map((code) => {
      const entry = entries[code] ?? emptyEntry();
      return {
        code,
        bewoner: entry.bewoner,
        professional: entry.professional,
        ...(naasteAllowed ? { naaste: entry.naaste } : {}),
        ...(entry.zelf === undefined
          ? {}
          : { zelfredzaamheid: { score: entry.zelf === 'nb' ? null : entry.zelf, datum } }),
      };
    }),
    levenstevredenheid: leven,
    doelen: order
      .filter((code) => (entries[code]?.doel.trim() ?? '') !== '')
      .map((code) => ({
        leefgebied: code,
        omschrijving: entries[code]!.doel.trim(),
        streefdatum: entries[code]!.streefdatum || null,
      })),
  };
}
