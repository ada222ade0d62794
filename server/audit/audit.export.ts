import { AUDIT_ACTION_LABELS, type AuditAction } from '../../shared/api/audit.schema.js';
import type { Trx } from '../db/database.js';
import { csvLine } from '../exports/csv.js';
import { listAuditEntries, type AuditFilter } from './audit.repository.js';

/** A moment as Dutch local time, `2026-03-01 23:30:00`: the days match the filters. */
export function amsterdamTime(date: Date): string {
  return date.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

export const AUDIT_CSV_HEADER = [
  'tijdstip_nl',
  'gebruiker_id',
  'gebruiker',
  'actie',
  'omschrijving',
  'objecttype',
  'object_id',
  'doel',
  'details',
];

const BATCH = 2000;

/** The audit entries of a tenant as CSV lines, newest first, read in batches. */
export async function* auditCsvLines(
  trx: Trx,
  tenantId: string,
  filter: AuditFilter,
): AsyncGenerator<string> {
  yield csvLine(AUDIT_CSV_HEADER);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await listAuditEntries(trx, tenantId, filter, { limit: BATCH, offset });
    for (const row of rows) {
      yield csvLine([
        amsterdamTime(row.occurredAt),
        row.accountId,
        row.accountName ?? row.actor,
        row.action,
        AUDIT_ACTION_LABELS[row.action as AuditAction] ?? row.action,
        row.objectType,
        row.objectId,
        row.purpose,
        JSON.stringify(row.details),
      ]);
    }
    if (rows.length < BATCH) return;
  }
}
