import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import {
  newTeamSchema,
  teamListSchema,
  teamMemberPutSchema,
  teamPatchSchema,
  teamSchema,
} from '../../shared/api/outcomes.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { errors, idParams, setup, tags } from './outcome.http.js';
import { createTeam, putMember, readTeams, removeMember, renameTeamOf } from './team.service.js';

/** Wijkteams and their members. */
export const teamRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/wijkteams',
    {
      config: { access: 'session' },
      schema: { summary: 'Wijkteams', tags, response: { 200: teamListSchema } },
    },
    async (request) =>
      asActor(db, request, async (trx, actor) => ({ wijkteams: await readTeams(trx, actor) })),
  );

  app.post(
    '/wijkteams',
    {
      config: { access: setup },
      schema: {
        summary: 'Een wijkteam toevoegen',
        tags,
        body: newTeamSchema,
        response: { 201: teamSchema, ...errors },
      },
    },
    async (request, reply) => {
      const team = await asActor(db, request, (trx, actor) =>
        createTeam(trx, actor, request.body.naam),
      );
      return reply.code(201).send(team);
    },
  );

  app.patch(
    '/wijkteams/:id',
    {
      config: { access: setup },
      schema: {
        summary: 'Een wijkteam hernoemen',
        tags,
        params: idParams,
        body: teamPatchSchema,
        response: { 200: teamSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        renameTeamOf(trx, actor, request.params.id, request.body.naam),
      ),
  );

  const memberParams = z.object({ id: uuid, accountId: uuid });
  app.put(
    '/wijkteams/:id/leden/:accountId',
    {
      config: { access: setup },
      schema: {
        summary: 'Een professional lid (of teamleider) van een wijkteam maken',
        tags,
        params: memberParams,
        body: teamMemberPutSchema,
        response: { 200: teamSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        putMember(trx, actor, request.params.id, request.params.accountId, request.body.rol),
      ),
  );

  app.delete(
    '/wijkteams/:id/leden/:accountId',
    {
      config: { access: setup },
      schema: {
        summary: 'Een lid uit een wijkteam halen',
        tags,
        params: memberParams,
        response: { 204: z.null(), 404: problemSchema },
      },
    },
    async (request, reply) => {
      await asActor(db, request, (trx, actor) =>
        removeMember(trx, actor, request.params.id, request.params.accountId),
      );
      return reply.code(204).send(null);
    },
  );
};
