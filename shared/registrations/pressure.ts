import type { StaffType } from './vocabulary.js';

/**
 * The pressure formula (werkdruk), one implementation for the server, the exports and the
 * dashboard's help text. Documented in docs/registrations.md; `PRESSURE_HELP` says the same in
 * Dutch for the dashboard.
 *
 * For one location and one period (ISO week or calendar month):
 *
 *   geregistreerde uren   = Σ minutes of the contacts in the period / 60
 *   verwachte minuten     = mean minutes per contact of that location in the period
 *                           (Σ minutes / number of contacts); without contacts in the period the
 *                           gemeente's setting `standaardMinutenPerAanvraag` (default 30)
 *   wachturen             = requests waiting at the end of the period × verwachte minuten / 60
 *   vraag (uren)          = geregistreerde uren + wachturen
 *   effectieve capaciteit = Σ over staff types of hours × weight
 *                           (defaults: professional 1.0, stagiair 0.5, vrijwilliger 0.3)
 *   drukratio             = vraag / effectieve capaciteit (none without capacity)
 *
 * The mean, not the median, is the expected time of a waiting request: the expected total of
 * many requests is their number times the mean; the median of right-skewed durations (many
 * short contacts, a few long ones) would underestimate it.
 *
 * A stadsdeel (or the gemeente) adds up its locations: contacts, minutes, capacity and wachturen
 * (each location with its own verwachte minuten). Over a whole range, the registered hours and
 * capacity of all periods are added and the waiting requests are those at the end of the range.
 * A month gets the hours of each ISO week in proportion to the days of that week in the month.
 */

export type PressureWeights = Record<StaffType, number>;

export interface PressureDefaults {
  weights: PressureWeights;
  /** Expected minutes of a waiting request when a location has no contacts in the period. */
  defaultRequestMinutes: number;
  /** Own registrations can be changed or undone this many hours after registering. */
  editWindowHours: number;
}

export const DEFAULT_PRESSURE_SETTINGS: PressureDefaults = {
  weights: { professional: 1, stagiair: 0.5, vrijwilliger: 0.3 },
  defaultRequestMinutes: 30,
  editWindowHours: 24,
};

/** The raw counts of one unit (location, stadsdeel, gemeente) in one period or range. */
export interface PressureCell {
  contacts: number;
  minutes: number;
  notDigital: number;
  languageBarrier: number;
  /** Task code → number of contacts in which it was done. */
  tasks: Record<string, number>;
  capacityHours: Record<StaffType, number>;
  /** Requests waiting at the end of the period. */
  waiting: number;
  /** Σ waiting requests × their location's expected minutes. */
  waitingMinutes: number;
  /** Waiting times (days) of requests started in the period and of those still waiting. */
  waitingDays: number[];
}

export interface LocationInput {
  contacts: number;
  minutes: number;
  notDigital: number;
  languageBarrier: number;
  tasks: Record<string, number>;
  capacityHours: Record<StaffType, number>;
  waiting: number;
  waitingDays: number[];
}

export function expectedMinutesPerRequest(
  contacts: number,
  minutes: number,
  defaultRequestMinutes: number,
): number {
  return contacts > 0 ? minutes / contacts : defaultRequestMinutes;
}

/** One location in one period. */
export function locationCell(input: LocationInput, defaultRequestMinutes: number): PressureCell {
  const expected = expectedMinutesPerRequest(input.contacts, input.minutes, defaultRequestMinutes);
  return {
    ...input,
    tasks: { ...input.tasks },
    capacityHours: { ...input.capacityHours },
    waitingMinutes: input.waiting * expected,
    waitingDays: [...input.waitingDays],
  };
}

export function emptyCell(): PressureCell {
  return {
    contacts: 0,
    minutes: 0,
    notDigital: 0,
    languageBarrier: 0,
    tasks: {},
    capacityHours: { professional: 0, stagiair: 0, vrijwilliger: 0 },
    waiting: 0,
    waitingMinutes: 0,
    waitingDays: [],
  };
}

/** Several locations together (a stadsdeel, the gemeente). */
export function mergeCells(cells: readonly PressureCell[]): PressureCell {
  const out = emptyCell();
  for (const c of cells) {
    out.contacts += c.contacts;
    out.minutes += c.minutes;
    out.notDigital += c.notDigital;
    out.languageBarrier += c.languageBarrier;
    for (const [code, n] of Object.entries(c.tasks)) out.tasks[code] = (out.tasks[code] ?? 0) + n;
    out.capacityHours.professional += c.capacityHours.professional;
    out.capacityHours.stagiair += c.capacityHours.stagiair;
    out.capacityHours.vrijwilliger += c.capacityHours.vrijwilliger;
    out.waiting += c.waiting;
    out.waitingMinutes += c.waitingMinutes;
    for (const d of c.waitingDays) out.waitingDays.push(d);
  }
  return out;
}

/**
 * The p-th percentile (0–1) by linear interpolation between the sorted values, as PostgreSQL's
 * `percentile_cont` and Excel's PERCENTILE.INC: rank = p × (n − 1).
 */
export function percentile(values: readonly number[], p: number): number | null {
  return percentiles(values, [p])[0] ?? null;
}

