import { quoted, readDate } from '../../shared/validation/register-fields.js';
import { parseIsoWeek } from '../../shared/registrations/iso-week.js';
import {
  AGE_GROUPS,
  CHANNELS,
  MINUTES_MAX,
  MINUTES_MIN,
  STAFF_TYPES,
  TASKS_MAX,
  type AgeGroup,
  type Channel,
  type StaffType,
} from '../../shared/registrations/vocabulary.js';
import type { Rejection } from '../imports/rejections.js';
import type { Tabular, TabularRow } from '../imports/tabular.js';

/**
 * Checks the rows of the three registration imports, one cell at a time. Each reader returns
 * the value or a Dutch reason; a row with any reason is rejected (all its reasons are listed),
 * the other rows are kept. Pure: what is known in the database comes in as arguments.
 */

/** A file that lacks a required column cannot be imported at all. */
export class ColumnsMissing extends Error {
  override name = 'ColumnsMissing';
}

export const LOCATION_COLUMNS = ['stadsdeel', 'code', 'naam'] as const;
export const REGISTRATION_COLUMNS = [
  'datum',
  'locatie',
  'kanaal',
  'taak',
  'minuten',
  'resultaat',
  'leeftijdsgroep',
  'digitaal_vaardig',
  'taalbarriere',
] as const;
const REGISTRATION_REQUIRED = ['datum', 'locatie', 'kanaal', 'taak', 'minuten', 'resultaat'];
export const CAPACITY_COLUMNS = ['locatie', 'week', 'soort', 'uren'] as const;

/** `taalbarrière` and `Taal barrière` are the same column as `taalbarriere`. */
function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The file's header for each wanted column, or `ColumnsMissing` naming what is missing. */
export function planColumns(
  table: Tabular,
  wanted: readonly string[],
  required: readonly string[] = wanted,
): Record<string, string | undefined> {
  const byName = new Map(table.headers.map((h) => [normaliseHeader(h), h]));
  const plan: Record<string, string | undefined> = {};
  for (const column of wanted) plan[column] = byName.get(column);
  const missing = required.filter((c) => plan[c] === undefined);
  if (missing.length > 0) {
    throw new ColumnsMissing(
      `De kolom${missing.length > 1 ? 'men' : ''} ${missing.join(', ')} ontbre${missing.length > 1 ? 'ken' : 'ekt'} in het bestand. Verwacht: ${wanted.join(', ')}.`,
    );
  }
  return plan;
}

function cell(row: TabularRow, plan: Record<string, string | undefined>, column: string): string {
  const header = plan[column];
  return header === undefined ? '' : (row.cells[header] ?? '');
}

export interface RowCheck<T> {
  valid: T[];
  rejections: Rejection[];
  rejectedRows: number;
}

function collect<T>(
  rows: readonly TabularRow[],
  check: (row: TabularRow, reject: (veld: string, reden: string) => void) => T | undefined,
): RowCheck<T> {
  const valid: T[] = [];
  const rejections: Rejection[] = [];
  let rejectedRows = 0;
  for (const row of rows) {
    const reasons: Rejection[] = [];
    const value = check(row, (veld, reden) => reasons.push({ rij: row.rowNumber, veld, reden }));
    if (reasons.length > 0 || value === undefined) {
      rejectedRows += 1;
      for (const r of reasons) rejections.push(r);
    } else valid.push(value);
  }
  return { valid, rejections, rejectedRows };
}

const CONTROL = /\p{Cc}/u;

// ---------------------------------------------------------------------------------------------
// Locations

export interface ValidLocation {
  stadsdeel: string;
  code: string;
  naam: string;
}

export function checkLocationRows(table: Tabular): RowCheck<ValidLocation> {
  const plan = planColumns(table, LOCATION_COLUMNS);
  const seen = new Map<string, number>();
  return collect(table.rows, (row, reject) => {
    const stadsdeel = cell(row, plan, 'stadsdeel');
    const code = cell(row, plan, 'code');
    const naam = cell(row, plan, 'naam');
    if (stadsdeel === '') reject('stadsdeel', 'Vul het stadsdeel in.');
    else if (stadsdeel.length > 100 || CONTROL.test(stadsdeel)) {
      reject('stadsdeel', 'De naam van het stadsdeel is te lang of bevat onzichtbare tekens.');
    }
    if (code === '') reject('code', 'Vul de code van de locatie in.');
    else if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/.test(code)) {
      reject(
        'code',
        `Code ${quoted(code)} klopt niet. Gebruik hoogstens 20 letters, cijfers, - en _ (zonder spaties).`,
      );
    } else {
      const earlier = seen.get(code.toUpperCase());
      if (earlier !== undefined) {
        reject('code', `Code ${quoted(code)} staat al in rij ${earlier}.`);
      } else seen.set(code.toUpperCase(), row.rowNumber);
    }
    if (naam === '') reject('naam', 'Vul de naam van de locatie in.');
    else if (naam.length > 150 || CONTROL.test(naam)) {
      reject('naam', 'De naam is te lang (hoogstens 150 tekens) of bevat onzichtbare tekens.');
    }
    return { stadsdeel, code, naam };
  });
}

