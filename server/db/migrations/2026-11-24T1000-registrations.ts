import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Registration of client support and work pressure (M3). Contacts are anonymous: no name, BSN or
// address, only non-identifying characteristics; `client_reference` is the registering
// professional's own optional case number. `registration_period_totals` and
// `registration_period_tasks` are sums per location and ISO week or month, kept up to date in
// the same transaction as every change of `registrations`, so the dashboard reads about a
// thousand rows instead of a year of contacts.

const TENANT_OWNED = [
  'registration_settings',
  'registration_codes',
  'stadsdelen',
  'locations',
  'location_capacity',
  'registration_imports',
  'registrations',
  'registration_period_totals',
  'registration_period_tasks',
  'registration_preferences',
  'waiting_requests',
];

const statements = [
  `
  create table registration_settings (
    tenant_id uuid not null references tenants (id) on delete cascade,
    weight_professional numeric(4, 2) not null check (weight_professional between 0 and 2),
    weight_stagiair numeric(4, 2) not null check (weight_stagiair between 0 and 2),
    weight_vrijwilliger numeric(4, 2) not null check (weight_vrijwilliger between 0 and 2),
    default_request_minutes integer not null check (default_request_minutes between 1 and 480),
    edit_window_hours integer not null check (edit_window_hours between 1 and 336),
    updated_by uuid,
    updated_at timestamptz not null default now(),
    primary key (tenant_id)
  )
  `,
  // Local codes (L-…) with their own name and definition; a default code appears here only to
  // record that the gemeente switched it off, never with a name of its own.
  `
  create table registration_codes (
    tenant_id uuid not null references tenants (id) on delete cascade,
    code text not null check (length(code) between 1 and 30),
    kind text not null check (kind in ('taak', 'resultaat')),
    name text check (length(name) between 1 and 100),
    definition text check (length(definition) between 1 and 1000),
    active boolean not null default true,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, code),
    check ((code like 'L-%') = (name is not null and definition is not null))
  )
  `,
  `
  create table stadsdelen (
    tenant_id uuid not null references tenants (id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    name text not null check (length(name) between 1 and 100),
    primary key (tenant_id, id)
  )
  `,
  `create unique index stadsdelen_name on stadsdelen (tenant_id, lower(name))`,
  `
  create table locations (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    stadsdeel_id uuid not null,
    code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$'),
    name text not null check (length(name) between 1 and 150),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, stadsdeel_id) references stadsdelen (tenant_id, id)
  )
  `,
  `create unique index locations_code on locations (tenant_id, upper(code))`,
  `
  create table location_capacity (
    tenant_id uuid not null,
    location_id uuid not null,
    week text not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    staff_type text not null check (staff_type in ('professional', 'stagiair', 'vrijwilliger')),
    hours numeric(7, 2) not null check (hours between 0 and 2000),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, location_id, week, staff_type),
    foreign key (tenant_id, location_id) references locations (tenant_id, id) on delete cascade
  )
  `,
  `
  create table registration_imports (
    tenant_id uuid not null references tenants (id) on delete cascade,
    id uuid not null default gen_random_uuid(),
    kind text not null check (kind in ('locaties', 'registraties', 'capaciteit')),
    file_name text not null,
    accepted integer not null,
    rejected integer not null,
    rejections jsonb not null default '[]'::jsonb,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )
  `,
  `
  create table registrations (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    location_id uuid not null,
    contact_date date not null,
    channel text not null check (channel in ('inloop', 'telefoon', 'digitaal', 'huisbezoek')),
    tasks text[] not null check (cardinality(tasks) between 1 and 6),
    minutes integer not null check (minutes between 1 and 480),
    result text not null,
    age_group text not null check (age_group in ('<18', '18-26', '27-44', '45-64', '65-74', '75+', 'onbekend')),
    not_digital boolean not null default false,
    language_barrier boolean not null default false,
    client_reference text check (length(client_reference) <= 40),
    created_by uuid,
    import_id uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, location_id) references locations (tenant_id, id)
  )
  `,
  `create index registrations_own on registrations (tenant_id, created_by, contact_date) where created_by is not null`,
  `create index registrations_import on registrations (tenant_id, import_id) where import_id is not null`,
  // Sums per location and period, for weeks (period `2026-W05`) and months (`2026-02`) alike.
  `
  create table registration_period_totals (
    tenant_id uuid not null,
    kind text not null check (kind in ('week', 'maand')),
    period text not null,
    location_id uuid not null,
    contacts integer not null,
    minutes integer not null,
    not_digital integer not null,
    language_barrier integer not null,
    primary key (tenant_id, kind, period, location_id)
  )
  `,
  `
  create table registration_period_tasks (
    tenant_id uuid not null,
    kind text not null check (kind in ('week', 'maand')),
    period text not null,
    location_id uuid not null,
    task text not null,
    contacts integer not null,
    primary key (tenant_id, kind, period, location_id, task)
  )
  `,
  `
  create table registration_preferences (
    tenant_id uuid not null,
    account_id uuid not null references accounts (id) on delete cascade,
    location_id uuid not null,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, account_id),
    foreign key (tenant_id, location_id) references locations (tenant_id, id) on delete cascade
  )
  `,
  `
  create table waiting_requests (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    location_id uuid not null,
    requested_on date not null,
    task text not null,
    status text not null default 'wachtend' check (status in ('wachtend', 'gestart', 'vervallen')),
    started_on date,
    lapsed_on date,
    created_by uuid,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, location_id) references locations (tenant_id, id),
    check ((status = 'gestart') = (started_on is not null)),
    check ((status = 'vervallen') = (lapsed_on is not null)),
    check (started_on is null or started_on >= requested_on),
    check (lapsed_on is null or lapsed_on >= requested_on)
  )
  `,
  `create index waiting_requests_location on waiting_requests (tenant_id, location_id, requested_on)`,
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
  for (const table of [...TENANT_OWNED].reverse()) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
}
