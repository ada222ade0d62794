import {
  CLIENT_FIELDS,
  type ClientField,
  type ColumnMapping,
} from '../../../shared/api/clients.schema.js';
import { checkBsn } from '../../../shared/validation/bsn.js';
import {
  quoted,
  readBirthYear,
  readDate,
  readGemeenteCode,
  readOptedOut,
  readPostcode,
  readProductCategorie,
  readSex,
  type FieldResult,
} from '../../../shared/validation/register-fields.js';
import type { Rejection } from '../../imports/rejections.js';
import type { TabularRow } from '../../imports/tabular.js';

/**
 * Turns the rows of a client register into clients to store, and every problem into a
 * rejection with row number, field and a Dutch reason. Pure: no database, no I/O, so every rule
 * can be tested on its own. A row with several wrong fields gets one rejection per field, so it
 * can be fixed in one go.
 */

/** Which header of the file holds which field (header names lower-cased, as `readTabular` gives). */
export type ColumnPlan = Partial<Record<ClientField, string>>;

/** A problem with the columns: the file as a whole cannot be imported. Message in Dutch. */
export class ColumnError extends Error {
  override name = 'ColumnError';
}

/**
 * Finds each field's column: the mapped header when a mapping names one, else the column with
 * the field's default name. A mapped header that is not in the file is an error (a typing
 * mistake in the mapping would otherwise silently drop a whole column).
 */
export function planColumns(headers: readonly string[], mapping: ColumnMapping = {}): ColumnPlan {
  const present = new Set(headers);
  const plan: ColumnPlan = {};
  for (const field of CLIENT_FIELDS) {
    const mapped = mapping[field]?.trim().toLowerCase();
    if (mapped !== undefined) {
      if (!present.has(mapped)) {
        throw new ColumnError(
          `De kolom ${quoted(mapped)} voor ${field} staat niet in het bestand. Kolommen in het bestand: ${listHeaders(headers)}.`,
        );
      }
      plan[field] = mapped;
    } else if (present.has(field)) {
      plan[field] = field;
    }
  }
  if (!plan.klantnummer) {
    throw new ColumnError(
      `Het bestand heeft geen kolom klantnummer. Noem de kolom "klantnummer", of geef in de kolomindeling aan welke kolom het klantnummer bevat. Kolommen in het bestand: ${listHeaders(headers)}.`,
    );
  }
  return plan;
}

function listHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 20).map(quoted).join(', ');
  return headers.length > 20 ? `${shown} en ${headers.length - 20} meer` : shown || '(geen)';
}

export interface GemeenteRef {
  id: string;
  cbsCode: string;
  name: string;
}

export interface RowContext {
  /** The gemeenten that take part in the survey. */
  gemeenten: readonly GemeenteRef[];
  /** The gemeente chosen for the whole file (`--gemeente`, `?gemeente=`), if any. */
  fixedGemeente: GemeenteRef | undefined;
  currentYear: number;
  /** Keyed hash of a valid nine-digit BSN: the number itself never leaves this module. */
  hashBsn: (bsn: string) => string;
}

/** A client ready to store. */
export interface ValidClient {
  rowNumber: number;
  gemeenteId: string;
  clientNumber: string;
  bsnHash: string | null;
  name: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  birthYear: number | null;
  sex: 'm' | 'v' | 'x' | null;
  productCategory: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Asked not to be approached for research: never drawn in a sample. */
  optedOut: boolean;
}

export interface RowsOutcome {
  clients: ValidClient[];
  /** The rejections, up to the limit asked for. */
  rejections: Rejection[];
  /** All rejections, also those past the limit. */
  rejectionCount: number;
  /** Rows not stored; smaller than `rejectionCount` when rows have several problems. */
  rejectedRows: number;
}

const NUL_REASON =
  'Dit veld bevat een onzichtbaar teken (NUL) dat niet kan worden opgeslagen. Haal het weg en lees het bestand opnieuw in.';
