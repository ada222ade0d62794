import type { Db } from '../db/database.js';
import { readGemeenten } from '../reference/gemeenten.js';
import { findPlatformTenant, insertTenant, upsertGemeenten } from '../tenants/tenant.repository.js';
import type { TenantRow } from '../tenants/tenant.table.js';

export const PLATFORM_TENANT_NAME = 'Meetwerk platformbeheer';

/**
 * Brings the reference data in line with this release: the platform tenant, and every gemeente
 * of the CBS indeling as a tenant. Safe to run on every start.
 */
export async function syncReferenceData(db: Db): Promise<TenantRow> {
  await upsertGemeenten(db, readGemeenten());
  return (
    (await findPlatformTenant(db)) ??
    (await insertTenant(db, { kind: 'platform', name: PLATFORM_TENANT_NAME }))
  );
}
