import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import {
  goalPatchSchema,
  goalSchema,
  measurementInputSchema,
  measurementSchema,
  monitorSchema,
} from '../../shared/api/outcomes.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { changeGoal, readMonitor, saveConversation } from './measurement.service.js';
import { dossier, errors, idParams, tags } from './outcome.http.js';

/** A resident's monitor: conversations (measurements) and goals. */
export const measurementRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/bewoners/:id',
    {
      config: { access: dossier },
      schema: {
        summary: 'De monitor van een bewoner: metingen, doelen en verandering per leefgebied',
        tags,
        params: idParams,
        response: { 200: monitorSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => readMonitor(trx, actor, request.params.id)),
  );

  app.post(
    '/bewoners/:id/metingen',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een gesprek vastleggen: punten per leefgebied, zelfredzaamheid, doelen',
        tags,
        params: idParams,
        body: measurementInputSchema,
        response: { 201: measurementSchema, ...errors },
      },
    },
    async (request, reply) => {
      const measurement = await asActor(db, request, (trx, actor) =>
        saveConversation(trx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(measurement);
    },
  );

  app.put(
    '/bewoners/:id/metingen/:metingId',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een meting verbeteren',
        tags,
        params: z.object({ id: uuid, metingId: uuid }),
        body: measurementInputSchema,
        response: { 200: measurementSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        saveConversation(trx, actor, request.params.id, request.body, request.params.metingId),
      ),
  );

  app.patch(
    '/bewoners/:id/doelen/:doelId',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een doel bijwerken (bereikt, niet bereikt, streefdatum)',
        tags,
        params: z.object({ id: uuid, doelId: uuid }),
        body: goalPatchSchema,
        response: { 200: goalSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeGoal(trx, actor, request.params.id, request.params.doelId, request.body),
      ),
  );
};
