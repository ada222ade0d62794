import type { FastifyRequest } from 'fastify';
import { scopeOf } from '../auth/actor.js';
import type { Config } from '../config.js';
import { inTenant, type Db, type Trx } from '../db/database.js';
import type { JobRunner } from '../jobs/job.runner.js';
import type { Actor } from '../auth/actor.js';
import { requireActor } from './auth.plugin.js';

/** What every group of routes is registered with. */
export interface RouteContext {
  db: Db;
  config: Config;
  /** Background jobs: modules register their kinds here and enqueue work for it. */
  jobs: JobRunner;
}

/** Runs a request's work in a transaction scoped to the actor's tenant. */
export function asActor<T>(
  db: Db,
  request: FastifyRequest,
  work: (trx: Trx, actor: Actor) => Promise<T>,
): Promise<T> {
  const actor = requireActor(request);
  return inTenant(db, scopeOf(actor), (trx) => work(trx, actor));
}
