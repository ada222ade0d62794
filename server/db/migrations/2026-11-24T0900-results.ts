import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Results (M2, ADR 0009): count tables kept beside the anonymous responses, so that figures are
// read from counts instead of scanning answers per request; the counting rule of a round; a
// gemeente's choice to show its figures on the public benchmark portal.
//
// Who may read counts (row-level security, the second wall):
// - the round's owner (a bureau, or a gemeente running alone): everything of its rounds;
// - a gemeente taking part in a round: its own counts in full, and of the other gemeenten of
//   that round only the totals (dimension 'totaal'), never their breakdowns.
// Only the owner writes. `surveys` and `survey_gemeenten` stay owner-only; a gemeente finds the
// rounds it takes part in through the `security definer` function `meetwerk_result_rounds`.

const statements = [
  `alter table surveys add column counting_rule text not null default 'positief-1-2@1'
     check (counting_rule ~ '^[a-z0-9-]{1,60}@[0-9]{1,4}$')`,
  `alter table tenants add column benchmark_public boolean not null default false`,
  `
  create table result_counts (
    tenant_id uuid not null,
    survey_id uuid not null,
    gemeente_id uuid not null references tenants (id),
    dimension text not null
      check (dimension in ('totaal', 'leeftijd', 'voorziening', 'kanaal', 'hulp', 'leeftijd_geslacht')),
    category text not null,
    counts jsonb not null,
    primary key (tenant_id, survey_id, gemeente_id, dimension, category),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `
  create table result_builds (
    tenant_id uuid not null,
    survey_id uuid not null,
    gemeente_id uuid not null references tenants (id),
    responses integer not null,
    invited integer not null,
    final boolean not null default false,
    built_at timestamptz not null default now(),
    primary key (tenant_id, survey_id, gemeente_id),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  `
  create table result_population (
    tenant_id uuid not null,
    survey_id uuid not null,
    gemeente_id uuid not null references tenants (id),
    stratum text not null,
    n integer not null check (n >= 0),
    primary key (tenant_id, survey_id, gemeente_id, stratum),
    foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
  )
  `,
  // The rounds the tenant in scope may see results of: those it owns, and those that include it
  // as a gemeente. Answers this one question about surveys, nothing more.
  `
  create function meetwerk_result_rounds()
    returns table (tenant_id uuid, survey_id uuid)
    language sql stable security definer set search_path = public as
    $$
      select s.tenant_id, s.id from surveys s where s.tenant_id = meetwerk_tenant()
      union
      select sg.tenant_id, sg.survey_id from survey_gemeenten sg
       where sg.gemeente_id = meetwerk_tenant()
    $$
  `,
  `grant execute on function meetwerk_result_rounds() to meetwerk_app`,
  // The gemeente's most recent earlier round of the same template, by any owner.
  `
  create function meetwerk_previous_round(p_gemeente uuid, p_template text, p_year integer)
    returns table (tenant_id uuid, survey_id uuid, year integer)
    language sql stable security definer set search_path = public as
    $$
      select s.tenant_id, s.id, s.year
        from survey_gemeenten sg
        join surveys s on s.tenant_id = sg.tenant_id and s.id = sg.survey_id
       where sg.gemeente_id = p_gemeente and s.template = p_template and s.year < p_year
         and (p_gemeente = meetwerk_tenant()
              or exists (select 1 from survey_gemeenten own
                          where own.tenant_id = meetwerk_tenant() and own.gemeente_id = p_gemeente))
       order by s.year desc, s.created_at desc
       limit 1
    $$
  `,
  `grant execute on function meetwerk_previous_round(uuid, text, integer) to meetwerk_app`,
  `create index result_builds_survey on result_builds (tenant_id, survey_id)`,
];

const RESULT_TABLES = ['result_counts', 'result_builds', 'result_population'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  for (const table of RESULT_TABLES) {
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
  // Permissive policies add up: a gemeente reads its own counts, and the totals of its rounds.
  await sql`
    create policy result_counts_gemeente on result_counts for select
      using (
        gemeente_id = meetwerk_tenant()
        or (dimension = 'totaal'
            and (tenant_id, survey_id) in (select r.tenant_id, r.survey_id from meetwerk_result_rounds() r))
      )
  `.execute(db);
  await sql`
    create policy result_builds_gemeente on result_builds for select
      using (
        gemeente_id = meetwerk_tenant()
        or (tenant_id, survey_id) in (select r.tenant_id, r.survey_id from meetwerk_result_rounds() r)
      )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...RESULT_TABLES].reverse()) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
  await sql`drop function if exists meetwerk_result_rounds()`.execute(db);
  await sql`drop function if exists meetwerk_previous_round(uuid, text, integer)`.execute(db);
  await sql`alter table tenants drop column if exists benchmark_public`.execute(db);
  await sql`alter table surveys drop column if exists counting_rule`.execute(db);
}
