// Over 400 lines: one pipeline (range, cells, figures, series, export rows) read top to bottom.
import ExcelJS from 'exceljs';
import type {
  PressureFigures,
  PressureQuery,
  PressureReport,
  PressureSeries,
} from '../../shared/api/registrations.schema.js';
import {
  addDays,
  dayNumber,
  isoWeekOf,
  monthsOfWeek,
  periodRange,
  periodsBetween,
  todayInAmsterdam,
  weekShareInPeriod,
} from '../../shared/registrations/iso-week.js';
import {
  emptyCell,
  locationCell,
  mergeCells,
  pressureFigures,
  type PressureCell,
} from '../../shared/registrations/pressure.js';
import {
  requestNumbers,
  waitingInDays,
  type WaitingRequestNumbers,
} from '../../shared/registrations/waiting.js';
import { STAFF_TYPES, type PeriodKind } from '../../shared/registrations/vocabulary.js';
import type { Trx } from '../db/database.js';
import { CSV_BOM, csvLine, type CsvValue } from '../exports/csv.js';
import { problems } from '../http/problem.js';
import { codesOf, presentSettings, settingsOf, type Settings } from './catalogue.service.js';
import { listLocations, type LocationView } from './catalogue.repository.js';
import {
  capacityByWeek,
  findTenantNames,
  requestsForRange,
  totalsByPeriod,
} from './pressure.repository.js';

/** At most this many periods in one report (three years of weeks). */
export const MAX_PERIODS = 160;

interface Range {
  per: PeriodKind;
  periods: string[];
  /** First and last day of each period, worked out once. */
  spans: Map<string, { start: string; end: string }>;
  from: string;
  to: string;
}

function rangeOf(query: PressureQuery, today: string): Range {
  const tot = query.tot ?? today;
  const van = query.van ?? addDays(tot, -364);
  if (van > tot) throw problems.invalidField('van', 'De begindatum ligt na de einddatum.');
  const periods = periodsBetween(van, tot, query.per);
  if (periods.length > MAX_PERIODS) {
    throw problems.invalidField(
      'van',
      `Kies een kortere periode (hoogstens ${MAX_PERIODS} perioden).`,
    );
  }
  const spans = new Map(periods.map((period) => [period, periodRange(period)]));
  return {
    per: query.per,
    periods,
    spans,
    from: spans.get(periods[0]!)!.start,
    to: spans.get(periods.at(-1)!)!.end,
  };
}

function selectLocations(all: readonly LocationView[], query: PressureQuery): LocationView[] {
  let selected = [...all];
  if (query.stadsdeel) {
    const name = query.stadsdeel.toLowerCase();
    selected = selected.filter((l) => l.stadsdeel.toLowerCase() === name);
    if (selected.length === 0) {
      throw problems.invalidField('stadsdeel', `Stadsdeel ${query.stadsdeel} bestaat niet.`);
    }
  }
  if (query.locatie) {
    const code = query.locatie.toUpperCase();
    selected = selected.filter((l) => l.code.toUpperCase() === code);
    if (selected.length === 0) {
      throw problems.invalidField(
        'locatie',
        `Locatie ${query.locatie} bestaat niet (in dit stadsdeel).`,
      );
    }
  }
  return selected;
}

/** Per location: the cells of every period and of the whole range. */
interface LocationCells {
  location: LocationView;
  periods: Map<string, PressureCell>;
  range: PressureCell;
}