/** Several percentiles of the same values, sorting them once. */
export function percentiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  if (values.length === 0) return ps.map(() => null);
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => {
    const rank = p * (sorted.length - 1);
    const low = Math.floor(rank);
    const a = sorted[low]!;
    const b = sorted[Math.ceil(rank)]!;
    return a + (b - a) * (rank - low);
  });
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export interface Figures {
  contacten: number;
  geregistreerdeMinuten: number;
  geregistreerdeUren: number;
  wachtend: number;
  verwachteMinutenPerAanvraag: number;
  wachtUren: number;
  vraagUren: number;
  capaciteitUren: Record<StaffType, number> & { totaal: number };
  effectieveCapaciteitUren: number;
  drukratio: number | null;
  wachttijdMediaanDagen: number | null;
  wachttijdP90Dagen: number | null;
  wachttijdAantal: number;
  aandeelNietDigitaal: number | null;
  aandeelTaalbarriere: number | null;
  taakmix: { code: string; aantal: number; aandeel: number }[];
  onderdrukt: boolean;
}

/**
 * The figures of a cell. Hours are rounded to 2 decimals, the ratio to 3, shares to 4, days to
 * 1, only at the end. With fewer contacts than `threshold` the characteristics of residents
 * (shares and task mix) are withheld: a handful of contacts could point at people.
 */
export function pressureFigures(
  cell: PressureCell,
  weights: PressureWeights,
  threshold: number,
  defaultRequestMinutes: number,
): Figures {
  const registeredHours = cell.minutes / 60;
  const waitHours = cell.waitingMinutes / 60;
  const demand = registeredHours + waitHours;
  const cap = cell.capacityHours;
  const effective =
    cap.professional * weights.professional +
    cap.stagiair * weights.stagiair +
    cap.vrijwilliger * weights.vrijwilliger;
  const expected =
    cell.waiting > 0
      ? cell.waitingMinutes / cell.waiting
      : expectedMinutesPerRequest(cell.contacts, cell.minutes, defaultRequestMinutes);
  const suppressed = cell.contacts > 0 && cell.contacts < threshold;
  const share = (n: number) =>
    cell.contacts === 0 || suppressed ? null : round(n / cell.contacts, 4);
  const mentions = Object.values(cell.tasks).reduce((a, b) => a + b, 0);
  const taakmix = suppressed
    ? []
    : Object.entries(cell.tasks)
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, aantal]) => ({ code, aantal, aandeel: round(aantal / mentions, 4) }));
  const [median = null, p90 = null] = percentiles(cell.waitingDays, [0.5, 0.9]);
  return {
    contacten: cell.contacts,
    geregistreerdeMinuten: cell.minutes,
    geregistreerdeUren: round(registeredHours, 2),
    wachtend: cell.waiting,
    verwachteMinutenPerAanvraag: round(expected, 2),
    wachtUren: round(waitHours, 2),
    vraagUren: round(demand, 2),
    capaciteitUren: {
      professional: round(cap.professional, 2),
      stagiair: round(cap.stagiair, 2),
      vrijwilliger: round(cap.vrijwilliger, 2),
      totaal: round(cap.professional + cap.stagiair + cap.vrijwilliger, 2),
    },
    effectieveCapaciteitUren: round(effective, 2),
    drukratio: effective > 0 ? round(demand / effective, 3) : null,
    wachttijdMediaanDagen: median === null ? null : round(median, 1),
    wachttijdP90Dagen: p90 === null ? null : round(p90, 1),
    wachttijdAantal: cell.waitingDays.length,
    aandeelNietDigitaal: share(cell.notDigital),
    aandeelTaalbarriere: share(cell.languageBarrier),
    taakmix,
    onderdrukt: suppressed,
  };
}

/** The dashboard's help text: the same formula in plain Dutch. */
export function pressureHelp(weights: PressureWeights, defaultRequestMinutes: number): string[] {
  const w = (n: number) => n.toLocaleString('nl-NL');
  return [
    'Vraag = geregistreerde uren + wachturen.',
    'Geregistreerde uren = alle minuten van de geregistreerde contacten in de periode, gedeeld door 60.',
    `Wachturen = het aantal aanvragen dat aan het eind van de periode nog wacht, maal de gemiddelde duur van een contact op die locatie in die periode (zonder contacten: ${defaultRequestMinutes} minuten), gedeeld door 60.`,
    `Effectieve capaciteit = uren van professionals × ${w(weights.professional)} + uren van stagiairs × ${w(weights.stagiair)} + uren van vrijwilligers × ${w(weights.vrijwilliger)}.`,
    'Drukratio = vraag gedeeld door effectieve capaciteit. Boven 1 is er meer vraag dan capaciteit.',
    'Wachttijd = startdatum min aanvraagdatum; voor wie nog wacht: einde van de periode (of vandaag) min aanvraagdatum. Mediaan en 90e percentiel in dagen.',
    'Een stadsdeel telt de cijfers van zijn locaties op. Een maand krijgt de capaciteit van elke week naar het aantal dagen van die week in de maand.',
    'Bij minder contacten dan de drempel voor kleine aantallen tonen we geen aandelen en geen taakmix.',
  ];
}

export const PRESSURE_HELP = pressureHelp(
  DEFAULT_PRESSURE_SETTINGS.weights,
  DEFAULT_PRESSURE_SETTINGS.defaultRequestMinutes,
);
