import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Permission } from '../../shared/auth/roles.js';
import { inTenant, type DatabaseHandle, type Scope } from '../db/database.js';
import {
  claimJob,
  deleteEarlierChunks,
  expireJobs,
  extendLease,
  failJob,
  findJob,
  finishJob,
  insertResultChunk,
  recoverJobs,
  releaseJob,
  updateProgress,
  type Holder,
  type StoredResult,
} from './job.repository.js';
import {
  JOB_KEEP_DAYS,
  reasonOf,
  UNKNOWN_FAILURE,
  type JobContext,
  type JobKind,
  type JobKinds,
} from './job.service.js';

export interface RunnerOptions {
  /** Names this runner in the jobs it holds; unique per process. */
  workerId?: string;
  /** How often to look for waiting jobs when nobody woke the runner. */
  pollMs?: number;
  /** A held job whose lease is not renewed this long is taken over by another runner. */
  leaseSeconds?: number;
  /**
   * The only runner on its database (PGlite: one process). Then every job still `running` at
   * start was left by a dead process, whatever its lease says.
   */
  exclusive?: boolean;
  /** Jobs run at the same time by this runner. */
  concurrency?: number;
  log?: (message: string, error?: unknown) => void;
}

/** A file is stored in pieces of this size: large enough to be few, small enough to be cheap. */
const CHUNK_BYTES = 1024 * 1024;
/** Progress is written at most this often (the last step always). */
const PROGRESS_EVERY_MS = 250;
const EXPIRE_EVERY_MS = 60 * 60_000;

class LostJob extends Error {
  constructor() {
    super('job taken over by another runner, or deleted');
  }
}

interface Running {
  controller: AbortController;
  settled: Promise<void>;
}

/**
 * Claims waiting jobs from the database and runs them with the handler their kind registered.
 * One per server process; several processes on one PostgreSQL share the queue (ADR 0011).
 */
export class JobRunner implements JobKinds {
  readonly workerId: string;
  private readonly kinds = new Map<string, JobKind<unknown>>();
  private readonly running = new Map<string, Running>();
  private readonly pollMs: number;
  private readonly leaseSeconds: number;
  private readonly exclusive: boolean;
  private readonly concurrency: number;
  private readonly log: (message: string, error?: unknown) => void;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | null = null;
  private again = false;
  private started = false;
  private stopping = false;
  private lastExpiry = 0;

  constructor(
    private readonly database: DatabaseHandle,
    options: RunnerOptions = {},
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.pollMs = options.pollMs ?? 2000;
    this.leaseSeconds = options.leaseSeconds ?? 60;
    this.exclusive = options.exclusive ?? database.kind === 'pglite';
    this.concurrency = options.concurrency ?? 1;
    this.log = options.log ?? (() => {});
  }

  register<P>(kind: JobKind<P>): void {
    if (this.kinds.has(kind.kind)) throw new Error(`job kind ${kind.kind} registered twice`);
    this.kinds.set(kind.kind, kind);
  }

  permissionOf(kind: string): Permission | undefined {
    return this.kinds.get(kind)?.permission;
  }

  /** Recovers jobs left by dead runners, then starts looking for work. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const recovered = await recoverJobs(this.database.db, this.exclusive);
    if (recovered > 0) this.log(`${recovered} job(s) left by a stopped server recovered`);
    this.wake();
  }

  /** Looks for work now: after a job was enqueued in this process, say. */
  wake(): void {
    if (!this.started || this.stopping) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.polling = this.poll().finally(() => {
      this.polling = null;
      if (this.again) {
        this.again = false;
        this.wake();
      } else this.schedule();
    });
  }

  /** Looks for work now and resolves when this look is over (the jobs it claimed run on). */
  async tick(): Promise<void> {
    this.wake();
    await this.polling;
  }

