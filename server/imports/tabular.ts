import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * Reads the files people export from spreadsheets and municipal systems (CSV or XLSX) into rows
 * of text cells. Everything a file can get wrong *as a whole* (wrong format, broken encoding,
 * no header) becomes a `TabularError` with a Dutch message; what is wrong with single cells is
 * for the caller to judge, row by row.
 */

/** One data row. `rowNumber` is the row as a spreadsheet shows it (header = 1, first data = 2). */
export interface TabularRow {
  rowNumber: number;
  /** Cell text by column name (lower-cased, trimmed), trimmed itself; empty cells are ''. */
  cells: Record<string, string>;
}

/** Why a file cannot be read at all, in Dutch for the person who uploaded it. */
export class TabularError extends Error {
  override name = 'TabularError';
}

export interface Tabular {
  /** Column names from the header row, lower-cased and trimmed: the keys of `cells`. */
  headers: string[];
  rows: TabularRow[];
}

const HEADER_EXAMPLE = 'klantnummer;bsn;naam;postcode';

export async function readTabular(bytes: Buffer, fileName: string): Promise<Tabular> {
  if (bytes.length === 0) throw new TabularError('Het bestand is leeg.');
  if (isZip(bytes)) return readXlsx(bytes);
  rejectKnownBinary(bytes, fileName);
  return readCsv(decodeText(bytes));
}

// ---------------------------------------------------------------------------------------------
// Recognising the kind of file by its first bytes: names lie (a PNG renamed to .csv, an XLSX
// saved as "register.csv" by a helpful system).

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function isZip(bytes: Buffer): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

const BINARY_KINDS: { magic: number[]; message: string }[] = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      'Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.',
  },
  { magic: [0x25, 0x50, 0x44, 0x46], message: 'Dit is een PDF-bestand, geen tabel.' },
  { magic: [0x89, 0x50, 0x4e, 0x47], message: 'Dit is een afbeelding (PNG), geen tabel.' },
  { magic: [0xff, 0xd8, 0xff], message: 'Dit is een afbeelding (JPEG), geen tabel.' },
  { magic: [0x47, 0x49, 0x46, 0x38], message: 'Dit is een afbeelding (GIF), geen tabel.' },
  { magic: [0x1f, 0x8b], message: 'Dit is een ingepakt bestand (gzip). Pak het eerst uit.' },
];

function rejectKnownBinary(bytes: Buffer, fileName: string): void {
  const known = BINARY_KINDS.find((kind) => startsWith(bytes, kind.magic));
  const what = ` (${displayName(fileName)})`;
  if (known) throw new TabularError(`Het bestand kan niet worden gelezen${what}. ${known.message}`);
  if (looksBinary(bytes)) {
    throw new TabularError(
      `Het bestand kan niet worden gelezen${what}. Het is geen CSV- of Excel-bestand. Sla de tabel op als CSV of als Excel-werkmap (.xlsx).`,
    );
  }
}

/** Only the last part of a path, and never more than 80 characters, for messages. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return (base || 'zonder naam').replace(/\p{Cc}/gu, '').slice(0, 80);
}

/**
 * Text files have almost no control characters besides tab and line ends. A few stray NULs in
 * cells are the rows' problem (the caller rejects those rows); many of them mean a binary file.
 * UTF-16 text is full of NULs, so it is recognised before this check by its byte-order mark.
 */
function looksBinary(bytes: Buffer): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      control += 1;
    }
  }
  return control > Math.max(8, sample.length * 0.02);
}

// ---------------------------------------------------------------------------------------------
// Text encodings: Dutch municipal systems still export Windows-1252 as often as UTF-8.

function hasUtf16Bom(bytes: Buffer): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

function decodeText(bytes: Buffer): string {
  // Excel's "Unicode text" export is UTF-16 with a byte-order mark.
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // `fatal` makes invalid UTF-8 throw instead of turning into replacement characters; the
    // decoder drops a UTF-8 byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Every byte is valid Windows-1252, so this never fails: é and ë come out right.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

const SEPARATORS = [';', ',', '\t'] as const;
type Separator = (typeof SEPARATORS)[number];

/** The separator that occurs most often in the first line, outside quotes. */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  // The header line is at the start; no need to walk a 50 MB file.
  for (const char of text
    .slice(0, 65_536)
    .replace(/^\uFEFF/, '')
    .trimStart()) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Separator)) {
      counts.set(char as Separator, counts.get(char as Separator)! + 1);
    }
  }
  let best: Separator = ';';
  for (const separator of SEPARATORS) {
    if (counts.get(separator)! > counts.get(best)!) best = separator;
  }
  return best;
}

