import { CSV_BOM, csvLine } from '../exports/csv.js';

/** A row of an imported file that was not taken over, and why (Dutch, for the uploader). */
export interface Rejection {
  /** The row as a spreadsheet shows it (header = 1); 0 for the file as a whole. */
  rij: number;
  /** The column (by its default name) the problem is in. */
  veld: string;
  reden: string;
}

/**
 * The rejections as a CSV file for a spreadsheet (`rij;veld;reden`), so the uploader can fix
 * the rows in the source system and import them again. Cells that look like formulas are made
 * harmless by `csvLine`, since a reason may quote a hostile value.
 */
export function rejectionsToCsv(rejections: readonly Rejection[]): string {
  let out = CSV_BOM + csvLine(['rij', 'veld', 'reden']);
  for (const r of rejections) out += csvLine([r.rij, r.veld, r.reden]);
  return out;
}

/** The one-line summary people and scripts read: counts as plain numbers. */
export function importSummary(accepted: number, rejected: number): string {
  return `aanvaard: ${accepted}, afgewezen: ${rejected}`;
}
