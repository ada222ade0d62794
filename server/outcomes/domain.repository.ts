import type { DomainSet } from '../../shared/outcomes/vocabulary.js';
import type { Trx } from '../db/database.js';

/**
 * SQL for the Leefgebieden-monitor's domains: the chosen default set and local domains. Every function takes the tenant id and filters on it
 * (wall one); row-level security is wall two.
 */

export async function findDomainSet(trx: Trx, tenantId: string): Promise<DomainSet> {
  const row = await trx
    .selectFrom('outcome_settings')
    .select('domain_set')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row?.domain_set ?? 'mvo';
}

export async function saveDomainSet(
  trx: Trx,
  tenantId: string,
  set: DomainSet,
  by: string | null,
): Promise<void> {
  await trx
    .insertInto('outcome_settings')
    .values({ tenant_id: tenantId, domain_set: set, updated_by: by })
    .onConflict((oc) =>
      oc
        .column('tenant_id')
        .doUpdateSet({ domain_set: set, updated_by: by, updated_at: new Date() }),
    )
    .execute();
}

export function listLocalDomains(trx: Trx, tenantId: string) {
  return trx
    .selectFrom('outcome_local_domains')
    .select(['code', 'name', 'resident_name', 'active'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

export async function insertLocalDomain(
  trx: Trx,
  row: { tenantId: string; code: string; name: string; residentName: string; by: string | null },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('outcome_local_domains')
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      name: row.name,
      resident_name: row.residentName,
      created_by: row.by,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .returning('code')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function updateLocalDomain(
  trx: Trx,
  tenantId: string,
  code: string,
  patch: { resident_name?: string; active?: boolean },
) {
  return trx
    .updateTable('outcome_local_domains')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .returning(['code', 'name', 'resident_name', 'active'])
    .executeTakeFirst();
}
