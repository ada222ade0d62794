import type { InviteUserBody, UpdateUserBody, User } from '../../shared/api/users.schema.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { audit, PURPOSES, type Who } from '../audit/audit.service.js';
import { inTenant, type Db, type Trx } from '../db/database.js';
import { deleteSessionsOfAccount } from '../sessions/session.repository.js';
import { problems } from '../http/problem.js';
import {
  countActiveBeheerders,
  findAccountByEmail,
  findMember,
  insertAccount,
  insertMembership,
  listMembers,
  lockTenantUsers,
  setAccountActive,
  setInvitation,
  tenantsOfAccount,
  updateMembership,
  type MemberRow,
} from './account.repository.js';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

export function presentUser(row: MemberRow): User {
  return {
    id: row.id,
    naam: row.name,
    email: row.email,
    rol: row.role,
    actief: row.active,
    uitnodigingOpen: row.invitePending,
    laatstIngelogd: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
  };
}

export async function listUsers(trx: Trx, actor: Who): Promise<User[]> {
  const rows = await listMembers(trx, actor.tenantId);
  await audit(trx, actor, {
    action: 'gebruikers.gelezen',
    purpose: PURPOSES.userAdmin,
    objectType: 'gebruiker',
    details: { aantal: rows.length },
  });
  return rows.map(presentUser);
}

/**
 * Invites a person to the actor's tenant. A new account gets a one-time link to choose a
 * password; an existing account (of another tenant) gets the membership at once.
 */
export async function inviteUser(
  trx: Trx,
  actor: Who,
  body: InviteUserBody,
): Promise<{ user: User; invitationPath: string | null; invitationExpiresAt: Date | null }> {
  const existing = await findAccountByEmail(trx, body.email);
  if (existing && (await findMember(trx, actor.tenantId, existing.id))) {
    throw problems.invalidField(
      'email',
      'Er is al een gebruiker met dit e-mailadres in deze organisatie.',
      'duplicate',
    );
  }
  const account =
    existing ??
    (await insertAccount(trx, { email: body.email, name: body.naam, passwordHash: null }));
  await insertMembership(trx, { tenantId: actor.tenantId, accountId: account.id, role: body.rol });
  let invitationPath: string | null = null;
  let invitationExpiresAt: Date | null = null;
  if (account.password_hash === null) {
    const token = newToken();
    invitationExpiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
    await setInvitation(trx, account.id, hashToken(token), invitationExpiresAt);
    invitationPath = `/uitnodiging?token=${token}`;
  }
  await audit(trx, actor, {
    action: 'gebruiker.uitgenodigd',
    purpose: PURPOSES.userAdmin,
    objectType: 'gebruiker',
    objectId: account.id,
    details: { rol: body.rol, bestaandAccount: existing !== undefined },
  });
  const member = await findMember(trx, actor.tenantId, account.id);
  if (!member) throw new Error('membership just created is not visible');
  return { user: presentUser(member), invitationPath, invitationExpiresAt };
}

export async function updateUser(
  trx: Trx,
  actor: Who,
  accountId: string,
  body: UpdateUserBody,
): Promise<User> {
  await lockTenantUsers(trx, actor.tenantId);
  const member = await findMember(trx, actor.tenantId, accountId);
  if (!member) throw problems.notFound('Deze gebruiker bestaat niet in uw organisatie.');
  const losesBeheer =
    member.role === 'beheerder' &&
    member.active &&
    ((body.rol !== undefined && body.rol !== 'beheerder') || body.actief === false);
  if (losesBeheer && accountId === actor.accountId) {
    throw problems.conflict(
      'U kunt uw eigen beheerrechten niet intrekken. Vraag een andere beheerder om dit te doen.',
    );
  }
  if (losesBeheer && (await countActiveBeheerders(trx, actor.tenantId)) <= 1) {
    throw problems.conflict(
      'Dit is de laatste beheerder van de organisatie. Maak eerst iemand anders beheerder.',
    );
  }
  await updateMembership(trx, actor.tenantId, accountId, {
    ...(body.rol !== undefined ? { role: body.rol } : {}),
    ...(body.actief !== undefined ? { active: body.actief } : {}),
  });
  await audit(trx, actor, {
    action:
      body.actief === true && !member.active ? 'gebruiker.geactiveerd' : 'gebruiker.gewijzigd',
    purpose: PURPOSES.userAdmin,
    objectType: 'gebruiker',
    objectId: accountId,
    details: {
      ...(body.rol !== undefined ? { rol: { van: member.role, naar: body.rol } } : {}),
      ...(body.actief !== undefined ? { actief: { van: member.active, naar: body.actief } } : {}),
    },
  });
  const updated = await findMember(trx, actor.tenantId, accountId);
  if (!updated) throw problems.notFound();
  return presentUser(updated);
}

/**
 * Blocks an account everywhere at once (for example when someone leaves): no login, and every
 * open session ends. Logged in each organisation the account belongs to.
 */
export async function deactivateAccount(db: Db, accountId: string, by: string): Promise<void> {
  await setAccountActive(db, accountId, false);
  await deleteSessionsOfAccount(db, accountId);
  const tenantIds = await inTenant(db, { tenantId: accountId, accountId }, (trx) =>
    tenantsOfAccount(trx, accountId),
  );
  for (const tenantId of tenantIds) {
    await inTenant(db, { tenantId, accountId: null }, (trx) =>
      audit(
        trx,
        { tenantId, accountId: null, name: by },
        {
          action: 'gebruiker.gewijzigd',
          purpose: PURPOSES.userAdmin,
          objectType: 'gebruiker',
          objectId: accountId,
          details: { account: { actief: { van: true, naar: false } } },
        },
      ),
    );
  }
}
