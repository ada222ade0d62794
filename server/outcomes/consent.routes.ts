import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import { consentSchema, newConsentSchema } from '../../shared/api/outcomes.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { addConsent, withdrawConsentOf } from './consent.service.js';
import { dossier, errors, idParams, tags } from './outcome.http.js';

/** A resident's consent for a naaste. */
export const consentRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.post(
    '/bewoners/:id/toestemmingen',
    {
      config: { access: dossier },
      schema: {
        summary: 'Toestemming van de bewoner vastleggen: een naaste mag punten zetten',
        tags,
        params: idParams,
        body: newConsentSchema,
        response: { 201: consentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const consent = await asActor(db, request, (trx, actor) =>
        addConsent(trx, actor, request.params.id, request.body.naaste),
      );
      return reply.code(201).send(consent);
    },
  );

  app.delete(
    '/bewoners/:id/toestemmingen/:toestemmingId',
    {
      config: { access: dossier },
      schema: {
        summary: 'Toestemming voor een naaste intrekken',
        tags,
        params: z.object({ id: uuid, toestemmingId: uuid }),
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await asActor(db, request, (trx, actor) =>
        withdrawConsentOf(trx, actor, request.params.id, request.params.toestemmingId),
      );
      return reply.code(204).send(null);
    },
  );
};
