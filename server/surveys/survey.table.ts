import type { Generated, Selectable } from 'kysely';

export interface SurveyTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  year: number;
  template: string;
  status: Generated<'concept' | 'veldwerk' | 'gesloten'>;
  reminder_after_days: Generated<number>;
  retention_days: Generated<number>;
  personal_data_deleted_at: Date | null;
  /** Phone number printed on letters for help or a paper form (migration 2026-11-23T2130). */
  help_phone: string | null;
  /** The date letters ask to answer by (yyyy-mm-dd). */
  answer_before: string | null;
  /** Key of the counting rule for results, `id@versie` (migration 2026-11-24T0900). */
  counting_rule: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export type SurveyRow = Selectable<SurveyTable>;

export interface SurveyGemeenteTable {
  tenant_id: string;
  survey_id: string;
  gemeente_id: string;
}

export interface QuestionnaireVersionTable {
  tenant_id: string;
  survey_id: string;
  version: number;
  definition: unknown;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface TenantSecretTable {
  tenant_id: string;
  purpose: 'bsn';
  secret: Uint8Array;
  created_at: Generated<Date>;
}

export interface ClientImportTable {
  tenant_id: string;
  survey_id: string;
  id: Generated<string>;
  file_name: string;
  accepted: number;
  rejected: number;
  rejections: unknown;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** A person in a gemeente's client register, for one survey. Deleted after fieldwork. */
export interface ClientTable {
  tenant_id: string;
  survey_id: string;
  id: Generated<string>;
  gemeente_id: string;
  client_number: string;
  bsn_hash: string | null;
  name: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  birth_year: number | null;
  sex: 'm' | 'v' | 'x' | null;
  product_category: string | null;
  start_date: string | null;
  end_date: string | null;
  opted_out: Generated<boolean>;
  import_id: string | null;
  created_at: Generated<Date>;
}

export interface InvitationTable {
  tenant_id: string;
  survey_id: string;
  id: Generated<string>;
  client_id: string;
  gemeente_id: string;
  code_hash: string;
  /** The code itself, only while letters and reminders may still be printed. */
  code: string | null;
  invited_at: Generated<Date>;
  reminded_at: Date | null;
  /** When the invitation letter was printed (migration 2026-11-23T2130). */
  letter_at: Date | null;
  used: Generated<boolean>;
  used_channel: 'online' | 'papier' | 'telefoon' | null;
}

export interface ResponseDraftTable {
  tenant_id: string;
  invitation_id: string;
  answers: unknown;
  helped: string | null;
  updated_at: Generated<Date>;
  /** Raised by every save: a save computed from an older read is refused (optimistic lock). */
  revision: Generated<number>;
}

/** An anonymous response: nothing in it leads back to the invitation or the client. */
export interface ResponseTable {
  tenant_id: string;
  survey_id: string;
  id: Generated<string>;
  gemeente_id: string;
  questionnaire_version: number;
  channel: 'online' | 'papier' | 'telefoon';
  answers: unknown;
  submitted_on: string;
  /** iWmo productcategorie of the invitee's voorziening (for breakdowns; not a key). */
  product_category: string | null;
}
