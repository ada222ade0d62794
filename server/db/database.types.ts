import type { AccountTable, MembershipTable } from '../accounts/account.table.js';
import type { AuditLogTable } from '../audit/audit.table.js';
import type { SessionTable } from '../sessions/session.table.js';
import type {
  ClientImportTable,
  ClientTable,
  InvitationTable,
  QuestionnaireVersionTable,
  ResponseDraftTable,
  ResponseTable,
  SurveyGemeenteTable,
  SurveyTable,
  TenantSecretTable,
} from '../surveys/survey.table.js';
import type { TenantLinkTable, TenantTable } from '../tenants/tenant.table.js';

export interface Database {
  tenants: TenantTable;
  tenant_links: TenantLinkTable;
  accounts: AccountTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  surveys: SurveyTable;
  survey_gemeenten: SurveyGemeenteTable;
  questionnaire_versions: QuestionnaireVersionTable;
  tenant_secrets: TenantSecretTable;
  client_imports: ClientImportTable;
  clients: ClientTable;
  invitations: InvitationTable;
  response_drafts: ResponseDraftTable;
  responses: ResponseTable;
}
