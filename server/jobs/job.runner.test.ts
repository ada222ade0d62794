import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Job } from '../../shared/api/jobs.schema.js';
import type { Role } from '../../shared/auth/roles.js';
import { actorFor, type Actor } from '../auth/actor.js';
import { inTenant, type DatabaseHandle, type Scope } from '../db/database.js';
import { HttpProblem } from '../http/problem.js';
import { createTenant, createUser } from '../testing/test-app.js';
import {
  createTestDatabase,
  testDatabaseKind,
  type TestDatabase,
} from '../testing/test-database.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import { claimJob, updateProgress } from './job.repository.js';
import { JobRunner } from './job.runner.js';
import {
  enqueueJob,
  JobFailure,
  jobResult,
  jobStatus,
  UNKNOWN_FAILURE,
  type JobKind,
} from './job.service.js';

const FILE_BYTES = 2.5 * 1024 * 1024;

/** Which job ran in which runner, in order: a job that ran twice shows up twice. */
const runs: { job: string; runner: string }[] = [];
const committed: string[] = [];

function fileKind(runner: string): JobKind<{ bytes: number }> {
  return {
    kind: 'proef-bestand',
    permission: 'onderzoek.uitvoeren',
    params: z.object({ bytes: z.number().int() }),
    maxAttempts: 3,
    async run({ jobId, params, progress, writeResult }) {
      runs.push({ job: jobId, runner });
      progress(1, 2, 'Halverwege');
      await writeResult('proef.bin', 'application/octet-stream', async (out) => {
        // Written in small pieces, as a PDF is, and stored in pieces of a megabyte.
        for (let at = 0; at < params.bytes; at += 64 * 1024) {
          if (!out.write(Buffer.alloc(Math.min(64 * 1024, params.bytes - at), 7))) {
            await new Promise((resolve) => out.once('drain', resolve));
          }
        }
        out.end();
      });
      progress(2, 2, 'Geschreven');
      return {
        summary: { bytes: params.bytes },
        step: 'Klaar',
        commit: async () => {
          committed.push(jobId);
        },
      };
    },
  };
}

const failingKind: JobKind<{ known: boolean }> = {
  kind: 'proef-mislukt',
  permission: 'onderzoek.uitvoeren',
  params: z.object({ known: z.boolean() }),
  maxAttempts: 1,
  run({ params }) {
    throw params.known ? new JobFailure('De proef kon niet worden gedaan.') : new Error('boom');
  },
};

