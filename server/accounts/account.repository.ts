import { sql } from 'kysely';
import type { Role } from '../../shared/auth/roles.js';
import type { Db, Trx } from '../db/database.js';
import type { AccountRow } from './account.table.js';

type Executor = Db | Trx;

export function findAccountByEmail(db: Executor, email: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findAccount(db: Executor, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAccountByInviteHash(
  db: Executor,
  tokenHash: string,
): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('invite_token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function insertAccount(
  db: Executor,
  account: {
    email: string;
    name: string;
    passwordHash: string | null;
    mustChangePassword?: boolean;
  },
): Promise<AccountRow> {
  return db
    .insertInto('accounts')
    .values({
      email: account.email.trim().toLowerCase(),
      name: account.name,
      password_hash: account.passwordHash,
      must_change_password: account.mustChangePassword ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Counts a failed login and locks the account once the limit is reached. A lock that has run
 * out starts the count afresh: one slip after a lock must not lock the account again.
 */
export async function recordFailedLogin(
  db: Executor,
  id: string,
  maxFailures: number,
  lockMinutes: number,
): Promise<{ lockedUntil: Date | null }> {
  const row = await db
    .updateTable('accounts')
    .set(() => {
      const count = sql<number>`(case when locked_until <= now() then 0 else failed_logins end) + 1`;
      return {
        failed_logins: count,
        locked_until: sql<Date | null>`case when ${count} >= ${maxFailures}
          then now() + make_interval(mins => ${lockMinutes})
          when locked_until <= now() then null else locked_until end`,
      };
    })
    .where('id', '=', id)
    .returning(['locked_until'])
    .executeTakeFirstOrThrow();
  return { lockedUntil: row.locked_until };
}

export async function recordSuccessfulLogin(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ failed_logins: 0, locked_until: null, last_login_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setPassword(db: Executor, id: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({
      password_hash: passwordHash,
      invite_token_hash: null,
      invite_expires_at: null,
      failed_logins: 0,
      locked_until: null,
      must_change_password: false,
    })
    .where('id', '=', id)
    .execute();
}

export async function setInvitation(
  db: Executor,
  id: string,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ invite_token_hash: tokenHash, invite_expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  invitePending: boolean;
  lastLoginAt: Date | null;
}

const memberColumns = [
  'a.id',
  'a.name',
  'a.email',
  'm.role',
  'm.active',
  'a.last_login_at as lastLoginAt',
] as const;

/** The direct members of a tenant. Scoped by tenant here and by row-level security. */
export async function listMembers(db: Trx, tenantId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select(memberColumns)
    .select(sql<boolean>`a.password_hash is null`.as('invitePending'))
    .where('m.tenant_id', '=', tenantId)
    .orderBy('a.name')
    .execute();
  return rows;
}

export async function findMember(
  db: Trx,
  tenantId: string,
  accountId: string,
): Promise<MemberRow | undefined> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select(memberColumns)
    .select(sql<boolean>`a.password_hash is null`.as('invitePending'))
    .where('m.tenant_id', '=', tenantId)
    .where('m.account_id', '=', accountId)
    .executeTakeFirst();
}

export async function insertMembership(
  db: Trx,
  membership: { tenantId: string; accountId: string; role: Role },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      tenant_id: membership.tenantId,
      account_id: membership.accountId,
      role: membership.role,
    })
    .execute();
}

export async function updateMembership(
  db: Trx,
  tenantId: string,
  accountId: string,
  patch: { role?: Role; active?: boolean },
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ ...patch, updated_at: sql<Date>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .execute();
}

/**
 * Holds the tenant's row until the transaction ends, so that changes to its users happen one
 * after the other: two beheerders who take each other's rights at the same moment would each
 * still count the other, and leave the organisation without a beheerder.
 */
export async function lockTenantUsers(db: Trx, tenantId: string): Promise<void> {
  await db.selectFrom('tenants').select('id').where('id', '=', tenantId).forUpdate().execute();
}

export async function countActiveBeheerders(db: Trx, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('m.tenant_id', '=', tenantId)
    .where('m.role', '=', 'beheerder')
    .where('m.active', '=', true)
    .where('a.active', '=', true)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The tenant where events about an account without a tenant in scope are logged. */
export async function firstTenantOf(db: Trx, accountId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('tenant_id')
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.tenant_id;
}

export async function setAccountActive(db: Executor, id: string, active: boolean): Promise<void> {
  await db.updateTable('accounts').set({ active }).where('id', '=', id).execute();
}

/** The tenants where an account is a direct member, whatever the tenant in scope. */
export async function tenantsOfAccount(db: Trx, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('tenant_id')
    .where('account_id', '=', accountId)
    .execute();
  return rows.map((r) => r.tenant_id);
}
