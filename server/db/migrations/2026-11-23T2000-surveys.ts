import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Client experience surveys (M1). Anonymity is built into the tables: `responses` has no key,
// id or time that leads back to an invitation or a client. An invitation only records that it
// was used and through which channel.

const TENANT_OWNED = [
  'surveys',
  'survey_gemeenten',
  'questionnaire_versions',
  'tenant_secrets',
  'client_imports',
  'clients',
  'invitations',
  'response_drafts',
  'responses',
];

const statements = [
  `
  create table surveys (
    tenant_id uuid not null references tenants (id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    name text not null check (length(name) between 2 and 200),
    year integer not null check (year between 2015 and 2100),
    template text not null,
    status text not null default 'concept' check (status in ('concept', 'veldwerk', 'gesloten')),
    reminder_after_days integer not null default 14 check (reminder_after_days between 1 and 120),
    retention_days integer not null default 60 check (retention_days between 1 and 730),
    personal_data_deleted_at timestamptz,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )
  `,
  `
  create table survey_gemeenten (
    tenant_id uuid not null,
    survey_id uuid not null,
    gemeente_id uuid not null references tenants (id),
    primary key (tenant_id, survey_id, gemeente_id),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `
  create table questionnaire_versions (
    tenant_id uuid not null,
    survey_id uuid not null,
    version integer not null check (version >= 1),
    definition jsonb not null,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, survey_id, version),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `
  create table tenant_secrets (
    tenant_id uuid not null references tenants (id) on delete cascade,
    purpose text not null check (purpose in ('bsn')),
    secret bytea not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, purpose)
  )
  `,
  `
  create table client_imports (
    tenant_id uuid not null,
    survey_id uuid not null,
    id uuid not null default gen_random_uuid(),
    file_name text not null,
    accepted integer not null,
    rejected integer not null,
    rejections jsonb not null default '[]'::jsonb,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `
  create table clients (
    tenant_id uuid not null,
    survey_id uuid not null,
    id uuid not null default gen_random_uuid(),
    gemeente_id uuid not null references tenants (id),
    client_number text not null,
    bsn_hash text,
    name text,
    address text,
    postcode text,
    city text,
    birth_year integer,
    sex text check (sex in ('m', 'v', 'x')),
    product_category text check (product_category ~ '^[0-9]{2}$'),
    start_date date,
    end_date date,
    opted_out boolean not null default false,
    import_id uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, survey_id, gemeente_id, client_number),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `
  create table invitations (
    tenant_id uuid not null,
    survey_id uuid not null,
    id uuid not null default gen_random_uuid(),
    client_id uuid not null,
    gemeente_id uuid not null references tenants (id),
    code_hash text not null,
    code text,
    invited_at timestamptz not null default now(),
    reminded_at timestamptz,
    used boolean not null default false,
    used_channel text check (used_channel in ('online', 'papier', 'telefoon')),
    primary key (tenant_id, id),
    unique (tenant_id, survey_id, client_id),
    unique (tenant_id, code_hash),
    foreign key (tenant_id, client_id) references clients (tenant_id, id) on delete cascade,
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `create index invitations_code on invitations (code_hash)`,
  // A respondent types only a code, before any tenant is known. This function tells which
  // tenant a code belongs to, and nothing else; the rest is read under that tenant's scope.
  `
  create function meetwerk_invitation_tenant(p_code_hash text) returns uuid
    language sql stable security definer set search_path = public as
    $$ select tenant_id from invitations where code_hash = p_code_hash limit 1 $$
  `,
  `grant execute on function meetwerk_invitation_tenant(text) to meetwerk_app`,
  `
  create table response_drafts (
    tenant_id uuid not null,
    invitation_id uuid not null,
    answers jsonb not null default '{}'::jsonb,
    helped text,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, invitation_id),
    foreign key (tenant_id, invitation_id) references invitations (tenant_id, id) on delete cascade
  )
  `,
  `
  create table responses (
    tenant_id uuid not null,
    survey_id uuid not null,
    id uuid not null default gen_random_uuid(),
    gemeente_id uuid not null references tenants (id),
    questionnaire_version integer not null,
    channel text not null check (channel in ('online', 'papier', 'telefoon')),
    answers jsonb not null,
    submitted_on date not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `create index responses_survey on responses (tenant_id, survey_id, gemeente_id)`,
  `create index clients_survey on clients (tenant_id, survey_id, gemeente_id)`,
  `create index invitations_survey on invitations (tenant_id, survey_id, gemeente_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  for (const table of TENANT_OWNED) {
    await sql.raw(`alter table ${table} enable row level security`).execute(db);
    await sql.raw(`alter table ${table} force row level security`).execute(db);
    await sql
      .raw(
        `create policy ${table}_scope on ${table}
           using (tenant_id = meetwerk_tenant()) with check (tenant_id = meetwerk_tenant())`,
      )
      .execute(db);
    await sql.raw(`grant select, insert, update, delete on ${table} to meetwerk_app`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists meetwerk_invitation_tenant(text)`.execute(db);
  for (const table of [...TENANT_OWNED].reverse()) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
}
