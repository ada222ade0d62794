import type { ColumnType, Generated, Selectable } from 'kysely';

/** `numeric` columns arrive as text from both drivers; we write numbers. */
type Numeric = ColumnType<string, number | string, number | string>;

export interface RegistrationSettingsTable {
  tenant_id: string;
  weight_professional: Numeric;
  weight_stagiair: Numeric;
  weight_vrijwilliger: Numeric;
  default_request_minutes: number;
  edit_window_hours: number;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface RegistrationCodeTable {
  tenant_id: string;
  code: string;
  kind: 'taak' | 'resultaat';
  /** Null for a default code (only switched off here). */
  name: string | null;
  definition: string | null;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface StadsdeelTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
}

export interface LocationTable {
  tenant_id: string;
  id: Generated<string>;
  stadsdeel_id: string;
  code: string;
  name: string;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}
export type LocationRow = Selectable<LocationTable>;

export interface LocationCapacityTable {
  tenant_id: string;
  location_id: string;
  week: string;
  staff_type: 'professional' | 'stagiair' | 'vrijwilliger';
  hours: Numeric;
  updated_at: Generated<Date>;
}

export interface RegistrationImportTable {
  tenant_id: string;
  id: Generated<string>;
  kind: 'locaties' | 'registraties' | 'capaciteit';
  file_name: string;
  accepted: number;
  rejected: number;
  rejections: unknown;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface RegistrationTable {
  tenant_id: string;
  id: Generated<string>;
  location_id: string;
  /** yyyy-mm-dd (dates are kept as text, see database.ts). */
  contact_date: string;
  channel: string;
  tasks: string[];
  minutes: number;
  result: string;
  age_group: string;
  not_digital: boolean;
  language_barrier: boolean;
  client_reference: string | null;
  created_by: string | null;
  import_id: string | null;
  created_at: Generated<Date>;
}
export type RegistrationRow = Selectable<RegistrationTable>;

export interface RegistrationPeriodTotalTable {
  tenant_id: string;
  kind: 'week' | 'maand';
  period: string;
  location_id: string;
  contacts: number;
  minutes: number;
  not_digital: number;
  language_barrier: number;
}

export interface RegistrationPeriodTaskTable {
  tenant_id: string;
  kind: 'week' | 'maand';
  period: string;
  location_id: string;
  task: string;
  contacts: number;
}

export interface RegistrationPreferenceTable {
  tenant_id: string;
  account_id: string;
  location_id: string;
  updated_at: Generated<Date>;
}

export interface WaitingRequestTable {
  tenant_id: string;
  id: Generated<string>;
  location_id: string;
  requested_on: string;
  task: string;
  status: Generated<'wachtend' | 'gestart' | 'vervallen'>;
  started_on: string | null;
  lapsed_on: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}
export type WaitingRequestRow = Selectable<WaitingRequestTable>;
