import { sql, type Insertable } from 'kysely';
import type { Trx } from '../db/database.js';
import type { LocationCapacityTable } from './registration.table.js';

/** The SQL of a gemeente's registration catalogue: settings, codes, locations and capacity. */

// ---------------------------------------------------------------------------------------------
// Settings

export function findSettings(db: Trx, tenantId: string) {
  return db
    .selectFrom('registration_settings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
}

export async function saveSettings(
  db: Trx,
  row: {
    tenantId: string;
    weights: { professional: number; stagiair: number; vrijwilliger: number };
    defaultRequestMinutes: number;
    editWindowHours: number;
    updatedBy: string | null;
  },
): Promise<void> {
  const values = {
    weight_professional: row.weights.professional,
    weight_stagiair: row.weights.stagiair,
    weight_vrijwilliger: row.weights.vrijwilliger,
    default_request_minutes: row.defaultRequestMinutes,
    edit_window_hours: row.editWindowHours,
    updated_by: row.updatedBy,
  };
  await db
    .insertInto('registration_settings')
    .values({ tenant_id: row.tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Codes

export function listCodeRows(db: Trx, tenantId: string) {
  return db
    .selectFrom('registration_codes')
    .select(['code', 'kind', 'name', 'definition', 'active'])
    .where('tenant_id', '=', tenantId)
    .orderBy('code')
    .execute();
}

export async function insertLocalCode(
  db: Trx,
  row: {
    tenantId: string;
    code: string;
    kind: 'taak' | 'resultaat';
    name: string;
    definition: string;
    createdBy: string | null;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('registration_codes')
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      kind: row.kind,
      name: row.name,
      definition: row.definition,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Switches a code on or off; a default code gets a row of its own (no name) the first time. */
export async function setCodeActive(
  db: Trx,
  row: {
    tenantId: string;
    code: string;
    kind: 'taak' | 'resultaat';
    active: boolean;
    by: string | null;
  },
): Promise<void> {
  await db
    .insertInto('registration_codes')
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      kind: row.kind,
      active: row.active,
      created_by: row.by,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet({ active: row.active }))
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Locations

export interface LocationView {
  id: string;
  code: string;
  name: string;
  active: boolean;
  stadsdeelId: string;
  stadsdeel: string;
}

export function listLocations(db: Trx, tenantId: string): Promise<LocationView[]> {
  return db
    .selectFrom('locations as l')
    .innerJoin('stadsdelen as s', (j) =>
      j.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.stadsdeel_id'),
    )
    .select(['l.id', 'l.code', 'l.name', 'l.active', 's.id as stadsdeelId', 's.name as stadsdeel'])
    .where('l.tenant_id', '=', tenantId)
    .orderBy('s.name')
    .orderBy('l.name')
    .execute();
}

export function listStadsdelen(db: Trx, tenantId: string) {
  return db
    .selectFrom('stadsdelen')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

/** The id of the stadsdeel with this name (any capitals), made when it is new. */
export async function ensureStadsdeel(db: Trx, tenantId: string, name: string): Promise<string> {
  const found = await db
    .selectFrom('stadsdelen')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
  if (found) return found.id;
  const made = await db
    .insertInto('stadsdelen')
    .values({ tenant_id: tenantId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return made.id;
}

export async function upsertLocation(
  db: Trx,
  row: { tenantId: string; stadsdeelId: string; code: string; name: string },
): Promise<{ id: string; inserted: boolean }> {
  const existing = await db
    .selectFrom('locations')
    .select('id')
    .where('tenant_id', '=', row.tenantId)
    .where(sql<string>`upper(code)`, '=', row.code.toUpperCase())
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('locations')
      .set({ name: row.name, stadsdeel_id: row.stadsdeelId })
      .where('tenant_id', '=', row.tenantId)
      .where('id', '=', existing.id)
      .execute();
    return { id: existing.id, inserted: false };
  }
  const made = await db
    .insertInto('locations')
    .values({
      tenant_id: row.tenantId,
      stadsdeel_id: row.stadsdeelId,
      code: row.code,
      name: row.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: made.id, inserted: true };
}

export async function updateLocation(
  db: Trx,
  tenantId: string,
  id: string,
  patch: { name?: string; stadsdeel_id?: string; active?: boolean },
): Promise<boolean> {
  if (Object.keys(patch).length === 0) return true;
  const result = await db
    .updateTable('locations')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ---------------------------------------------------------------------------------------------
// Capacity

export async function upsertCapacity(
  db: Trx,
  rows: readonly Insertable<LocationCapacityTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    await db
      .insertInto('location_capacity')
      .values(rows.slice(start, start + 5000))
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'location_id', 'week', 'staff_type'])
          .doUpdateSet((eb) => ({ hours: eb.ref('excluded.hours'), updated_at: sql`now()` })),
      )
      .execute();
  }
}

export function listCapacity(
  db: Trx,
  tenantId: string,
  filter: { fromWeek?: string; toWeek?: string; locationIds?: readonly string[] },
) {
  let query = db
    .selectFrom('location_capacity')
    .select(['location_id', 'week', 'staff_type', sql<number>`hours::float8`.as('hours')])
    .where('tenant_id', '=', tenantId);
  if (filter.fromWeek) query = query.where('week', '>=', filter.fromWeek);
  if (filter.toWeek) query = query.where('week', '<=', filter.toWeek);
  if (filter.locationIds) {
    if (filter.locationIds.length === 0) return Promise.resolve([]);
    query = query.where('location_id', 'in', filter.locationIds);
  }
  return query.orderBy('week').orderBy('location_id').orderBy('staff_type').execute();
}
