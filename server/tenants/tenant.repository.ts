import { sql } from 'kysely';
import type { Role } from '../../shared/auth/roles.js';
import type { Db, Trx } from '../db/database.js';
import type { TenantRow, TenantTable } from './tenant.table.js';
import type { Updateable } from 'kysely';

type Executor = Db | Trx;

export interface TenantAccessRow {
  tenant: TenantRow;
  role: Role;
  /** The bureau through which the account works for this tenant, when not a direct member. */
  viaTenantId: string | null;
}

export function findTenant(db: Executor, id: string): Promise<TenantRow | undefined> {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findTenantByCbsCode(db: Executor, cbsCode: string): Promise<TenantRow | undefined> {
  return db.selectFrom('tenants').selectAll().where('cbs_code', '=', cbsCode).executeTakeFirst();
}

export function findPlatformTenant(db: Executor): Promise<TenantRow | undefined> {
  return db.selectFrom('tenants').selectAll().where('kind', '=', 'platform').executeTakeFirst();
}

/**
 * The tenants an account may work in, with its role there: its own active memberships, and the
 * gemeenten that a bureau it belongs to works for (with the role it has at the bureau). Row-level
 * security lets an account read its own memberships whatever the tenant in scope.
 */
export async function listTenantAccess(db: Trx, accountId: string): Promise<TenantAccessRow[]> {
  const direct = await db
    .selectFrom('memberships as m')
    .innerJoin('tenants as t', 't.id', 'm.tenant_id')
    .selectAll('t')
    .select(['m.role as role'])
    .where('m.account_id', '=', accountId)
    .where('m.active', '=', true)
    .execute();
  const viaBureau = await db
    .selectFrom('memberships as m')
    .innerJoin('tenant_links as l', (join) =>
      join.onRef('l.parent_id', '=', 'm.tenant_id').on('l.kind', '=', 'werkt_voor'),
    )
    .innerJoin('tenants as t', 't.id', 'l.child_id')
    .selectAll('t')
    .select(['m.role as role', 'm.tenant_id as via'])
    .where('m.account_id', '=', accountId)
    .where('m.active', '=', true)
    .execute();
  const byTenant = new Map<string, TenantAccessRow>();
  for (const { role, ...tenant } of direct) {
    byTenant.set(tenant.id, { tenant, role, viaTenantId: null });
  }
  for (const { role, via, ...tenant } of viaBureau) {
    if (!byTenant.has(tenant.id)) byTenant.set(tenant.id, { tenant, role, viaTenantId: via });
  }
  return [...byTenant.values()].sort(
    (a, b) =>
      Number(b.viaTenantId === null) - Number(a.viaTenantId === null) ||
      a.tenant.name.localeCompare(b.tenant.name, 'nl'),
  );
}

export async function updateTenant(
  db: Trx,
  id: string,
  patch: Updateable<TenantTable>,
): Promise<TenantRow> {
  return db
    .updateTable('tenants')
    .set({ ...patch, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listGemeenten(db: Executor) {
  return db
    .selectFrom('tenants')
    .select(['cbs_code', 'name', 'province'])
    .where('kind', '=', 'gemeente')
    .where('cbs_code', 'is not', null)
    .orderBy('name')
    .execute();
}

export interface NewTenant {
  kind: TenantRow['kind'];
  name: string;
  cbs_code?: string | null;
  province?: string | null;
  inhabitants?: number | null;
}

export function insertTenant(db: Executor, tenant: NewTenant): Promise<TenantRow> {
  return db.insertInto('tenants').values(tenant).returningAll().executeTakeFirstOrThrow();
}

/** Adds gemeenten that are new and updates name, province and size of known ones. */
export async function upsertGemeenten(
  db: Executor,
  gemeenten: { cbsCode: string; name: string; province: string; inhabitants: number | null }[],
): Promise<void> {
  if (gemeenten.length === 0) return;
  await db
    .insertInto('tenants')
    .values(
      gemeenten.map((g) => ({
        kind: 'gemeente' as const,
        cbs_code: g.cbsCode,
        name: g.name,
        province: g.province,
        inhabitants: g.inhabitants,
      })),
    )
    .onConflict((oc) =>
      oc.column('cbs_code').doUpdateSet((eb) => ({
        province: eb.ref('excluded.province'),
        inhabitants: eb.ref('excluded.inhabitants'),
      })),
    )
    .execute();
}

export async function linkTenants(
  db: Executor,
  parentId: string,
  childIds: string[],
  kind: 'werkt_voor' | 'omvat',
): Promise<void> {
  if (childIds.length === 0) return;
  await db
    .insertInto('tenant_links')
    .values(childIds.map((childId) => ({ parent_id: parentId, child_id: childId, kind })))
    .onConflict((oc) => oc.columns(['parent_id', 'child_id']).doNothing())
    .execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tenants with this name, ignoring case; names need not be unique. Compared here rather than in
 * SQL because `lower()` leaves letters such as Ö alone under the C locale.
 */
export async function findTenantsByName(db: Executor, name: string): Promise<TenantRow[]> {
  const wanted = name.trim().toLocaleLowerCase('nl');
  const all = await db.selectFrom('tenants').select(['id', 'name']).execute();
  const ids = all.filter((t) => t.name.toLocaleLowerCase('nl') === wanted).map((t) => t.id);
  if (ids.length === 0) return [];
  return db.selectFrom('tenants').selectAll().where('id', 'in', ids).orderBy('name').execute();
}

/**
 * The organisations linked (as `kind`) to every one of these gemeenten, by CBS code: who could
 * run one survey round for all of them.
 */
export function findOrganisationsLinkedToAll(
  db: Executor,
  cbsCodes: string[],
  kind: 'werkt_voor' | 'omvat',
): Promise<TenantRow[]> {
  const codes = [...new Set(cbsCodes)];
  return db
    .selectFrom('tenant_links as l')
    .innerJoin('tenants as g', 'g.id', 'l.child_id')
    .innerJoin('tenants as t', 't.id', 'l.parent_id')
    .selectAll('t')
    .where('l.kind', '=', kind)
    .where('g.cbs_code', 'in', codes)
    .groupBy('t.id')
    .having((eb) => eb.fn.count('g.id').distinct(), '=', codes.length)
    .orderBy('t.name')
    .execute();
}

/** A tenant named on the command line: `platform`, a CBS code such as GM0014, or an id. */
export function findTenantByRef(db: Executor, ref: string): Promise<TenantRow | undefined> {
  if (ref === 'platform') return findPlatformTenant(db);
  if (/^GM\d{4}$/i.test(ref)) return findTenantByCbsCode(db, ref.toUpperCase());
  if (UUID.test(ref)) return findTenant(db, ref);
  return Promise.resolve(undefined);
}