const CONTROL_REASON =
  'Dit veld bevat een onzichtbaar teken (zoals een tab of regeleinde) dat hier niet mag.';

const MAX_LENGTH: Partial<Record<ClientField, number>> = {
  klantnummer: 50,
  naam: 200,
  adres: 200,
  woonplaats: 100,
};

/** Collects the problems of one row, field by field. */
class RowCheck {
  readonly rejections: Rejection[] = [];
  constructor(
    private readonly row: TabularRow,
    private readonly plan: ColumnPlan,
  ) {}

  reject(veld: ClientField, reden: string): void {
    this.rejections.push({ rij: this.row.rowNumber, veld, reden });
  }

  /** The cell of a field; '' when the column is absent. NUL is rejected here for every field. */
  cell(field: ClientField): string | undefined {
    const header = this.plan[field];
    const value = header === undefined ? '' : (this.row.cells[header] ?? '');
    if (value.includes('\u0000')) {
      this.reject(field, NUL_REASON);
      return undefined;
    }
    return value;
  }

  /** A reader's result, or null for an empty cell; a failure becomes a rejection. */
  read<T>(field: ClientField, reader: (text: string) => FieldResult<T>): T | null {
    const text = this.cell(field);
    if (!text) return null;
    const result = reader(text);
    if (result.ok) return result.value;
    this.reject(field, result.reason);
    return null;
  }

  /**
   * Free text for the letter (name, address, city). A line break inside a quoted CSV cell
   * becomes a space: a letter's address block has its own lines.
   */
  text(field: ClientField): string | null {
    const raw = this.cell(field);
    if (!raw) return null;
    const value = raw.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ');
    if (/\p{Cc}/u.test(value)) {
      this.reject(field, CONTROL_REASON);
      return null;
    }
    return this.withinLength(field, value) ? value : null;
  }

  withinLength(field: ClientField, value: string): boolean {
    const max = MAX_LENGTH[field];
    if (max === undefined || value.length <= max) return true;
    this.reject(field, `Dit veld is te lang: hoogstens ${max} tekens.`);
    return false;
  }
}

function readClientNumber(check: RowCheck): string | null {
  const value = check.cell('klantnummer');
  if (value === undefined) return null;
  if (value === '') {
    check.reject('klantnummer', 'Het klantnummer ontbreekt. Elke cliënt heeft een klantnummer.');
    return null;
  }
  if (/\p{Cc}/u.test(value)) {
    check.reject('klantnummer', CONTROL_REASON);
    return null;
  }
  return check.withinLength('klantnummer', value) ? value : null;
}

function readBsn(check: RowCheck, hashBsn: (bsn: string) => string): string | null {
  const value = check.cell('bsn');
  if (!value) return null;
  const result = checkBsn(value);
  if (result.ok) return hashBsn(result.bsn);
  check.reject('bsn', result.reason);
  return null;
}

function findGemeente(text: string, ctx: RowContext): FieldResult<GemeenteRef> {
  const byName = ctx.gemeenten.find((g) => g.name.toLowerCase() === text.trim().toLowerCase());
  if (byName) return { ok: true, value: byName };
  const code = readGemeenteCode(text);
  if (!code.ok) return code;
  const gemeente = ctx.gemeenten.find((g) => g.cbsCode === code.value);
  if (gemeente) return { ok: true, value: gemeente };
  return {
    ok: false,
    reason: `Gemeente ${code.value} doet niet mee aan dit onderzoek. Meedoende gemeenten: ${ctx.gemeenten.map((g) => g.cbsCode).join(', ')}.`,
  };
}