async function locationCells(
  trx: Trx,
  tenantId: string,
  locations: readonly LocationView[],
  range: Range,
  settings: Settings,
  today: string,
): Promise<LocationCells[]> {
  const ids = locations.map((l) => l.id);
  const [totals, capacity, requests] = await Promise.all([
    totalsByPeriod(trx, tenantId, {
      fromPeriod: range.periods[0]!,
      toPeriod: range.periods.at(-1)!,
      per: range.per,
      locationIds: ids,
    }),
    capacityByWeek(trx, tenantId, {
      fromWeek: isoWeekOf(range.from),
      toWeek: isoWeekOf(range.to),
      locationIds: ids,
    }),
    requestsForRange(trx, tenantId, { from: range.from, to: range.to, locationIds: ids }),
  ]);
  const key = (locationId: string, period: string) => `${locationId} ${period}`;
  const raw = new Map<string, PressureCell>();
  const cellAt = (locationId: string, period: string) => {
    const k = key(locationId, period);
    let cell = raw.get(k);
    if (!cell) {
      cell = emptyCell();
      raw.set(k, cell);
    }
    return cell;
  };
  for (const t of totals) {
    const cell = cellAt(t.location_id, t.period);
    cell.contacts = t.contacts;
    cell.minutes = t.minutes;
    cell.notDigital = t.not_digital;
    cell.languageBarrier = t.language_barrier;
    cell.tasks = { ...(t.tasks ?? {}) };
  }
  const inRange = new Set(range.periods);
  for (const c of capacity) {
    const periods = range.per === 'week' ? [c.week] : monthsOfWeek(c.week);
    for (const period of periods) {
      if (!inRange.has(period)) continue;
      const share = weekShareInPeriod(c.week, period);
      const hours = cellAt(c.location_id, period).capacityHours;
      for (const type of STAFF_TYPES) hours[type] += Number(c[type]) * share;
    }
  }
  const requestsOf = new Map<string, WaitingRequestNumbers[]>();
  for (const r of requests) {
    requestsOf.set(
      r.location_id,
      requestNumbers(
        r.requested.map((requestedOn, i) => ({
          requestedOn,
          startedOn: r.started[i] ?? null,
          lapsedOn: r.lapsed[i] ?? null,
        })),
      ),
    );
  }
  const todayNumber = dayNumber(today);
  const bounds = new Map(
    range.periods.map((period) => {
      const { start, end } = range.spans.get(period)!;
      return [period, { start: dayNumber(start), end: dayNumber(end) }];
    }),
  );

  return locations.map((location) => {
    const own = requestsOf.get(location.id) ?? [];
    const periods = new Map<string, PressureCell>();
    const sum = emptyCell();
    for (const period of range.periods) {
      const c = raw.get(key(location.id, period)) ?? emptyCell();
      const { start, end } = bounds.get(period)!;
      const waiting = waitingInDays(own, start, end, todayNumber);
      periods.set(
        period,
        locationCell(
          { ...c, waiting: waiting.waiting, waitingDays: waiting.days },
          settings.defaultRequestMinutes,
        ),
      );
      sum.contacts += c.contacts;
      sum.minutes += c.minutes;
      sum.notDigital += c.notDigital;
      sum.languageBarrier += c.languageBarrier;
      for (const [task, n] of Object.entries(c.tasks)) sum.tasks[task] = (sum.tasks[task] ?? 0) + n;
      for (const type of STAFF_TYPES) sum.capacityHours[type] += c.capacityHours[type];
    }
    const waiting = waitingInDays(own, dayNumber(range.from), dayNumber(range.to), todayNumber);
    const rangeCell = locationCell(
      { ...sum, waiting: waiting.waiting, waitingDays: waiting.days },
      settings.defaultRequestMinutes,
    );
    return { location, periods, range: rangeCell };
  });
}

function figuresOf(
  cell: PressureCell,
  period: string,
  start: string,
  end: string,
  settings: Settings,
  threshold: number,
): PressureFigures {
  return {
    periode: period,
    start,
    eind: end,
    ...pressureFigures(cell, settings.weights, threshold, settings.defaultRequestMinutes),
  };
}

interface Unit {
  niveau: PressureSeries['niveau'];
  sleutel: string;
  naam: string;
  stadsdeel: string | null;
  members: LocationCells[];
}

function seriesOf(unit: Unit, range: Range, settings: Settings, threshold: number): PressureSeries {
  const perioden = range.periods.map((period) => {
    const { start, end } = range.spans.get(period)!;
    const cell = mergeCells(unit.members.map((m) => m.periods.get(period)!));
    return figuresOf(cell, period, start, end, settings, threshold);
  });
  const label = `${range.periods[0]}/${range.periods.at(-1)}`;
  const totaal = figuresOf(
    mergeCells(unit.members.map((m) => m.range)),
    label,
    range.from,
    range.to,
    settings,
    threshold,
  );
  return {
    niveau: unit.niveau,
    sleutel: unit.sleutel,
    naam: unit.naam,
    stadsdeel: unit.stadsdeel,
    perioden,
    totaal,
  };
}

function stadsdeelUnits(cells: readonly LocationCells[]): Unit[] {
  const byName = new Map<string, LocationCells[]>();
  for (const c of cells) {
    const list = byName.get(c.location.stadsdeel) ?? [];
    list.push(c);
    byName.set(c.location.stadsdeel, list);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([name, members]) => ({
      niveau: 'stadsdeel' as const,
      sleutel: name,
      naam: name,
      stadsdeel: null,
      members,
    }));
}

