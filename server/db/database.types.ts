import type { AccountTable, MembershipTable } from '../accounts/account.table.js';
import type { AuditLogTable } from '../audit/audit.table.js';
import type {
  LocationCapacityTable,
  LocationTable,
  RegistrationCodeTable,
  RegistrationPeriodTaskTable,
  RegistrationPeriodTotalTable,
  RegistrationImportTable,
  RegistrationPreferenceTable,
  RegistrationSettingsTable,
  RegistrationTable,
  StadsdeelTable,
  WaitingRequestTable,
} from '../registrations/registration.table.js';
import type {
  ResultBuildTable,
  ResultCountTable,
  ResultPopulationTable,
} from '../results/results.table.js';
import type {
  MonitorConsentTable,
  MonitorGoalTable,
  MonitorMeasurementDomainTable,
  MonitorMeasurementTable,
  MonitorResidentTable,
  OutcomeLocalDomainTable,
  OutcomeSettingsTable,
  WijkteamMemberTable,
  WijkteamTable,
} from '../outcomes/outcome.table.js';
import type { JobResultChunkTable, JobTable } from '../jobs/job.table.js';
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
  jobs: JobTable;
  job_result_chunks: JobResultChunkTable;
  surveys: SurveyTable;
  survey_gemeenten: SurveyGemeenteTable;
  questionnaire_versions: QuestionnaireVersionTable;
  tenant_secrets: TenantSecretTable;
  client_imports: ClientImportTable;
  clients: ClientTable;
  invitations: InvitationTable;
  response_drafts: ResponseDraftTable;
  responses: ResponseTable;
  registration_settings: RegistrationSettingsTable;
  registration_codes: RegistrationCodeTable;
  stadsdelen: StadsdeelTable;
  locations: LocationTable;
  location_capacity: LocationCapacityTable;
  registration_imports: RegistrationImportTable;
  registrations: RegistrationTable;
  registration_period_totals: RegistrationPeriodTotalTable;
  registration_period_tasks: RegistrationPeriodTaskTable;
  registration_preferences: RegistrationPreferenceTable;
  waiting_requests: WaitingRequestTable;
  result_counts: ResultCountTable;
  result_builds: ResultBuildTable;
  result_population: ResultPopulationTable;
  outcome_settings: OutcomeSettingsTable;
  outcome_local_domains: OutcomeLocalDomainTable;
  wijkteams: WijkteamTable;
  wijkteam_members: WijkteamMemberTable;
  monitor_residents: MonitorResidentTable;
  monitor_consents: MonitorConsentTable;
  monitor_measurements: MonitorMeasurementTable;
  monitor_measurement_domains: MonitorMeasurementDomainTable;
  monitor_goals: MonitorGoalTable;
}
