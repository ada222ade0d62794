import type { Generated, Selectable } from 'kysely';

export interface AuditLogTable {
  tenant_id: string;
  id: Generated<string>;
  occurred_at: Generated<Date>;
  account_id: string | null;
  actor: string;
  action: string;
  object_type: string | null;
  object_id: string | null;
  purpose: string;
  details: Generated<Record<string, unknown>>;
}
export type AuditLogRow = Selectable<AuditLogTable>;