/** The pressure dashboard: series per location, stadsdeel or the gemeente, and a comparison. */
export async function pressureReport(
  trx: Trx,
  tenantId: string,
  query: PressureQuery,
  today: string = todayInAmsterdam(),
): Promise<PressureReport> {
  const range = rangeOf(query, today);
  const [settings, tenant, allLocations, codes] = await Promise.all([
    settingsOf(trx, tenantId),
    findTenantNames(trx, tenantId),
    listLocations(trx, tenantId),
    codesOf(trx, tenantId),
  ]);
  const threshold = tenant?.small_cell_threshold ?? 10;
  const locations = selectLocations(allLocations, query);
  const cells = await locationCells(trx, tenantId, locations, range, settings, today);

  let units: Unit[];
  if (query.niveau === 'locatie') {
    units = cells.map((c) => ({
      niveau: 'locatie' as const,
      sleutel: c.location.code,
      naam: c.location.name,
      stadsdeel: c.location.stadsdeel,
      members: [c],
    }));
  } else if (query.niveau === 'stadsdeel') {
    units = stadsdeelUnits(cells);
  } else {
    units = [
      {
        niveau: 'gemeente',
        sleutel: tenant?.cbs_code ?? tenantId,
        naam: tenant?.name ?? '',
        stadsdeel: null,
        members: cells,
      },
    ];
  }
  const reeksen = units.map((u) => seriesOf(u, range, settings, threshold));
  const vergelijking = stadsdeelUnits(cells).map((u) => {
    const series =
      query.niveau === 'stadsdeel' ? reeksen.find((r) => r.sleutel === u.sleutel) : undefined;
    const { niveau, sleutel, naam, stadsdeel, totaal } =
      series ?? seriesOf(u, range, settings, threshold);
    return { niveau, sleutel, naam, stadsdeel, totaal };
  });
  return {
    per: range.per,
    niveau: query.niveau,
    van: range.from,
    tot: range.to,
    perioden: range.periods,
    instellingen: presentSettings(settings),
    taaknamen: Object.fromEntries(
      codes.filter((c) => c.soort === 'taak').map((c) => [c.code, c.naam]),
    ),
    reeksen,
    vergelijking,
    drempel: threshold,
  };
}

// ---------------------------------------------------------------------------------------------
// Export

const EXPORT_HEADER = [
  'niveau',
  'sleutel',
  'naam',
  'stadsdeel',
  'periode',
  'start',
  'eind',
  'contacten',
  'geregistreerde_uren',
  'wachtend',
  'verwachte_minuten_per_aanvraag',
  'wachturen',
  'vraag_uren',
  'capaciteit_professional',
  'capaciteit_stagiair',
  'capaciteit_vrijwilliger',
  'capaciteit_totaal',
  'effectieve_capaciteit',
  'drukratio',
  'wachttijd_mediaan_dagen',
  'wachttijd_p90_dagen',
  'aandeel_niet_digitaal',
  'aandeel_taalbarriere',
  'onderdrukt',
];

function exportRow(s: Omit<PressureSeries, 'perioden'>, f: PressureFigures): CsvValue[] {
  return [
    s.niveau,
    s.sleutel,
    s.naam,
    s.stadsdeel ?? '',
    f.periode,
    f.start,
    f.eind,
    f.contacten,
    f.geregistreerdeUren,
    f.wachtend,
    f.verwachteMinutenPerAanvraag,
    f.wachtUren,
    f.vraagUren,
    f.capaciteitUren.professional,
    f.capaciteitUren.stagiair,
    f.capaciteitUren.vrijwilliger,
    f.capaciteitUren.totaal,
    f.effectieveCapaciteitUren,
    f.drukratio,
    f.wachttijdMediaanDagen,
    f.wachttijdP90Dagen,
    f.aandeelNietDigitaal,
    f.aandeelTaalbarriere,
    f.onderdrukt ? 'ja' : 'nee',
  ];
}

/** Rows of the export: locations and stadsdelen per period, then each over the whole range. */
export async function pressureExportRows(
  trx: Trx,
  tenantId: string,
  query: PressureQuery,
): Promise<CsvValue[][]> {
  const rows: CsvValue[][] = [];
  for (const niveau of ['locatie', 'stadsdeel', 'gemeente'] as const) {
    if (query.niveau === 'gemeente' && niveau !== 'gemeente') continue;
    if (query.niveau === 'stadsdeel' && niveau === 'locatie') continue;
    const report = await pressureReport(trx, tenantId, { ...query, niveau });
    for (const s of report.reeksen) for (const f of s.perioden) rows.push(exportRow(s, f));
    for (const s of report.reeksen) rows.push(exportRow(s, s.totaal));
  }
  return rows;
}

/** Decimal numbers with a point: the file is for spreadsheets and scripts alike. */
export function pressureCsv(rows: readonly CsvValue[][]): string {
  let out = CSV_BOM + csvLine(EXPORT_HEADER);
  for (const row of rows) out += csvLine(row);
  return out;
}

export async function pressureXlsx(rows: readonly CsvValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Werkdruk');
  sheet.addRow(EXPORT_HEADER);
  for (const row of rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
