import type { Generated, Selectable } from 'kysely';
import type { Role } from '../../shared/auth/roles.js';

/** A person who can log in. Not tenant-owned: one account may work for several tenants. */
export interface AccountTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  invite_token_hash: string | null;
  invite_expires_at: Date | null;
  created_at: Generated<Date>;
  last_login_at: Date | null;
  must_change_password: Generated<boolean>;
}
export type AccountRow = Selectable<AccountTable>;

/** An account's role in one tenant. Tenant-owned, protected by row-level security. */
export interface MembershipTable {
  tenant_id: string;
  account_id: string;
  role: Role;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type MembershipRow = Selectable<MembershipTable>;
