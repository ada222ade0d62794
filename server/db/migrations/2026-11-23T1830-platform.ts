import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code, and is never edited once
// released. Later changes go in new, later migrations.

const statements = [
  `
  create function meetwerk_tenant() returns uuid language sql stable as
    $$ select nullif(current_setting('meetwerk.tenant_id', true), '')::uuid $$
  `,
  `
  create function meetwerk_account() returns uuid language sql stable as
    $$ select nullif(current_setting('meetwerk.account_id', true), '')::uuid $$
  `,
  `
  create table tenants (
    id uuid primary key default gen_random_uuid(),
    kind text not null check (kind in ('platform', 'gemeente', 'samenwerking', 'bureau', 'aanbieder')),
    name text not null check (length(name) between 1 and 200),
    cbs_code text unique check (cbs_code ~ '^GM[0-9]{4}$'),
    province text,
    inhabitants integer,
    theme_colour text check (theme_colour ~ '^#[0-9a-fA-F]{6}$'),
    logo bytea,
    logo_mime text,
    small_cell_threshold integer not null default 10 check (small_cell_threshold between 5 and 100),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )
  `,
  `
  create unique index tenants_one_platform on tenants (kind) where kind = 'platform'
  `,
  `
  create table tenant_links (
    parent_id uuid not null references tenants (id) on delete cascade,
    child_id uuid not null references tenants (id) on delete cascade,
    kind text not null check (kind in ('werkt_voor', 'omvat')),
    primary key (parent_id, child_id)
  )
  `,
  `
  create index tenant_links_child on tenant_links (child_id)
  `,
  `
  create table accounts (
    id uuid primary key default gen_random_uuid(),
    email text not null unique check (email = lower(email)),
    name text not null,
    password_hash text,
    active boolean not null default true,
    failed_logins integer not null default 0,
    locked_until timestamptz,
    invite_token_hash text unique,
    invite_expires_at timestamptz,
    created_at timestamptz not null default now(),
    last_login_at timestamptz
  )
  `,
  `
  create table memberships (
    tenant_id uuid not null references tenants (id) on delete cascade,
    account_id uuid not null references accounts (id) on delete cascade,
    role text not null check (role in ('beheerder', 'beleidsmedewerker', 'onderzoeker', 'professional', 'aanbieder')),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, account_id)
  )
  `,
  `
  create index memberships_account on memberships (account_id)
  `,
  `
  create table sessions (
    id text primary key,
    account_id uuid not null references accounts (id) on delete cascade,
    tenant_id uuid not null references tenants (id) on delete cascade,
    csrf_token text not null,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null
  )
  `,
  `
  create index sessions_account on sessions (account_id)
  `,
  `
  create table audit_log (
    tenant_id uuid not null references tenants (id) on delete cascade,
    id bigint generated always as identity,
    occurred_at timestamptz not null default clock_timestamp(),
    account_id uuid,
    actor text not null,
    action text not null,
    object_type text,
    object_id text,
    purpose text not null,
    details jsonb not null default '{}'::jsonb,
    primary key (tenant_id, id)
  )
  `,
  `
  create index audit_log_time on audit_log (tenant_id, occurred_at desc)
  `,
  `
  create function audit_log_immutable() returns trigger language plpgsql as $$
    begin
    raise exception 'De auditlog kan niet worden gewijzigd.';
    end $$
  `,
  `
  create trigger audit_log_no_update before update on audit_log
    for each row execute function audit_log_immutable()
  `,
  `
  alter table memberships enable row level security
  `,
  `
  alter table memberships force row level security
  `,
  `
  create policy memberships_scope on memberships
    using (tenant_id = meetwerk_tenant() or account_id = meetwerk_account())
    with check (tenant_id = meetwerk_tenant())
  `,
  `
  alter table audit_log enable row level security
  `,
  `
  alter table audit_log force row level security
  `,
  `
  create policy audit_log_scope on audit_log
    using (tenant_id = meetwerk_tenant())
    with check (tenant_id = meetwerk_tenant())
  `,
  `
  grant usage on schema public to meetwerk_app
  `,
  `
  grant select, insert, update on tenants to meetwerk_app
  `,
  `
  grant select, insert, delete on tenant_links to meetwerk_app
  `,
  `
  grant select, insert, update on accounts to meetwerk_app
  `,
  `
  grant select, insert, update on memberships to meetwerk_app
  `,
  `
  grant select, insert, update, delete on sessions to meetwerk_app
  `,
  `
  grant select, insert on audit_log to meetwerk_app
  `,
  `
  grant usage on all sequences in schema public to meetwerk_app
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Roles belong to the whole PostgreSQL cluster, so several databases (or test runs in
  // parallel) may race to create the same role: losing that race is fine.
  await sql`
    do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'meetwerk_app') then
        create role meetwerk_app nologin;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$
  `.execute(db);
  // Lets the owner of the database switch to the application role (see ADR 0002).
  await sql`
    do $$ begin
      if not pg_has_role(current_user, 'meetwerk_app', 'member') then
        execute format('grant meetwerk_app to %I', current_user);
      end if;
    exception when unique_violation then null;
    end $$
  `.execute(db);

  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_log, sessions, memberships, accounts, tenant_links, tenants cascade`.execute(
    db,
  );
  await sql`drop function audit_log_immutable, meetwerk_tenant, meetwerk_account`.execute(db);
}
