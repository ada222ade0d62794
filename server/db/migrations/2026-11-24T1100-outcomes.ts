import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Leefgebieden-monitor (M4). Residents are pseudonymous: a team's own reference, the wijkteam and
// an optional birth year; no name, BSN or address. Default domains live in code (the same codes
// in every gemeente); a gemeente stores only its choice of set and its own `L-` domains.
// Every child row carries `resident_id`, so a policy per wijkteam can be written against one
// column (docs/adr/0010); `meetwerk.team_scope = 'eigen'` narrows a transaction to the residents
// of the account's own wijkteams (the second wall for professionals' requests).

const TENANT_OWNED = [
  'outcome_settings',
  'outcome_local_domains',
  'wijkteams',
  'wijkteam_members',
  'monitor_residents',
  'monitor_consents',
  'monitor_measurements',
  'monitor_measurement_domains',
  'monitor_goals',
];

/** Tables whose rows belong to one resident: narrowed further by team scope. */
const RESIDENT_OWNED = [
  'monitor_consents',
  'monitor_measurements',
  'monitor_measurement_domains',
  'monitor_goals',
];

const statements = [
  `
  create table outcome_settings (
    tenant_id uuid not null references tenants (id) on delete cascade,
    domain_set text not null default 'mvo' check (domain_set in ('mvo', 'zrm')),
    updated_by uuid,
    updated_at timestamptz not null default now(),
    primary key (tenant_id)
  )
  `,
  `
  create table outcome_local_domains (
    tenant_id uuid not null references tenants (id) on delete cascade,
    code text not null check (code ~ '^L-[A-Z0-9][A-Z0-9-]{0,29}$'),
    name text not null check (length(name) between 1 and 80),
    resident_name text not null check (length(resident_name) between 1 and 80),
    active boolean not null default true,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, code)
  )
  `,
  `
  create table wijkteams (
    tenant_id uuid not null references tenants (id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    name text not null check (length(name) between 1 and 100),
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )
  `,
  `create unique index wijkteams_name on wijkteams (tenant_id, lower(name))`,
  `
  create table wijkteam_members (
    tenant_id uuid not null,
    wijkteam_id uuid not null,
    account_id uuid not null references accounts (id) on delete cascade,
    role text not null default 'lid' check (role in ('lid', 'teamleider')),
    created_at timestamptz not null default now(),
    primary key (tenant_id, wijkteam_id, account_id),
    foreign key (tenant_id, wijkteam_id) references wijkteams (tenant_id, id) on delete cascade
  )
  `,
  `create index wijkteam_members_account on wijkteam_members (tenant_id, account_id)`,
  `
  create table monitor_residents (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    wijkteam_id uuid not null,
    reference text not null check (length(reference) between 1 and 40),
    birth_year integer check (birth_year between 1900 and 2100),
    code_hash text unique check (code_hash ~ '^[0-9a-f]{64}$'),
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, wijkteam_id) references wijkteams (tenant_id, id)
  )
  `,
  `create unique index monitor_residents_reference on monitor_residents (tenant_id, lower(reference))`,
  `create index monitor_residents_team on monitor_residents (tenant_id, wijkteam_id)`,
  `
  create function meetwerk_resident_visible(p_tenant uuid, p_resident uuid) returns boolean
    language sql stable as
    $$ select coalesce(current_setting('meetwerk.team_scope', true), '') <> 'eigen'
          or exists (select 1 from monitor_residents r where r.tenant_id = p_tenant and r.id = p_resident) $$
  `,
  `grant execute on function meetwerk_resident_visible(uuid, uuid) to meetwerk_app`,
  // The code is the resident's credential for /monitor: its tenant is found without a tenant
  // setting (like meetwerk_invitation_tenant), everything else under that tenant's policy.
  `
  create function meetwerk_monitor_tenant(p_code_hash text) returns uuid
    language sql stable security definer set search_path = public as
    $$ select tenant_id from monitor_residents where code_hash = p_code_hash limit 1 $$
  `,
  `grant execute on function meetwerk_monitor_tenant(text) to meetwerk_app`,
  // Team scope, the second wall for professionals (docs/adr/0010): when a transaction sets
  // meetwerk.team_scope = 'eigen', only residents of the account's own wijkteams are visible.
  // Plain (not security definer) functions: they read under the caller's own policies, and the
  // resident check reads monitor_residents, whose policy uses only the team check (no cycle).
  `
  create function meetwerk_team_visible(p_tenant uuid, p_team uuid) returns boolean
    language sql stable as
    $$ select coalesce(current_setting('meetwerk.team_scope', true), '') <> 'eigen'
          or exists (
            select 1 from wijkteam_members m
             where m.tenant_id = p_tenant and m.wijkteam_id = p_team
               and m.account_id = nullif(current_setting('meetwerk.account_id', true), '')::uuid
          ) $$
  `,
  `grant execute on function meetwerk_team_visible(uuid, uuid) to meetwerk_app`,
  `
  create table monitor_consents (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    resident_id uuid not null,
    naaste text not null check (length(naaste) between 1 and 60),
    recorded_by uuid,
    recorded_by_name text not null,
    recorded_at timestamptz not null default now(),
    withdrawn_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, resident_id) references monitor_residents (tenant_id, id) on delete cascade
  )
  `,
  `create index monitor_consents_resident on monitor_consents (tenant_id, resident_id)`,
  `
  create table monitor_measurements (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    resident_id uuid not null,
    measured_on date not null,
    source text not null check (source in ('gesprek', 'zelf')),
    life_satisfaction integer check (life_satisfaction between 1 and 10),
    created_by uuid,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, resident_id) references monitor_residents (tenant_id, id) on delete cascade
  )
  `,
  `create index monitor_measurements_resident on monitor_measurements (tenant_id, resident_id, measured_on)`,
  `
  create table monitor_measurement_domains (
    tenant_id uuid not null,
    measurement_id uuid not null,
    resident_id uuid not null,
    domain_code text not null check (length(domain_code) between 1 and 40),
    position integer not null check (position between 1 and 40),
    resident_mark integer check (resident_mark between 0 and 100),
    professional_mark integer check (professional_mark between 0 and 100),
    naaste_mark integer check (naaste_mark between 0 and 100),
    self_sufficiency integer check (self_sufficiency between 1 and 5),
    -- A date with no score means "niet besproken"; no date means not scored at all.
    self_sufficiency_on date,
    primary key (tenant_id, measurement_id, domain_code),
    unique (tenant_id, measurement_id, position),
    check (self_sufficiency is null or self_sufficiency_on is not null),
    foreign key (tenant_id, measurement_id) references monitor_measurements (tenant_id, id) on delete cascade,
    foreign key (tenant_id, resident_id) references monitor_residents (tenant_id, id) on delete cascade
  )
  `,
  `create index monitor_measurement_domains_resident on monitor_measurement_domains (tenant_id, resident_id)`,
  `
  create table monitor_goals (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    resident_id uuid not null,
    measurement_id uuid,
    domain_code text not null check (length(domain_code) between 1 and 40),
    description text not null check (length(description) between 1 and 500),
    target_date date,
    status text not null default 'open' check (status in ('open', 'bereikt', 'niet_bereikt')),
    closed_on date,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    check ((status = 'open') = (closed_on is null)),
    foreign key (tenant_id, resident_id) references monitor_residents (tenant_id, id) on delete cascade,
    foreign key (tenant_id, measurement_id) references monitor_measurements (tenant_id, id) on delete set null (measurement_id)
  )
  `,
  `create index monitor_goals_resident on monitor_goals (tenant_id, resident_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  for (const table of TENANT_OWNED) {
    await sql.raw(`alter table ${table} enable row level security`).execute(db);
    await sql.raw(`alter table ${table} force row level security`).execute(db);
    const narrowed =
      table === 'monitor_residents'
        ? ' and meetwerk_team_visible(tenant_id, wijkteam_id)'
        : RESIDENT_OWNED.includes(table)
          ? ' and meetwerk_resident_visible(tenant_id, resident_id)'
          : '';
    await sql
      .raw(
        `create policy ${table}_scope on ${table}
           using (tenant_id = meetwerk_tenant()${narrowed})
           with check (tenant_id = meetwerk_tenant()${narrowed})`,
      )
      .execute(db);
    await sql.raw(`grant select, insert, update, delete on ${table} to meetwerk_app`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_OWNED].reverse()) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
  await sql`drop function if exists meetwerk_monitor_tenant(text)`.execute(db);
  await sql`drop function if exists meetwerk_resident_visible(uuid, uuid)`.execute(db);
  await sql`drop function if exists meetwerk_team_visible(uuid, uuid)`.execute(db);
}
