import type { Generated, Selectable } from 'kysely';

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database copy holds no usable session. */
  id: string;
  account_id: string;
  tenant_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
}
export type SessionRow = Selectable<SessionTable>;
