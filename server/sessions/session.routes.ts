import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import {
  acceptInvitationBodySchema,
  changePasswordBodySchema,
  loginBodySchema,
  sessionSchema,
  switchTenantBodySchema,
} from '../../shared/api/session.schema.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../http/auth.plugin.js';
import type { RouteContext } from '../http/route-context.js';
import {
  acceptInvitation,
  changePassword,
  login,
  logout,
  presentSession,
  switchTenant,
} from './session.service.js';

const tags = ['Sessies'];

export const sessionRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, config }) => {
  const loginLimit = { max: config.loginRatePerMinute, timeWindow: '1 minute' };

  app.post(
    '/sessies',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: {
        summary: 'Inloggen',
        tags,
        body: loginBodySchema,
        response: { 201: sessionSchema, 401: problemSchema, 423: problemSchema },
      },
    },
    async (request, reply) => {
      const { token, actor } = await login(db, config, request.body.email, request.body.wachtwoord);
      setSessionCookie(reply, request, config, token);
      return reply.code(201).send(await presentSession(db, actor));
    },
  );

  app.get(
    '/sessies/huidige',
    {
      config: { access: 'session', beforePasswordChange: true },
      schema: {
        summary: 'De huidige sessie',
        tags,
        response: { 200: sessionSchema, 401: problemSchema },
      },
    },
    async (request) => presentSession(db, requireActor(request)),
  );

  app.delete(
    '/sessies/huidige',
    {
      config: { access: 'session', beforePasswordChange: true },
      schema: { summary: 'Uitloggen', tags },
    },
    async (request, reply) => {
      await logout(db, requireActor(request));
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.put(
    '/sessies/huidige/organisatie',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Wisselen van organisatie',
        tags,
        body: switchTenantBodySchema,
        response: { 200: sessionSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const switched = await switchTenant(db, requireActor(request), request.body.organisatieId);
      return presentSession(db, switched);
    },
  );

  app.put(
    '/sessies/huidige/wachtwoord',
    {
      config: { access: 'session', beforePasswordChange: true, rateLimit: loginLimit },
      schema: {
        summary: 'Het eigen wachtwoord wijzigen',
        description: 'Alle andere sessies van het account worden beëindigd.',
        tags,
        body: changePasswordBodySchema,
        response: { 200: sessionSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await changePassword(db, actor, request.body.huidigWachtwoord, request.body.nieuwWachtwoord);
      return presentSession(db, { ...actor, mustChangePassword: false });
    },
  );

  app.post(
    '/uitnodigingen/acceptaties',
    {
      config: { access: 'public', rateLimit: loginLimit },
      schema: {
        summary: 'Een uitnodiging aannemen en een wachtwoord kiezen',
        tags,
        body: acceptInvitationBodySchema,
        response: { 204: z.null(), 400: problemSchema },
      },
    },
    async (request, reply) => {
      await acceptInvitation(db, request.body.token, request.body.wachtwoord);
      return reply.code(204).send(null);
    },
  );
};
