import type { AuditAction } from '../../shared/api/audit.schema.js';
import type { AuditEntry } from '../../shared/api/audit.schema.js';
import type { Actor } from '../auth/actor.js';
import type { Trx } from '../db/database.js';
import {
  countAuditEntries,
  insertAuditEntry,
  listAuditEntries,
  type AuditEntryRow,
  type AuditFilter,
} from './audit.repository.js';

/** Why personal data is processed: the purposes the audit log names (doelbinding). */
export const PURPOSES = {
  security: 'Beveiliging en toegang',
  userAdmin: 'Beheer van gebruikers',
  accountability: 'Verantwoording (auditlog)',
  tenantAdmin: 'Beheer van de organisatie',
} as const;

export interface AuditEvent {
  action: AuditAction;
  purpose: string;
  objectType?: string;
  objectId?: string;
  details?: Record<string, unknown>;
}

/**
 * Who does something, for the audit log: a logged-in actor, or an operator on the command line
 * (no account). An `Actor` is a `Who`.
 */
export interface Who {
  tenantId: string;
  accountId: string | null;
  name: string;
}

/** Records an event in the same transaction as the work it describes. */
export function audit(trx: Trx, who: Who, event: AuditEvent): Promise<void> {
  return insertAuditEntry(trx, {
    tenantId: who.tenantId,
    accountId: who.accountId,
    actor: who.name,
    ...event,
  });
}

export function auditAs(
  trx: Trx,
  who: { tenantId: string; accountId: string | null; actor: string },
  event: AuditEvent,
): Promise<void> {
  return insertAuditEntry(trx, { ...who, ...event });
}

export function presentAuditEntry(row: AuditEntryRow): AuditEntry {
  return {
    id: row.id,
    tijdstip: row.occurredAt.toISOString(),
    account: row.accountId ? { id: row.accountId, naam: row.accountName ?? row.actor } : null,
    actor: row.actor,
    actie: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    doel: row.purpose,
    details: row.details,
  };
}

export async function readAuditPage(
  trx: Trx,
  actor: Actor,
  filter: AuditFilter,
  page: { page: number; perPage: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const [total, rows] = await Promise.all([
    countAuditEntries(trx, actor.tenantId, filter),
    listAuditEntries(trx, actor.tenantId, filter, {
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    }),
  ]);
  await audit(trx, actor, {
    action: 'auditlog.gelezen',
    purpose: PURPOSES.accountability,
    details: { filter: { ...filter }, pagina: page.page },
  });
  return { entries: rows.map(presentAuditEntry), total };
}
