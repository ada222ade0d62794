import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { roleMay } from '../../shared/auth/roles.js';
import type { Actor } from '../auth/actor.js';
import { sameSecret } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { resolveSession } from '../sessions/session.service.js';
import type { RouteAccess } from './access.js';
import { problems } from './problem.js';

export const SESSION_COOKIE = 'meetwerk_sessie';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw problems.unauthenticated();
  return request.actor;
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: Pick<Config, 'secureCookies' | 'sessionMaxHours'>,
  token: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure:
      config.secureCookies === 'auto'
        ? request.protocol === 'https'
        : config.secureCookies === 'always',
    path: '/',
    maxAge: config.sessionMaxHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * The one place where every API request is authenticated and authorised: the session cookie is
 * resolved to an actor, the route's declared access is checked, and state-changing requests
 * must carry the session's CSRF token.
 */
async function authPlugin(app: FastifyInstance, options: { db: Db; config: Config }) {
  app.decorateRequest('actor', null);

  const routeAccess: RouteAccess[] = [];
  app.decorate('routeAccess', routeAccess);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(`Route ${route.method.toString()} ${route.url} declares no access.`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeAccess.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = (await resolveSession(options.db, options.config, token)) ?? null;
    if (access === 'public') return;
    const actor = requireActor(request);
    if (actor.mustChangePassword && !request.routeOptions.config.beforePasswordChange) {
      throw problems.forbidden('Kies eerst een nieuw wachtwoord. Daarna kunt u verder.');
    }
    if (access !== 'session' && !roleMay(actor.role, access)) throw problems.forbidden();
    if (UNSAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameSecret(header, actor.csrfToken)) {
        throw problems.forbidden(
          'Het verzoek mist een geldige beveiligingscode (CSRF). Vernieuw de pagina en probeer het opnieuw.',
        );
      }
    }
  });
}

export default fp(authPlugin, { name: 'meetwerk-auth', dependencies: ['@fastify/cookie'] });
