import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import {
  newResidentSchema,
  residentCodeSchema,
  residentListQuerySchema,
  residentListSchema,
  residentPatchSchema,
  residentSchema,
} from '../../shared/api/outcomes.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { dossier, errors, idParams, tags } from './outcome.http.js';
import {
  changeResident,
  createResident,
  listOwnResidents,
  newResidentCode,
  removeResident,
} from './resident.service.js';

/** A professional's residents. */
export const residentRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/bewoners',
    {
      config: { access: dossier },
      schema: {
        summary: 'Bewoners van de eigen wijkteams',
        tags,
        querystring: residentListQuerySchema,
        response: { 200: residentListSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, async (trx, actor) => ({
        bewoners: await listOwnResidents(trx, actor, request.query.wijkteam),
      })),
  );

  app.post(
    '/bewoners',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een bewoner toevoegen (met een eigen referentie, zonder naam of BSN)',
        tags,
        body: newResidentSchema,
        response: { 201: residentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const resident = await asActor(db, request, (trx, actor) =>
        createResident(trx, actor, request.body),
      );
      return reply.code(201).send(resident);
    },
  );

  app.patch(
    '/bewoners/:id',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een bewoner naar een ander eigen wijkteam, of het geboortejaar wijzigen',
        tags,
        params: idParams,
        body: residentPatchSchema,
        response: { 200: residentSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeResident(trx, actor, request.params.id, request.body),
      ),
  );

  app.delete(
    '/bewoners/:id',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een bewoner met alle metingen, doelen en toestemmingen verwijderen',
        tags,
        params: idParams,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await asActor(db, request, (trx, actor) => removeResident(trx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/bewoners/:id/code',
    {
      config: { access: dossier },
      schema: {
        summary: 'Een nieuwe persoonlijke code voor de bewoner (de oude werkt dan niet meer)',
        tags,
        params: idParams,
        response: { 201: residentCodeSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const code = await asActor(db, request, (trx, actor) =>
        newResidentCode(trx, actor, request.params.id),
      );
      return reply.code(201).send(code);
    },
  );
};
