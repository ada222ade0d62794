/**
 * Writes CSV that Dutch spreadsheet users can open safely: `;` as separator (Excel with Dutch
 * settings expects it), quotes where needed, a BOM so Excel reads UTF-8, and text that starts
 * like a formula made harmless (CSV injection).
 */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | bigint | Date | null | undefined;

export function csvCell(value: CsvValue, separator = ';'): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  const needsQuotes =
    text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[], separator = ';'): string {
  return values.map((v) => csvCell(v, separator)).join(separator) + '\r\n';
}
