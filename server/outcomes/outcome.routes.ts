import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../http/route-context.js';
import { consentRoutes } from './consent.routes.js';
import { domainRoutes } from './domain.routes.js';
import { measurementRoutes } from './measurement.routes.js';
import { reportRoutes } from './report.routes.js';
import { residentRoutes } from './resident.routes.js';
import { teamRoutes } from './team.routes.js';

/** The staff API of the Leefgebieden-monitor (routes listed in shared/api/outcomes.schema.ts). */
export const outcomeRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, context) => {
  for (const routes of [
    domainRoutes,
    teamRoutes,
    residentRoutes,
    consentRoutes,
    measurementRoutes,
    reportRoutes,
  ]) {
    await routes(app, context);
  }
};
