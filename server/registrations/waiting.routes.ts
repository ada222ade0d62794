import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import {
  newWaitingRequestSchema,
  waitingListQuerySchema,
  waitingListSchema,
  waitingRequestPatchSchema,
  waitingRequestSchema,
} from '../../shared/api/registrations.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { enter, params, tags } from './registration.http.js';
import { addWaitingRequest, changeWaitingRequest, waitingList } from './waiting.service.js';

/** The waiting list per location. */
export const waitingRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/wachtlijstaanvragen',
    {
      config: { access: enter },
      schema: {
        summary: 'De wachtlijst per locatie, met wachttijden',
        tags,
        querystring: waitingListQuerySchema,
        response: { 200: waitingListSchema, 400: problemSchema },
      },
    },
    async (request) => asActor(db, request, (trx, actor) => waitingList(trx, actor, request.query)),
  );

  app.post(
    '/wachtlijstaanvragen',
    {
      config: { access: enter },
      schema: {
        summary: 'Een aanvraag op de wachtlijst zetten',
        tags,
        body: newWaitingRequestSchema,
        response: { 201: waitingRequestSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const created = await asActor(db, request, (trx, actor) =>
        addWaitingRequest(trx, actor, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/wachtlijstaanvragen/:id',
    {
      config: { access: enter },
      schema: {
        summary: 'De status van een aanvraag wijzigen (gestart, vervallen of weer wachtend)',
        tags,
        params,
        body: waitingRequestPatchSchema,
        response: { 200: waitingRequestSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeWaitingRequest(trx, actor, request.params.id, request.body),
      ),
  );
};
