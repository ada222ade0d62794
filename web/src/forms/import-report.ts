import { formatNumber } from '../lib/format.js';

/** The table's caption says when the server sent only the first rejections of many. */
export function rejectionCaption(shown: number, total: number): string {
  return total > shown
    ? `Afgewezen rijen (de eerste ${formatNumber(shown)} van ${formatNumber(total)})`
    : 'Afgewezen rijen';
}

/** "1 locatie", "2.400 locaties". */
export function counted(count: number, [one, many]: readonly [string, string]): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

export const NO_FILE_MESSAGE = 'Kies een bestand (CSV of Excel).';

/** What the file inputs accept: a CSV file or an Excel workbook. */
export const SPREADSHEET_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
