import type { Insertable } from 'kysely';
import type { Trx } from '../db/database.js';
import type { WaitingRequestTable } from './registration.table.js';

/** The SQL of the waiting list. */

// Waiting list

export type NewWaitingRow = Insertable<WaitingRequestTable>;

export function insertWaitingRequest(db: Trx, row: NewWaitingRow) {
  return db.insertInto('waiting_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findWaitingRequest(db: Trx, tenantId: string, id: string) {
  return db
    .selectFrom('waiting_requests')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateWaitingRequest(
  db: Trx,
  tenantId: string,
  id: string,
  patch: {
    status: 'wachtend' | 'gestart' | 'vervallen';
    started_on: string | null;
    lapsed_on: string | null;
  },
) {
  return db
    .updateTable('waiting_requests')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listWaitingRequests(
  db: Trx,
  tenantId: string,
  filter: { locationIds?: readonly string[]; status?: string; until?: string },
) {
  let query = db.selectFrom('waiting_requests').selectAll().where('tenant_id', '=', tenantId);
  if (filter.locationIds) {
    if (filter.locationIds.length === 0) return Promise.resolve([]);
    query = query.where('location_id', 'in', filter.locationIds);
  }
  if (filter.status) query = query.where('status', '=', filter.status as 'wachtend');
  if (filter.until) query = query.where('requested_on', '<=', filter.until);
  return query.orderBy('requested_on').orderBy('created_at').execute();
}
