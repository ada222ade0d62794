import type { Generated, Selectable } from 'kysely';
import type { DomainSet, GoalStatus, TeamRole } from '../../shared/outcomes/vocabulary.js';

export interface OutcomeSettingsTable {
  tenant_id: string;
  domain_set: Generated<DomainSet>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface OutcomeLocalDomainTable {
  tenant_id: string;
  code: string;
  name: string;
  resident_name: string;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface WijkteamTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  created_at: Generated<Date>;
}

export interface WijkteamMemberTable {
  tenant_id: string;
  wijkteam_id: string;
  account_id: string;
  role: Generated<TeamRole>;
  created_at: Generated<Date>;
}

export interface MonitorResidentTable {
  tenant_id: string;
  id: Generated<string>;
  wijkteam_id: string;
  reference: string;
  birth_year: number | null;
  code_hash: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}
export type MonitorResidentRow = Selectable<MonitorResidentTable>;

export interface MonitorConsentTable {
  tenant_id: string;
  id: Generated<string>;
  resident_id: string;
  naaste: string;
  recorded_by: string | null;
  recorded_by_name: string;
  recorded_at: Generated<Date>;
  withdrawn_at: Date | null;
}
export type MonitorConsentRow = Selectable<MonitorConsentTable>;

export interface MonitorMeasurementTable {
  tenant_id: string;
  id: Generated<string>;
  resident_id: string;
  /** `yyyy-mm-dd` (dates arrive as text). */
  measured_on: string;
  source: 'gesprek' | 'zelf';
  life_satisfaction: number | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type MonitorMeasurementRow = Selectable<MonitorMeasurementTable>;

export interface MonitorMeasurementDomainTable {
  tenant_id: string;
  measurement_id: string;
  resident_id: string;
  domain_code: string;
  position: number;
  resident_mark: number | null;
  professional_mark: number | null;
  naaste_mark: number | null;
  self_sufficiency: number | null;
  self_sufficiency_on: string | null;
}
export type MonitorMeasurementDomainRow = Selectable<MonitorMeasurementDomainTable>;

export interface MonitorGoalTable {
  tenant_id: string;
  id: Generated<string>;
  resident_id: string;
  measurement_id: string | null;
  domain_code: string;
  description: string;
  target_date: string | null;
  status: Generated<GoalStatus>;
  closed_on: string | null;
  created_at: Generated<Date>;
}
export type MonitorGoalRow = Selectable<MonitorGoalTable>;