// ---------------------------------------------------------------------------------------------
// Registrations

export interface ImportContext {
  /** Upper-cased location code → location id. */
  locations: ReadonlyMap<string, string>;
  taskCodes: ReadonlySet<string>;
  resultCodes: ReadonlySet<string>;
  today: string;
}

export interface ValidRegistration {
  locationId: string;
  date: string;
  channel: Channel;
  tasks: string[];
  minutes: number;
  result: string;
  ageGroup: AgeGroup;
  notDigital: boolean;
  languageBarrier: boolean;
}

const YES = new Set(['ja', 'j', '1', 'true', 'waar', 'yes', 'y', 'x']);
const NO = new Set(['nee', 'n', '0', 'false', 'onwaar', 'no']);

/** ja/nee/1/0 (and true/false); empty is `fallback`. */
export function readYesNo(text: string): boolean | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

/** `18-26`, `18–26`, `18 - 26`, `75+`, `<18`, `onbekend`; empty is `onbekend`. */
export function readAgeGroup(text: string): AgeGroup | null {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '');
  if (value === '') return 'onbekend';
  if (value === '75ofouder' || value === '>=75' || value === '75plus') return '75+';
  if (value === 'jongerdan18' || value === '0-17') return '<18';
  return (AGE_GROUPS as readonly string[]).includes(value) ? (value as AgeGroup) : null;
}