function parseCsvRecords(text: string, delimiter: Separator): string[][] {
  try {
    return parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      // A quote inside an unquoted cell (Jan "Sjonnie" Jansen) is text, not a broken file.
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    if (error instanceof CsvError) throw csvProblem(error);
    throw error;
  }
}

function csvProblem(error: CsvError): TabularError {
  const line = typeof error.lines === 'number' ? ` (rond regel ${error.lines})` : '';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new TabularError(
      `Het bestand kan niet worden gelezen: een aanhalingsteken (") wordt niet gesloten${line}.`,
    );
  }
  return new TabularError(`Het bestand kan niet worden gelezen als CSV${line}.`);
}

function readCsv(text: string): Tabular {
  if (text.trim() === '') throw new TabularError('Het bestand is leeg.');
  const records = parseCsvRecords(text, detectSeparator(text));
  return toTabular(records.map((cells, index) => ({ rowNumber: index + 1, cells })));
}

// ---------------------------------------------------------------------------------------------
// XLSX

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new TabularError(
      'Het bestand lijkt een Excel-bestand, maar het kan niet worden geopend. Misschien is het beschadigd of met een wachtwoord beveiligd. Sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV.',
    );
  }
  return workbook;
}

async function readXlsx(bytes: Buffer): Promise<Tabular> {
  const sheet = (await loadWorkbook(bytes)).worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) {
    throw new TabularError('Het eerste werkblad van het Excel-bestand is leeg.');
  }
  const width = sheet.columnCount;
  const rows: { rowNumber: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) {
      cells.push(cellText(row.getCell(column).value));
    }
    rows.push({ rowNumber, cells });
  });
  return toTabular(rows);
}

/** yyyy-mm-dd; Excel dates carry no time zone, and exceljs hands them over as UTC midnight. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}

/** The text a person sees in a cell: dates as yyyy-mm-dd, numbers as typed, formulas' results. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? '' : cellText(result);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}

// ---------------------------------------------------------------------------------------------
// From raw rows to named cells

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function readHeaders(cells: readonly string[]): string[] {
  const headers = cells.map((cell) =>
    cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  // A first row of data instead of names: a client number or a date has no letter in it.
  if (headers.some((h) => h !== '' && !/\p{L}/u.test(h))) {
    throw new TabularError(
      `De eerste regel van het bestand moet de kolomnamen bevatten (een kopregel), bijvoorbeeld ${HEADER_EXAMPLE}. De eerste regel lijkt gegevens te bevatten.`,
    );
  }
  const seen = new Set<string>();
  for (const header of headers) {
    if (header !== '' && seen.has(header)) {
      throw new TabularError(
        `De kolom "${header.slice(0, 60)}" staat twee keer in de kopregel. Geef elke kolom een eigen naam.`,
      );
    }
    seen.add(header);
  }
  return headers;
}

function toTabular(raw: { rowNumber: number; cells: string[] }[]): Tabular {
  const headerIndex = raw.findIndex((row) => !isBlank(row.cells));
  const headerRow = raw[headerIndex];
  if (!headerRow) throw new TabularError('Het bestand is leeg.');
  const headers = readHeaders(headerRow.cells);
  const rows: TabularRow[] = [];
  for (const row of raw.slice(headerIndex + 1)) {
    if (isBlank(row.cells)) continue;
    // No prototype: a column named "__proto__" or "constructor" stays an ordinary cell.
    const cells = Object.create(null) as Record<string, string>;
    headers.forEach((header, i) => {
      // A column without a name cannot be asked for, so its cells are left out.
      if (header !== '') cells[header] = (row.cells[i] ?? '').trim();
    });
    rows.push({ rowNumber: row.rowNumber, cells });
  }
  return { headers: headers.filter((h) => h !== ''), rows };
}