function readRowGemeente(check: RowCheck, ctx: RowContext): GemeenteRef | null {
  const text = check.cell('gemeente');
  if (text === undefined) return null;
  if (text === '') {
    const only = ctx.fixedGemeente ?? (ctx.gemeenten.length === 1 ? ctx.gemeenten[0] : undefined);
    if (only) return only;
    check.reject(
      'gemeente',
      'De gemeente ontbreekt. Dit onderzoek loopt in meer gemeenten: vul de CBS-code in, zoals GM0106.',
    );
    return null;
  }
  const found = findGemeente(text, ctx);
  if (!found.ok) {
    check.reject('gemeente', found.reason);
    return null;
  }
  if (ctx.fixedGemeente && found.value.id !== ctx.fixedGemeente.id) {
    check.reject(
      'gemeente',
      `Deze rij hoort bij ${found.value.name} (${found.value.cbsCode}), maar het bestand wordt ingelezen voor ${ctx.fixedGemeente.name} (${ctx.fixedGemeente.cbsCode}).`,
    );
    return null;
  }
  return found.value;
}

function checkPeriod(check: RowCheck, start: string | null, end: string | null): void {
  // ISO dates compare correctly as text.
  if (start && end && end < start) {
    check.reject('einddatum', `De einddatum (${end}) ligt vóór de startdatum (${start}).`);
  }
}

/** One row: a client to store, or the reasons why not. */
export function validateRow(
  row: TabularRow,
  plan: ColumnPlan,
  ctx: RowContext,
): { client: ValidClient | undefined; rejections: Rejection[] } {
  const check = new RowCheck(row, plan);
  const clientNumber = readClientNumber(check);
  const gemeente = readRowGemeente(check, ctx);
  const startDate = check.read('startdatum', readDate);
  const endDate = check.read('einddatum', readDate);
  checkPeriod(check, startDate, endDate);
  const client = {
    rowNumber: row.rowNumber,
    bsnHash: readBsn(check, ctx.hashBsn),
    name: check.text('naam'),
    address: check.text('adres'),
    postcode: check.read('postcode', readPostcode),
    city: check.text('woonplaats'),
    birthYear: check.read('geboortejaar', (t) => readBirthYear(t, ctx.currentYear)),
    sex: check.read('geslacht', readSex),
    productCategory: check.read('productcategorie', readProductCategorie),
    startDate,
    endDate,
    optedOut: check.read('afgemeld', readOptedOut) ?? false,
  };
  if (check.rejections.length > 0 || clientNumber === null || gemeente === null) {
    return { client: undefined, rejections: check.rejections };
  }
  return { client: { ...client, clientNumber, gemeenteId: gemeente.id }, rejections: [] };
}

/**
 * Every row of the file. A klantnummer may occur once per gemeente: a later row with the same
 * number is rejected, pointing at the row that was taken. Only stored rows count, so a good row
 * is never lost because an earlier row with its number was wrong.
 */
export function validateRows(
  rows: readonly TabularRow[],
  plan: ColumnPlan,
  ctx: RowContext,
  maxRejections = Number.POSITIVE_INFINITY,
): RowsOutcome {
  const outcome: RowsOutcome = { clients: [], rejections: [], rejectionCount: 0, rejectedRows: 0 };
  // A file of nothing but bad rows must not fill the memory with reasons nobody reads.
  const keep = (found: Rejection[]) => {
    outcome.rejectionCount += found.length;
    const room = maxRejections - outcome.rejections.length;
    if (room > 0) outcome.rejections.push(...found.slice(0, room));
  };
  const taken = new Map<string, number>();
  for (const row of rows) {
    const { client, rejections } = validateRow(row, plan, ctx);
    const key = client && `${client.gemeenteId}|${client.clientNumber}`;
    const earlier = key === undefined ? undefined : taken.get(key);
    if (client && key !== undefined && earlier === undefined) {
      taken.set(key, row.rowNumber);
      outcome.clients.push(client);
      continue;
    }
    outcome.rejectedRows += 1;
    if (earlier !== undefined) {
      keep([
        {
          rij: row.rowNumber,
          veld: 'klantnummer',
          reden: `Dit klantnummer staat al in rij ${earlier} (voor dezelfde gemeente). Zet elke cliënt één keer in het bestand.`,
        },
      ]);
    } else {
      keep(rejections);
    }
  }
  return outcome;
}
