import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Background jobs (ADR 0011): long work (letters for a round, large imports, rebuilding counts)
// runs as a row in `jobs`, claimed by a runner in a server process, never inside one request.
// Jobs are tenant data: the tenant id leads every key and row-level security applies as to any
// other tenant table. A file a job makes (a PDF of letters) is kept in `job_result_chunks`, in
// pieces, so neither writing nor downloading it ever holds the whole file in memory, and every
// server process on the database can hand it out.

const statements = [
  `
  create table jobs (
    tenant_id uuid not null references tenants (id),
    id uuid not null default gen_random_uuid(),
    kind text not null,
    account_id uuid references accounts (id) on delete cascade,
    params jsonb not null default '{}'::jsonb,
    singleton_key text,
    status text not null default 'queued'
      check (status in ('queued', 'running', 'done', 'failed')),
    done integer not null default 0,
    total integer,
    step text,
    attempts integer not null default 0,
    max_attempts integer not null default 3,
    worker text,
    lease_until timestamptz,
    error text,
    summary jsonb,
    result_name text,
    result_type text,
    result_size bigint,
    result_attempt integer,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz,
    expires_at timestamptz,
    primary key (tenant_id, id)
  )
  `,
  `create index jobs_queued on jobs (created_at) where status = 'queued'`,
  `create index jobs_running on jobs (lease_until) where status = 'running'`,
  `create index jobs_expiring on jobs (expires_at) where expires_at is not null`,
  // At most one waiting or running job per tenant, kind and key: two batches of letters for
  // one round at the same time would print the same people twice.
  `
  create unique index jobs_singleton on jobs (tenant_id, kind, singleton_key)
    where singleton_key is not null and status in ('queued', 'running')
  `,
  `
  create table job_result_chunks (
    tenant_id uuid not null,
    job_id uuid not null,
    attempt integer not null,
    seq integer not null,
    data bytea not null,
    primary key (tenant_id, job_id, attempt, seq),
    foreign key (tenant_id, job_id) references jobs (tenant_id, id) on delete cascade
  )
  `,
  // A runner serves every tenant, so it must find the next job before it knows the tenant. This
  // function claims one waiting job of the given kinds and tells only its tenant and id; the
  // runner then reads and writes the job under that tenant's policies. SKIP LOCKED: two
  // processes asking at once get two different jobs, never the same one.
  `
  create function meetwerk_claim_job(p_kinds text[], p_worker text, p_lease_seconds integer)
    returns table (job_tenant uuid, job_id uuid, job_attempt integer)
    language plpgsql volatile security definer set search_path = public as $$
    begin
      return query
        with candidate as (
          select q.tenant_id, q.id from jobs q
           where q.status = 'queued' and q.kind = any (p_kinds)
           order by q.created_at
           limit 1
           for update skip locked
        )
        update jobs j
           set status = 'running', worker = p_worker, attempts = j.attempts + 1,
               lease_until = now() + make_interval(secs => p_lease_seconds),
               started_at = now(), done = 0, step = null
          from candidate c
         where j.tenant_id = c.tenant_id and j.id = c.id
        returning j.tenant_id, j.id, j.attempts;
    end $$
  `,
  // Jobs whose runner is gone: with attempts left they wait again, else they fail with a reason
  // the user can read. p_all: every running job (PGlite: one process, so none can be alive),
  // otherwise only those whose lease ran out (PostgreSQL: another process may be working).
  `
  create function meetwerk_recover_jobs(p_all boolean) returns integer
    language plpgsql volatile security definer set search_path = public as $$
    declare
      v_requeued integer;
      v_failed integer;
    begin
      update jobs set status = 'queued', worker = null, lease_until = null
       where status = 'running' and (p_all or lease_until < now()) and attempts < max_attempts;
      get diagnostics v_requeued = row_count;
      update jobs
         set status = 'failed', worker = null, lease_until = null, finished_at = now(),
             expires_at = now() + interval '3 days',
             error = 'De taak is afgebroken: de server stopte terwijl hij eraan werkte, ook bij de laatste poging. Start de taak opnieuw.'
       where status = 'running' and (p_all or lease_until < now()) and attempts >= max_attempts;
      get diagnostics v_failed = row_count;
      return v_requeued + v_failed;
    end $$
  `,
  // Finished jobs and their files are deleted when they expire: a PDF of letters holds names
  // and addresses, which are kept no longer than needed.
  `
  create function meetwerk_expire_jobs() returns integer
    language plpgsql volatile security definer set search_path = public as $$
    declare
      v_deleted integer;
    begin
      delete from jobs where expires_at < now() and status in ('done', 'failed');
      get diagnostics v_deleted = row_count;
      return v_deleted;
    end $$
  `,
];

const TENANT_OWNED = ['jobs', 'job_result_chunks'];
const FUNCTIONS = [
  'meetwerk_claim_job(text[], text, integer)',
  'meetwerk_recover_jobs(boolean)',
  'meetwerk_expire_jobs()',
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
  for (const fn of FUNCTIONS) {
    await sql.raw(`grant execute on function ${fn} to meetwerk_app`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const fn of [...FUNCTIONS].reverse()) {
    await sql.raw(`drop function if exists ${fn}`).execute(db);
  }
  for (const table of [...TENANT_OWNED].reverse()) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
}
