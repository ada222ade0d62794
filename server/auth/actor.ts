import { permissionsOf, type Permission, type Role } from '../../shared/auth/roles.js';
import type { Scope } from '../db/database.js';

/** Who is asking, for which tenant, in which role: resolved anew for every request. */
export interface Actor {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  accountId: string;
  name: string;
  email: string;
  tenantId: string;
  role: Role;
  /** Someone else has seen the password: nothing but choosing a new one is allowed. */
  mustChangePassword: boolean;
  permissions: Permission[];
}

export function actorFor(session: Omit<Actor, 'permissions'>): Actor {
  return { ...session, permissions: permissionsOf(session.role) };
}

export function scopeOf(actor: Actor): Scope {
  return { tenantId: actor.tenantId, accountId: actor.accountId };
}
