import type { AccountTable, MembershipTable } from '../accounts/account.table.js';
import type { AuditLogTable } from '../audit/audit.table.js';
import type { SessionTable } from '../sessions/session.table.js';
import type { TenantLinkTable, TenantTable } from '../tenants/tenant.table.js';

export interface Database {
  tenants: TenantTable;
  tenant_links: TenantLinkTable;
  accounts: AccountTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
}
