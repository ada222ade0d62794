import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { SessionRow } from './session.table.js';

export async function insertSession(
  db: Db,
  session: { id: string; accountId: string; tenantId: string; csrfToken: string; expiresAt: Date },
): Promise<SessionRow> {
  return db
    .insertInto('sessions')
    .values({
      id: session.id,
      account_id: session.accountId,
      tenant_id: session.tenantId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface LiveSessionRow extends SessionRow {
  accountName: string;
  accountEmail: string;
  accountActive: boolean;
  mustChangePassword: boolean;
}

/** A session that has neither passed its end nor been idle too long, with its account. */
export function findLiveSession(
  db: Db,
  id: string,
  idleMinutes: number,
): Promise<LiveSessionRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .selectAll('s')
    .select([
      'a.name as accountName',
      'a.email as accountEmail',
      'a.active as accountActive',
      'a.must_change_password as mustChangePassword',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where(sql<boolean>`s.last_seen_at > now() - make_interval(mins => ${idleMinutes})`)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setSessionTenant(db: Db, id: string, tenantId: string): Promise<void> {
  await db.updateTable('sessions').set({ tenant_id: tenantId }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfAccount(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
}

export async function deleteExpiredSessions(db: Db, idleMinutes: number): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb(sql<Date>`last_seen_at`, '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteOtherSessions(
  db: Db,
  accountId: string,
  keepId: string,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('account_id', '=', accountId)
    .where('id', '!=', keepId)
    .execute();
}
