import type { Trx } from '../db/database.js';
import type { MonitorConsentRow } from './outcome.table.js';

/**
 * SQL for the Leefgebieden-monitor's consents: a resident's permission for a naaste to give marks. Every function takes the tenant id and filters on it
 * (wall one); row-level security is wall two.
 */

export function listConsents(
  trx: Trx,
  tenantId: string,
  residentId: string,
): Promise<MonitorConsentRow[]> {
  return trx
    .selectFrom('monitor_consents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .orderBy('recorded_at')
    .execute();
}

export function insertConsent(
  trx: Trx,
  row: { tenantId: string; residentId: string; naaste: string; by: string | null; byName: string },
) {
  return trx
    .insertInto('monitor_consents')
    .values({
      tenant_id: row.tenantId,
      resident_id: row.residentId,
      naaste: row.naaste,
      recorded_by: row.by,
      recorded_by_name: row.byName,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function withdrawConsent(
  trx: Trx,
  tenantId: string,
  residentId: string,
  id: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('monitor_consents')
    .set({ withdrawn_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