describe(`background jobs (${testDatabaseKind()})`, () => {
  let database: TestDatabase;
  let tenant: TenantRow;
  let otherTenant: TenantRow;
  let starter: Actor;
  const runners: JobRunner[] = [];
  const handles: DatabaseHandle[] = [];

  function actor(accountId: string, tenantId: string, role: Role = 'onderzoeker'): Actor {
    return actorFor({
      sessionId: 's',
      csrfToken: 'c',
      expiresAt: new Date(Date.now() + 60_000),
      accountId,
      name: 'Proef',
      email: 'proef@test.nl',
      tenantId,
      role,
      mustChangePassword: false,
    });
  }

  function runner(name: string, handle: DatabaseHandle = database, exclusive = false) {
    const created = new JobRunner(handle, { workerId: name, exclusive, pollMs: 20 });
    created.register(fileKind(name));
    created.register(failingKind);
    runners.push(created);
    return created;
  }

  function enqueue<P>(kind: JobKind<P>, params: P, singletonKey?: string): Promise<Job> {
    const scope: Scope = { tenantId: tenant.id, accountId: starter.accountId };
    return inTenant(database.db, scope, (trx) =>
      enqueueJob(trx, scope, {
        kind,
        params,
        ...(singletonKey ? { singletonKey } : {}),
        busy: 'Er loopt al zo’n taak.',
      }),
    );
  }

  function status(kinds: JobRunner, id: string, who: Actor = starter): Promise<Job> {
    return inTenant(database.db, { tenantId: who.tenantId, accountId: who.accountId }, (trx) =>
      jobStatus(trx, who, kinds, id),
    );
  }

  async function settled(kinds: JobRunner, id: string): Promise<Job> {
    for (;;) {
      const job = await status(kinds, id);
      if (job.status === 'klaar' || job.status === 'mislukt') return job;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** What a dead process leaves: a job claimed and never finished. */
  async function claimAsDeadRunner(id: string) {
    const claimed = await claimJob(database.db, ['proef-bestand'], 'dood', 60);
    expect(claimed?.jobId).toBe(id);
    return { ...claimed!, worker: 'dood' };
  }

  function setJob(id: string, change: { leaseExpired?: boolean; attempts?: number }) {
    return database.asOwner((owner) =>
      owner
        .updateTable('jobs')
        .set({
          ...(change.leaseExpired ? { lease_until: sql<Date>`now() - interval '1 second'` } : {}),
          ...(change.attempts !== undefined ? { attempts: change.attempts } : {}),
        })
        .where('id', '=', id)
        .execute(),
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    tenant = await createTenant(database, 'bureau', 'Bureau Taak');
    otherTenant = await createTenant(database, 'bureau', 'Bureau Anders');
    const id = await createUser(database, 'taak@test.nl', [{ tenant, role: 'onderzoeker' }]);
    starter = actor(id, tenant.id);
  });
  afterAll(async () => {
    for (const r of runners) await r.stop();
    for (const h of handles) await h.close();
    await database.close();
  });

  it('runs a job from waiting to done, with progress, a file in pieces and its commit', async () => {
    const queued = await enqueue(fileKind('-'), { bytes: FILE_BYTES });
    expect(queued).toMatchObject({ status: 'wachtend', resultaat: null, reden: null });
    const one = runner('een');
    await one.start();
    const done = await settled(one, queued.id);
    expect(done).toMatchObject({
      status: 'klaar',
      voortgang: { gedaan: 2, totaal: 2, stap: 'Klaar' },
      samenvatting: { bytes: FILE_BYTES },
      resultaat: {
        href: `/api/v1/taken/${queued.id}/resultaat`,
        bestandsnaam: 'proef.bin',
        grootte: FILE_BYTES,
      },
    });
    expect(committed).toContain(queued.id);
    const file = await jobResult(database.db, starter, one, queued.id);
    const pieces: Uint8Array[] = [];
    for await (const piece of file.chunks) pieces.push(piece);
    expect(pieces).toHaveLength(3);
    expect(Buffer.concat(pieces).equals(Buffer.alloc(FILE_BYTES, 7))).toBe(true);
    await one.stop();
  });

  it('fails with a reason the user can read', async () => {
    const one = runner('twee');
    await one.start();
    const known = await enqueue(failingKind, { known: true });
    const unknown = await enqueue(failingKind, { known: false });
    one.wake();
    expect(await settled(one, known.id)).toMatchObject({
      status: 'mislukt',
      reden: 'De proef kon niet worden gedaan.',
      resultaat: null,
    });
    expect(await settled(one, unknown.id)).toMatchObject({
      status: 'mislukt',
      reden: UNKNOWN_FAILURE,
    });
    await expect(jobResult(database.db, starter, one, known.id)).rejects.toMatchObject({
      status: 409,
    });
    await one.stop();
  });

  it('takes one job per key at a time', async () => {
    const first = await enqueue(fileKind('-'), { bytes: 10 }, 'ronde-1');
    const second = enqueue(fileKind('-'), { bytes: 10 }, 'ronde-1');
    await expect(second).rejects.toBeInstanceOf(HttpProblem);
    await expect(second).rejects.toMatchObject({ status: 409 });
    const one = runner('drie');
    await one.start();
    await settled(one, first.id);
    // Once done, the key is free again.
    expect((await enqueue(fileKind('-'), { bytes: 10 }, 'ronde-1')).status).toBe('wachtend');
    await one.tick();
    await one.stop();
  });

  it('shows a job and its file only to the account that started it, in its tenant', async () => {
    const job = await enqueue(fileKind('-'), { bytes: 10 });
    const one = runner('vier');
    await one.start();
    await settled(one, job.id);
    const colleague = await createUser(database, 'collega@test.nl', [
      { tenant, role: 'onderzoeker' },
    ]);
    const others = [
      actor(colleague, tenant.id),
      // The same account in another tenant.
      actor(starter.accountId, otherTenant.id),
      // The same account and tenant in a role that may not see letters.
      actor(starter.accountId, tenant.id, 'beleidsmedewerker'),
    ];
    for (const other of others) {
      await expect(status(one, job.id, other)).rejects.toMatchObject({ status: 404 });
      await expect(jobResult(database.db, other, one, job.id)).rejects.toMatchObject({
        status: 404,
      });
    }
    // Row-level security: read in another tenant's scope, without any filter, it is not there.
    const seen = await inTenant(database.db, { tenantId: otherTenant.id, accountId: null }, (trx) =>
      trx.selectFrom('jobs').select('id').execute(),
    );
    expect(seen).toEqual([]);
    await one.stop();
  });

  it('never runs a job twice when two runners share one database', async () => {
    const jobs = await Promise.all(
      Array.from({ length: 24 }, () => enqueue(fileKind('-'), { bytes: 100 })),
    );
    const second = await database.another();
    handles.push(second);
    const a = runner('a');
    const b = runner('b', second);
    runs.length = 0;
    await Promise.all([a.start(), b.start()]);
    for (const job of jobs) expect((await settled(a, job.id)).status).toBe('klaar');
    const ran = runs.map((r) => r.job).sort();
    expect(ran).toEqual(jobs.map((j) => j.id).sort());
    await Promise.all([a.stop(), b.stop()]);
  });

  it('takes over a job whose runner died once its lease ran out', async () => {
    const job = await enqueue(fileKind('-'), { bytes: 10 });
    const dead = await claimAsDeadRunner(job.id);
    // Another server process (PostgreSQL): the lease still holds, the job is left alone.
    const live = runner('levend');
    await live.start();
    await live.tick();
    expect((await status(live, job.id)).status).toBe('bezig');
    await setJob(job.id, { leaseExpired: true });
    await live.tick();
    expect(await settled(live, job.id)).toMatchObject({ status: 'klaar' });
    // The dead runner, should it wake up, can no longer touch it.
    const touched = await inTenant(database.db, { tenantId: tenant.id, accountId: null }, (trx) =>
      updateProgress(trx, dead, { done: 1, total: 1, step: 'x' }, 60),
    );
    expect(touched).toBe(false);
    await live.stop();
  });

  it('fails a job left running after its last attempt, with a reason', async () => {
    const job = await enqueue(fileKind('-'), { bytes: 10 });
    await claimAsDeadRunner(job.id);
    await setJob(job.id, { leaseExpired: true, attempts: 3 });
    const live = runner('laatste');
    await live.start();
    const failed = await settled(live, job.id);
    expect(failed.status).toBe('mislukt');
    expect(failed.reden).toMatch(/afgebroken: de server stopte/);
    await live.stop();
  });

  it('a runner alone on its database (PGlite) takes back every job left running at start', async () => {
    const job = await enqueue(fileKind('-'), { bytes: 10 });
    await claimAsDeadRunner(job.id);
    // The only process on its database: nobody else can be working on it.
    const restarted = runner('herstart', database, true);
    await restarted.start();
    expect(await settled(restarted, job.id)).toMatchObject({ status: 'klaar' });
    await restarted.stop();
  });
});
