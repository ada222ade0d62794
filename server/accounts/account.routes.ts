import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import {
  invitationSchema,
  inviteUserBodySchema,
  updateUserBodySchema,
  userListSchema,
  userSchema,
} from '../../shared/api/users.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { inviteUser, listUsers, updateUser } from './account.service.js';

const tags = ['Gebruikers'];
const access = 'gebruikers.beheren' as const;

export const accountRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/gebruikers',
    {
      config: { access },
      schema: {
        summary: 'De gebruikers van de organisatie',
        tags,
        response: { 200: userListSchema },
      },
    },
    async (request) => ({ gebruikers: await asActor(db, request, listUsers) }),
  );

  app.post(
    '/gebruikers',
    {
      config: { access },
      schema: {
        summary: 'Een gebruiker uitnodigen',
        tags,
        body: inviteUserBodySchema,
        response: { 201: invitationSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const { user, invitationPath, invitationExpiresAt } = await asActor(
        db,
        request,
        (trx, actor) => inviteUser(trx, actor, request.body),
      );
      return reply.code(201).send({
        gebruiker: user,
        uitnodigingslink: invitationPath,
        uitnodigingVerlooptOm: invitationExpiresAt?.toISOString() ?? null,
      });
    },
  );

  app.patch(
    '/gebruikers/:id',
    {
      config: { access },
      schema: {
        summary: 'Rol of status van een gebruiker wijzigen',
        tags,
        params: z.object({ id: uuid }),
        body: updateUserBodySchema,
        response: { 200: userSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => updateUser(trx, actor, request.params.id, request.body)),
  );
};