  /** Stops claiming, stops the running jobs and puts them back in the queue for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.polling;
    for (const job of this.running.values()) job.controller.abort();
    await Promise.all([...this.running.values()].map((job) => job.settled));
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => this.wake(), this.pollMs);
    // A runner never keeps a process (or a test) alive by itself.
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      if (Date.now() - this.lastExpiry > EXPIRE_EVERY_MS) {
        this.lastExpiry = Date.now();
        await expireJobs(this.database.db);
      }
      await recoverJobs(this.database.db, false);
      const kinds = [...this.kinds.keys()];
      while (kinds.length > 0 && !this.stopping && this.running.size < this.concurrency) {
        const claimed = await claimJob(this.database.db, kinds, this.workerId, this.leaseSeconds);
        if (!claimed) break;
        this.launch({ ...claimed, worker: this.workerId });
      }
    } catch (error) {
      this.log('looking for jobs failed', error);
    }
  }

  private launch(holder: Holder): void {
    const controller = new AbortController();
    const settled = this.execute(holder, controller)
      .catch((error: unknown) => this.log(`job ${holder.jobId} could not be settled`, error))
      .finally(() => {
        this.running.delete(holder.jobId);
        this.wake();
      });
    this.running.set(holder.jobId, { controller, settled });
  }

  private async execute(holder: Holder, controller: AbortController): Promise<void> {
    const { db } = this.database;
    const system = { tenantId: holder.tenantId, accountId: null };
    const row = await inTenant(db, system, (trx) => findJob(trx, holder.tenantId, holder.jobId));
    if (!row) return;
    const scope: Scope = { tenantId: holder.tenantId, accountId: row.account_id };
    const kind = this.kinds.get(row.kind);
    const params = kind?.params.safeParse(row.params);
    if (!kind || !params?.success) {
      await inTenant(db, scope, (trx) => failJob(trx, holder, UNKNOWN_FAILURE, JOB_KEEP_DAYS));
      return;
    }
    await inTenant(db, scope, (trx) => deleteEarlierChunks(trx, holder));
    let lost = false;
    const loseJob = () => {
      lost = true;
      controller.abort();
    };
    const heartbeat = setInterval(
      () =>
        void inTenant(db, scope, (trx) => extendLease(trx, holder, this.leaseSeconds)).then(
          (held) => held || loseJob(),
          (error: unknown) => this.log('lease could not be renewed', error),
        ),
      (this.leaseSeconds * 1000) / 3,
    );
    heartbeat.unref();
    const progress = new ProgressWriter((done, total, step) =>
      inTenant(db, scope, (trx) =>
        updateProgress(trx, holder, { done, total, step }, this.leaseSeconds),
      ).then((held) => held || loseJob()),
    );
    let result: StoredResult | null = null;
    const context: JobContext<unknown> = {
      jobId: holder.jobId,
      params: params.data,
      scope,
      db,
      signal: controller.signal,
      progress: (done, total, step) => progress.report(done, total, step),
      writeResult: async (name, type, write) => {
        const out = new ChunkWriter((seq, data) =>
          inTenant(db, scope, (trx) => insertResultChunk(trx, holder, seq, data)),
        );
        // A stopping runner (or a lost job) ends the file at once; the writer sees it closed.
        const stop = () => out.destroy(new Error('job stopped'));
        if (controller.signal.aborted) stop();
        controller.signal.addEventListener('abort', stop, { once: true });
        try {
          await Promise.all([write(out), finished(out)]);
        } finally {
          controller.signal.removeEventListener('abort', stop);
        }
        result = { name, type, size: out.size };
      },
    };
    try {
      const outcome = await kind.run(context);
      await progress.flush();
      if (controller.signal.aborted) throw new LostJob();
      await inTenant(db, scope, async (trx) => {
        const held = await finishJob(
          trx,
          holder,
          { summary: outcome.summary ?? null, step: outcome.step ?? null, result },
          JOB_KEEP_DAYS,
        );
        if (!held) throw new LostJob();
        await outcome.commit?.(trx);
      });
    } catch (error) {
      await progress.flush().catch(() => {});
      if (lost) return;
      if (this.stopping) {
        await inTenant(db, scope, (trx) => releaseJob(trx, holder));
        return;
      }
      const reason = reasonOf(error);
      if (reason === null) this.log(`job ${holder.jobId} (${row.kind}) failed`, error);
      await inTenant(db, scope, (trx) =>
        failJob(trx, holder, reason ?? UNKNOWN_FAILURE, JOB_KEEP_DAYS),
      );
    } finally {
      clearInterval(heartbeat);
    }
  }
}

/** Writes progress now and then: the latest value wins, one write at a time. */
class ProgressWriter {
  private latest: [number, number, string] | null = null;
  private writing: Promise<void> | null = null;
  private last = 0;

  constructor(
    private readonly write: (done: number, total: number, step: string) => Promise<unknown>,
  ) {}

  report(done: number, total: number, step: string): void {
    this.latest = [done, total, step];
    if (this.writing || (Date.now() - this.last < PROGRESS_EVERY_MS && done < total)) return;
    this.writing = this.writeLatest();
  }

  async flush(): Promise<void> {
    await this.writing;
    if (this.latest) await this.writeLatest();
  }

  private async writeLatest(): Promise<void> {
    const latest = this.latest;
    this.latest = null;
    this.last = Date.now();
    try {
      if (latest) await this.write(...latest);
    } finally {
      this.writing = null;
    }
  }
}

/** Collects bytes into pieces of CHUNK_BYTES and stores each before taking more (backpressure). */
class ChunkWriter extends Writable {
  size = 0;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private seq = 0;

  constructor(private readonly store: (seq: number, data: Uint8Array) => Promise<void>) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void): void {
    this.size += chunk.length;
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    if (this.bufferedBytes < CHUNK_BYTES) {
      done();
      return;
    }
    this.storeBuffered().then(() => done(), done);
  }

  override _final(done: (error?: Error) => void): void {
    this.storeBuffered().then(() => done(), done);
  }

  private async storeBuffered(): Promise<void> {
    if (this.bufferedBytes === 0) return;
    const data = Buffer.concat(this.buffered);
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.store(this.seq++, data);
  }
}
