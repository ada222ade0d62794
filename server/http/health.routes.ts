import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '../../shared/api/common.schema.js';
import { API_VERSION } from '../../shared/api/version.js';
import { isDatabaseUp } from '../db/database.js';
import type { RouteContext } from './route-context.js';

export const healthRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Werkt Meetwerk?',
        description: '200 als de database antwoordt, anders 503.',
        tags: ['Platform'],
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      if (await isDatabaseUp(db)) {
        return { status: 'ok' as const, database: 'ok' as const, versie: API_VERSION };
      }
      return reply.code(503).send({ status: 'fout', database: 'fout', versie: API_VERSION });
    },
  );
};
