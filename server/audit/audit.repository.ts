import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { Trx } from '../db/database.js';

export interface NewAuditEntry {
  tenantId: string;
  accountId: string | null;
  actor: string;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  purpose: string;
  details?: Record<string, unknown>;
}

export async function insertAuditEntry(db: Trx, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      tenant_id: entry.tenantId,
      account_id: entry.accountId,
      actor: entry.actor,
      action: entry.action,
      object_type: entry.objectType ?? null,
      object_id: entry.objectId ?? null,
      purpose: entry.purpose,
      details: sql<Record<string, unknown>>`${JSON.stringify(entry.details ?? {})}::jsonb`,
    })
    .execute();
}

export interface AuditFilter {
  action?: string | undefined;
  accountId?: string | undefined;
  objectType?: string | undefined;
  /** Inclusive start, as a date in Europe/Amsterdam. */
  from?: string | undefined;
  /** Inclusive end, as a date in Europe/Amsterdam. */
  to?: string | undefined;
}

export interface AuditEntryRow {
  id: string;
  occurredAt: Date;
  accountId: string | null;
  accountName: string | null;
  actor: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  purpose: string;
  details: Record<string, unknown>;
}

function filtered(
  db: Trx,
  tenantId: string,
  filter: AuditFilter,
): SelectQueryBuilder<Database, 'audit_log', object> {
  let query = db.selectFrom('audit_log').where('audit_log.tenant_id', '=', tenantId);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.accountId) query = query.where('audit_log.account_id', '=', filter.accountId);
  if (filter.objectType) query = query.where('audit_log.object_type', '=', filter.objectType);
  // Days are Dutch days: a filter "tot 3 maart" includes the whole of 3 March in Amsterdam.
  if (filter.from) {
    query = query.where(
      'audit_log.occurred_at',
      '>=',
      sql<Date>`(${filter.from}::date)::timestamp at time zone 'Europe/Amsterdam'`,
    );
  }
  if (filter.to) {
    query = query.where(
      'audit_log.occurred_at',
      '<',
      sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`,
    );
  }
  return query;
}

export async function countAuditEntries(
  db: Trx,
  tenantId: string,
  filter: AuditFilter,
): Promise<number> {
  const row = await filtered(db, tenantId, filter)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export function listAuditEntries(
  db: Trx,
  tenantId: string,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<AuditEntryRow[]> {
  return filtered(db, tenantId, filter)
    .leftJoin('accounts', 'accounts.id', 'audit_log.account_id')
    .select([
      sql<string>`audit_log.id::text`.as('id'),
      'audit_log.occurred_at as occurredAt',
      'audit_log.account_id as accountId',
      'accounts.name as accountName',
      'audit_log.actor',
      'audit_log.action',
      'audit_log.object_type as objectType',
      'audit_log.object_id as objectId',
      'audit_log.purpose',
      'audit_log.details',
    ])
    .orderBy('audit_log.occurred_at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
