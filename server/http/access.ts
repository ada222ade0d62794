import type { Permission } from '../../shared/auth/roles.js';
import type { Actor } from '../auth/actor.js';

/**
 * What a route requires. Every API route must declare one (checked at start-up), so a route
 * can never be open by accident: `public` (no login), `session` (any logged-in user), or a
 * permission from `shared/auth/roles.ts`.
 */
export type Access = 'public' | 'session' | Permission;

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with the access it declares: for tests and documentation. */
    routeAccess: RouteAccess[];
  }
  interface FastifyContextConfig {
    access?: Access;
    /** Open to a user who must first choose a new password (the session and that change). */
    beforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