export function checkRegistrationRows(
  table: Tabular,
  context: ImportContext,
): RowCheck<ValidRegistration> {
  const plan = planColumns(table, REGISTRATION_COLUMNS, REGISTRATION_REQUIRED);
  return collect(table.rows, (row, reject) => {
    const dateText = cell(row, plan, 'datum');
    let date = '';
    if (dateText === '') reject('datum', 'Vul de datum van het contact in.');
    else {
      const read = readDate(dateText);
      if (!read.ok) reject('datum', read.reason);
      else if (read.value > context.today) {
        reject('datum', `Datum ${quoted(dateText)} ligt in de toekomst.`);
      } else if (read.value < '2000-01-01') {
        reject('datum', `Datum ${quoted(dateText)} ligt vóór 2000.`);
      } else date = read.value;
    }
    const locationText = cell(row, plan, 'locatie');
    const locationId = context.locations.get(locationText.toUpperCase());
    if (locationText === '') reject('locatie', 'Vul de code van de locatie in.');
    else if (!locationId) {
      reject('locatie', `Locatie ${quoted(locationText)} bestaat niet. Lees eerst de locaties in.`);
    }
    const channelText = cell(row, plan, 'kanaal').toLowerCase();
    if (!(CHANNELS as readonly string[]).includes(channelText)) {
      reject(
        'kanaal',
        channelText === ''
          ? 'Vul het kanaal in: inloop, telefoon, digitaal of huisbezoek.'
          : `Kanaal ${quoted(channelText)} bestaat niet. Kies inloop, telefoon, digitaal of huisbezoek.`,
      );
    }
    const tasks = cell(row, plan, 'taak')
      .split('|')
      .map((t) => t.trim().toUpperCase())
      .filter((t) => t !== '');
    if (tasks.length === 0) reject('taak', 'Vul ten minste één taakcode in (meer codes met |).');
    else if (tasks.length > TASKS_MAX) reject('taak', `Hoogstens ${TASKS_MAX} taken per contact.`);
    else {
      const unknown = tasks.filter((t) => !context.taskCodes.has(t));
      if (unknown.length > 0) {
        reject('taak', `Taakcode ${unknown.map((t) => quoted(t)).join(', ')} bestaat niet.`);
      } else if (new Set(tasks).size !== tasks.length) {
        reject('taak', 'Dezelfde taakcode staat twee keer in de rij.');
      }
    }
    const minutesText = cell(row, plan, 'minuten');
    const minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : NaN;
    if (minutesText === '') reject('minuten', 'Vul het aantal minuten in.');
    else if (!Number.isInteger(minutes) || minutes < MINUTES_MIN || minutes > MINUTES_MAX) {
      reject(
        'minuten',
        `Minuten ${quoted(minutesText)} kloppen niet. Vul een heel getal van ${MINUTES_MIN} tot en met ${MINUTES_MAX} in.`,
      );
    }
    const result = cell(row, plan, 'resultaat').toUpperCase();
    if (result === '') reject('resultaat', 'Vul de resultaatcode in.');
    else if (!context.resultCodes.has(result)) {
      reject('resultaat', `Resultaatcode ${quoted(result)} bestaat niet.`);
    }
    const ageText = cell(row, plan, 'leeftijdsgroep');
    const ageGroup = readAgeGroup(ageText);
    if (ageGroup === null) {
      reject(
        'leeftijdsgroep',
        `Leeftijdsgroep ${quoted(ageText)} bestaat niet. Kies ${AGE_GROUPS.join(', ')}.`,
      );
    }
    const digital = readYesNo(cell(row, plan, 'digitaal_vaardig'));
    if (digital === null) reject('digitaal_vaardig', 'Vul ja of nee in (of 1 of 0).');
    const language = readYesNo(cell(row, plan, 'taalbarriere'));
    if (language === null) reject('taalbarriere', 'Vul ja of nee in (of 1 of 0).');
    return {
      locationId: locationId ?? '',
      date,
      channel: channelText as Channel,
      tasks,
      minutes,
      result,
      ageGroup: ageGroup ?? 'onbekend',
      // Empty means: not noted, so counted as digitally skilled and without a language barrier.
      notDigital: digital === false,
      languageBarrier: language === true,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Capacity

export interface ValidCapacity {
  locationId: string;
  week: string;
  staffType: StaffType;
  hours: number;
}

/** `professionals`, `Stagiaire`, `vrijwilligers` are the same staff types. */
export function readStaffType(text: string): StaffType | null {
  const value = text.trim().toLowerCase();
  if (value.startsWith('professional') || value === 'beroepskracht') return 'professional';
  if (value.startsWith('stagiair') || value === 'stagiaires') return 'stagiair';
  if (value.startsWith('vrijwillig')) return 'vrijwilliger';
  return (STAFF_TYPES as readonly string[]).includes(value) ? (value as StaffType) : null;
}

export function checkCapacityRows(
  table: Tabular,
  locations: ReadonlyMap<string, string>,
): RowCheck<ValidCapacity> {
  const plan = planColumns(table, CAPACITY_COLUMNS);
  const seen = new Map<string, number>();
  return collect(table.rows, (row, reject) => {
    const locationText = cell(row, plan, 'locatie');
    const locationId = locations.get(locationText.toUpperCase());
    if (locationText === '') reject('locatie', 'Vul de code van de locatie in.');
    else if (!locationId) {
      reject('locatie', `Locatie ${quoted(locationText)} bestaat niet. Lees eerst de locaties in.`);
    }
    const weekText = cell(row, plan, 'week');
    const week = parseIsoWeek(weekText);
    if (!week) {
      reject(
        'week',
        weekText === ''
          ? 'Vul de week in, zoals 2026-W05.'
          : `Week ${quoted(weekText)} bestaat niet. Schrijf de week als jjjj-Wnn, zoals 2026-W05.`,
      );
    }
    const typeText = cell(row, plan, 'soort');
    const staffType = readStaffType(typeText);
    if (!staffType) {
      reject(
        'soort',
        `Soort ${quoted(typeText)} bestaat niet. Kies professional, stagiair of vrijwilliger.`,
      );
    }
    const hoursText = cell(row, plan, 'uren').replace(',', '.');
    const hours = /^\d+(\.\d+)?$/.test(hoursText) ? Number(hoursText) : NaN;
    if (hoursText === '') reject('uren', 'Vul het aantal uren in.');
    else if (!Number.isFinite(hours) || hours > 2000) {
      reject(
        'uren',
        `Uren ${quoted(cell(row, plan, 'uren'))} kloppen niet. Vul een getal van 0 tot 2000 in.`,
      );
    }
    if (locationId && week && staffType) {
      const key = `${locationId} ${week} ${staffType}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        reject('week', `Deze locatie, week en soort staan al in rij ${earlier}.`);
      } else seen.set(key, row.rowNumber);
    }
    return {
      locationId: locationId ?? '',
      week: week ?? '',
      staffType: staffType ?? 'professional',
      hours: Math.round(hours * 100) / 100,
    };
  });
}
