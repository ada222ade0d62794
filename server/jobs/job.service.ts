import type { Writable } from 'node:stream';
import type { z } from 'zod';
import type { Job, JobStatusName } from '../../shared/api/jobs.schema.js';
import type { Permission } from '../../shared/auth/roles.js';
import type { Actor } from '../auth/actor.js';
import { inTenant, type Db, type Scope, type Trx } from '../db/database.js';
import { HttpProblem, problems } from '../http/problem.js';
import {
  deleteJobsOf,
  findJob,
  insertJob,
  readResultChunk,
  type StoredResult,
} from './job.repository.js';
import type { JobRow, JobStatus, JobSummary } from './job.table.js';

/** How long a finished job and its file are kept: a PDF of letters holds names and addresses. */
export const JOB_KEEP_DAYS = 3;

/** A failure whose message (Dutch) the user may read as the reason. */
export class JobFailure extends Error {}

/** The reason a user sees for an error thrown by a job's handler. */
export function reasonOf(error: unknown): string | null {
  if (error instanceof JobFailure) return error.message;
  if (error instanceof HttpProblem) return error.detail ?? error.title;
  return null;
}

export const UNKNOWN_FAILURE =
  'Er ging iets mis aan onze kant bij deze taak. Probeer het later opnieuw.';

/** What a job's handler can do while it runs. */
export interface JobContext<P> {
  jobId: string;
  params: P;
  /** The tenant and the account that started the job: every query of the job runs as them. */
  scope: Scope;
  db: Db;
  /** Aborted when the runner stops or another runner took the job over: stop soon. */
  signal: AbortSignal;
  /** How far the job is; written now and then, not on every call. */
  progress: (done: number, total: number, step: string) => void;
  /** Writes the job's file in pieces into the database; resolves when all of it is stored. */
  writeResult: (
    name: string,
    type: string,
    write: (out: Writable) => Promise<unknown>,
  ) => Promise<void>;
}

/** What a finished job leaves: facts for the user, and work done in the finishing transaction. */
export interface JobOutcome {
  summary?: JobSummary;
  step?: string;
  /** Runs in the same transaction that marks the job done: both happen, or neither. */
  commit?: (trx: Trx) => Promise<void>;
}

/** A kind of job, registered with the runner by the module that owns it. */
export interface JobKind<P> {
  kind: string;
  /** Needed, besides having started it, to see the job and fetch its file. */
  permission: Permission;
  params: z.ZodType<P>;
  /** Safe to run again after a crash? Then a few attempts; else 1. */
  maxAttempts: number;
  run(context: JobContext<P>): Promise<JobOutcome>;
}

/** The kinds a runner knows; reading a job checks the kind's permission. */
export interface JobKinds {
  permissionOf(kind: string): Permission | undefined;
}

const STATUS_NAMES: Record<JobStatus, JobStatusName> = {
  queued: 'wachtend',
  running: 'bezig',
  done: 'klaar',
  failed: 'mislukt',
};

export function jobPath(id: string): string {
  return `/api/v1/taken/${id}`;
}

export function presentJob(row: JobRow): Job {
  const hasResult = row.status === 'done' && row.result_attempt !== null && row.expires_at;
  return {
    id: row.id,
    soort: row.kind,
    status: STATUS_NAMES[row.status],
    voortgang: { gedaan: row.done, totaal: row.total, stap: row.step },
    reden: row.status === 'failed' ? row.error : null,
    samenvatting: row.summary,
    resultaat:
      hasResult && row.expires_at
        ? {
            href: `${jobPath(row.id)}/resultaat`,
            bestandsnaam: row.result_name ?? 'resultaat',
            type: row.result_type ?? 'application/octet-stream',
            grootte: Number(row.result_size ?? 0),
            beschikbaarTot: row.expires_at.toISOString(),
          }
        : null,
    aangemaaktOp: row.created_at.toISOString(),
    klaarOp: row.finished_at?.toISOString() ?? null,
  };
}

export interface EnqueueRequest<P> {
  kind: JobKind<P>;
  params: P;
  /** At most one waiting or running job per key (e.g. a round's letters). */
  singletonKey?: string;
  /** Said (409) when a job with the same key is still waiting or running. */
  busy: string;
}

/**
 * Puts a job in the queue in the caller's transaction: checks and settings saved by the same
 * request and the job are stored together, or not at all. Wake the runner after the commit.
 */
export async function enqueueJob<P>(trx: Trx, who: Scope, request: EnqueueRequest<P>) {
  const id = await insertJob(trx, {
    tenantId: who.tenantId,
    kind: request.kind.kind,
    accountId: who.accountId,
    params: request.kind.params.parse(request.params),
    singletonKey: request.singletonKey ?? null,
    maxAttempts: request.kind.maxAttempts,
  });
  if (id === null) throw problems.conflict(request.busy);
  const row = await findJob(trx, who.tenantId, id);
  if (!row) throw new Error('job not found after insert');
  return presentJob(row);
}

/**
 * A job of the actor's tenant that the actor started, and whose kind the actor's role may still
 * see. Anything else is "not found": no hint that someone else's job exists.
 */
async function jobOrFail(trx: Trx, actor: Actor, kinds: JobKinds, id: string): Promise<JobRow> {
  const row = await findJob(trx, actor.tenantId, id, actor.accountId);
  const permission = row && kinds.permissionOf(row.kind);
  if (!row || !permission || !actor.permissions.includes(permission)) throw problems.notFound();
  return row;
}

export async function jobStatus(trx: Trx, actor: Actor, kinds: JobKinds, id: string) {
  return presentJob(await jobOrFail(trx, actor, kinds, id));
}

export interface JobFile extends StoredResult {
  chunks: AsyncIterable<Uint8Array>;
}

/**
 * The file of a finished job, read piece by piece, each piece in its own short transaction:
 * a download of 80 MB never holds the database (PGlite has one connection) nor the memory.
 */
export async function jobResult(db: Db, actor: Actor, kinds: JobKinds, id: string) {
  const scope = { tenantId: actor.tenantId, accountId: actor.accountId };
  const row = await inTenant(db, scope, (trx) => jobOrFail(trx, actor, kinds, id));
  const attempt = row.result_attempt;
  if (row.status !== 'done' || attempt === null) {
    throw problems.conflict(
      row.status === 'failed'
        ? 'Deze taak is mislukt en heeft geen bestand.'
        : 'Deze taak is nog niet klaar. Het bestand komt er zodra hij klaar is.',
    );
  }
  const stored: number = attempt;
  async function* chunks() {
    for (let seq = 0; ; seq++) {
      const chunk = await inTenant(db, scope, (trx) =>
        readResultChunk(trx, actor.tenantId, id, stored, seq),
      );
      if (chunk === null) return;
      yield chunk;
    }
  }
  return {
    name: row.result_name ?? 'resultaat',
    type: row.result_type ?? 'application/octet-stream',
    size: Number(row.result_size ?? 0),
    chunks: chunks(),
  } satisfies JobFile;
}

/**
 * Deletes the jobs of one subject with their files: what a module does when the data in those
 * files must go (e.g. names and addresses at the end of their retention period).
 */
export function deleteJobsAbout(trx: Trx, who: Scope, kind: string, key: string): Promise<number> {
  return deleteJobsOf(trx, who.tenantId, kind, key);
}
