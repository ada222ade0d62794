import { sql, type UpdateObject } from 'kysely';
import type { Db, Trx } from '../db/database.js';
import type { Database } from '../db/database.types.js';
import type { JobRow, JobSummary } from './job.table.js';

/** Who holds a running job: the runner's worker id and the attempt it claimed. */
export interface Holder {
  tenantId: string;
  jobId: string;
  worker: string;
  attempt: number;
}

export interface NewJob {
  tenantId: string;
  kind: string;
  accountId: string | null;
  params: unknown;
  singletonKey: string | null;
  maxAttempts: number;
}

/** Inserts a waiting job; null when a job with the same singleton key is still waiting or running. */
export async function insertJob(trx: Trx, job: NewJob): Promise<string | null> {
  const row = await trx
    .insertInto('jobs')
    .values({
      tenant_id: job.tenantId,
      kind: job.kind,
      account_id: job.accountId,
      params: sql`${JSON.stringify(job.params)}::jsonb`,
      singleton_key: job.singletonKey,
      max_attempts: job.maxAttempts,
    })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'kind', 'singleton_key'])
        .where('singleton_key', 'is not', null)
        .where('status', 'in', ['queued', 'running'])
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A job of a tenant; with `accountId`, only if that account started it. */
export function findJob(
  trx: Trx,
  tenantId: string,
  jobId: string,
  accountId?: string,
): Promise<JobRow | undefined> {
  let query = trx
    .selectFrom('jobs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', jobId);
  if (accountId !== undefined) query = query.where('account_id', '=', accountId);
  return query.executeTakeFirst();
}

export async function claimJob(
  db: Db,
  kinds: string[],
  worker: string,
  leaseSeconds: number,
): Promise<Omit<Holder, 'worker'> | null> {
  const { rows } = await sql<{ job_tenant: string; job_id: string; job_attempt: number }>`
    select job_tenant, job_id, job_attempt
      from meetwerk_claim_job(${kinds}::text[], ${worker}, ${leaseSeconds}::int)`.execute(db);
  const row = rows[0];
  return row ? { tenantId: row.job_tenant, jobId: row.job_id, attempt: row.job_attempt } : null;
}

export async function recoverJobs(db: Db, all: boolean): Promise<number> {
  const { rows } = await sql<{ n: number }>`select meetwerk_recover_jobs(${all}) as n`.execute(db);
  return rows[0]?.n ?? 0;
}

export async function expireJobs(db: Db): Promise<number> {
  const { rows } = await sql<{ n: number }>`select meetwerk_expire_jobs() as n`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Changes a running job only while this holder still holds it: false when another runner took
 * it over, or it was deleted.
 */
async function updateHeld(
  trx: Trx,
  holder: Holder,
  values: UpdateObject<Database, 'jobs'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('jobs')
    .set(values)
    .where('tenant_id', '=', holder.tenantId)
    .where('id', '=', holder.jobId)
    .where('status', '=', 'running')
    .where('worker', '=', holder.worker)
    .where('attempts', '=', holder.attempt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const lease = (seconds: number) => sql<Date>`now() + make_interval(secs => ${seconds}::int)`;
/** A job that has ended: nobody holds it, and it is deleted `keepDays` from now. */
const ended = (keepDays: number) => ({
  worker: null,
  lease_until: null,
  finished_at: sql<Date>`now()`,
  expires_at: sql<Date>`now() + make_interval(days => ${keepDays}::int)`,
});

export async function updateProgress(
  trx: Trx,
  holder: Holder,
  progress: { done: number; total: number | null; step: string | null },
  leaseSeconds: number,
): Promise<boolean> {
  return updateHeld(trx, holder, { ...progress, lease_until: lease(leaseSeconds) });
}

export async function extendLease(trx: Trx, holder: Holder, leaseSeconds: number) {
  return updateHeld(trx, holder, { lease_until: lease(leaseSeconds) });
}

export interface StoredResult {
  name: string;
  type: string;
  size: number;
}

export async function finishJob(
  trx: Trx,
  holder: Holder,
  outcome: { summary: JobSummary | null; step: string | null; result: StoredResult | null },
  keepDays: number,
): Promise<boolean> {
  return updateHeld(trx, holder, {
    status: 'done',
    step: outcome.step,
    summary: outcome.summary === null ? null : sql`${JSON.stringify(outcome.summary)}::jsonb`,
    result_name: outcome.result?.name ?? null,
    result_type: outcome.result?.type ?? null,
    result_size: outcome.result?.size ?? null,
    result_attempt: outcome.result ? holder.attempt : null,
    ...ended(keepDays),
  });
}

export async function failJob(
  trx: Trx,
  holder: Holder,
  reason: string,
  keepDays: number,
): Promise<boolean> {
  return updateHeld(trx, holder, { status: 'failed', error: reason, ...ended(keepDays) });
}

/** Back to waiting, as if never tried: the runner stopped, the job did not fail. */
export async function releaseJob(trx: Trx, holder: Holder): Promise<boolean> {
  return updateHeld(trx, holder, {
    status: 'queued',
    worker: null,
    lease_until: null,
    attempts: sql<number>`attempts - 1`,
  });
}

export async function insertResultChunk(
  trx: Trx,
  holder: Holder,
  seq: number,
  data: Uint8Array,
): Promise<void> {
  await trx
    .insertInto('job_result_chunks')
    .values({
      tenant_id: holder.tenantId,
      job_id: holder.jobId,
      attempt: holder.attempt,
      seq,
      data,
    })
    .execute();
}

/** Pieces left by an earlier attempt of the same job (a runner that died while writing). */
export async function deleteEarlierChunks(trx: Trx, holder: Holder): Promise<void> {
  await trx
    .deleteFrom('job_result_chunks')
    .where('tenant_id', '=', holder.tenantId)
    .where('job_id', '=', holder.jobId)
    .where('attempt', '<>', holder.attempt)
    .execute();
}

export async function readResultChunk(
  trx: Trx,
  tenantId: string,
  jobId: string,
  attempt: number,
  seq: number,
): Promise<Uint8Array | null> {
  const row = await trx
    .selectFrom('job_result_chunks')
    .select('data')
    .where('tenant_id', '=', tenantId)
    .where('job_id', '=', jobId)
    .where('attempt', '=', attempt)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row?.data ?? null;
}

/**
 * Deletes the jobs (and their files) of one subject: e.g. the letters of a round at retention.
 * A running one goes too: its runner loses it at the next progress report and stops.
 */
export async function deleteJobsOf(
  trx: Trx,
  tenantId: string,
  kind: string,
  singletonKey: string,
): Promise<number> {
  const result = await trx
    .deleteFrom('jobs')
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', kind)
    .where('singleton_key', '=', singletonKey)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
