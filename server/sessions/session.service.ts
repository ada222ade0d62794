import type { Session, TenantSummary } from '../../shared/api/session.schema.js';
import type { Config } from '../config.js';
import { actorFor, type Actor } from '../auth/actor.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { hashToken, newToken } from '../auth/tokens.js';
import {
  findAccount,
  findAccountByEmail,
  findAccountByInviteHash,
  firstTenantOf,
  recordFailedLogin,
  recordSuccessfulLogin,
  setPassword,
} from '../accounts/account.repository.js';
import { audit, auditAs, PURPOSES } from '../audit/audit.service.js';
import { inTenant, type Db, type Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import {
  findPlatformTenant,
  listTenantAccess,
  type TenantAccessRow,
} from '../tenants/tenant.repository.js';
import {
  deleteOtherSessions,
  deleteSession,
  findLiveSession,
  insertSession,
  setSessionTenant,
  touchSession,
} from './session.repository.js';

type SessionSettings = Pick<
  Config,
  'sessionIdleMinutes' | 'sessionMaxHours' | 'loginMaxFailures' | 'loginLockMinutes'
>;

const WRONG_CREDENTIALS = 'Het e-mailadres of het wachtwoord klopt niet.';

function lockedMessage(minutes: number): string {
  return `Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw, of vraag uw beheerder om hulp.`;
}

/** Reads the tenants an account may use; the account may read its own memberships anywhere. */
function tenantAccess(db: Db, accountId: string, tenantId: string): Promise<TenantAccessRow[]> {
  return inTenant(db, { tenantId, accountId }, (trx) => listTenantAccess(trx, accountId));
}

async function logFailure(db: Db, accountId: string | null, email: string, reason: string) {
  const platform = await findPlatformTenant(db);
  const tenantId =
    (accountId &&
      (await inTenant(db, { tenantId: platform?.id ?? '', accountId }, (trx) =>
        firstTenantOf(trx, accountId),
      ))) ||
    platform?.id;
  if (!tenantId) return;
  await inTenant(db, { tenantId, accountId }, (trx) =>
    auditAs(
      trx,
      { tenantId, accountId, actor: accountId ? email : 'onbekend' },
      {
        action: 'inloggen.mislukt',
        purpose: PURPOSES.security,
        objectType: 'account',
        ...(accountId ? { objectId: accountId } : {}),
        details: { reden: reason },
      },
    ),
  );
}

export interface LoginResult {
  token: string;
  actor: Actor;
}

export async function login(
  db: Db,
  settings: SessionSettings,
  email: string,
  password: string,
): Promise<LoginResult> {
  const account = await findAccountByEmail(db, email);
  const passwordOk = await verifyPassword(account?.password_hash ?? null, password);
  if (!account) {
    await logFailure(db, null, '', 'onbekend e-mailadres');
    throw problems.unauthenticated(WRONG_CREDENTIALS);
  }
  if (account.locked_until && account.locked_until > new Date()) {
    await logFailure(db, account.id, account.email, 'account tijdelijk geblokkeerd');
    throw problems.locked(lockedMessage(settings.loginLockMinutes));
  }
  if (!passwordOk || !account.active) {
    const { lockedUntil } = await recordFailedLogin(
      db,
      account.id,
      settings.loginMaxFailures,
      settings.loginLockMinutes,
    );
    await logFailure(
      db,
      account.id,
      account.email,
      account.active ? 'onjuist wachtwoord' : 'account gedeactiveerd',
    );
    if (lockedUntil && lockedUntil > new Date()) {
      throw problems.locked(lockedMessage(settings.loginLockMinutes));
    }
    throw problems.unauthenticated(WRONG_CREDENTIALS);
  }

  const platform = await findPlatformTenant(db);
  const access = await tenantAccess(db, account.id, platform?.id ?? account.id);
  const first = access[0];
  if (!first) {
    await logFailure(db, account.id, account.email, 'geen actieve organisatie');
    throw problems.forbidden(
      'Uw account hoort (nog) bij geen enkele organisatie. Vraag uw beheerder om u toegang te geven.',
    );
  }
  await recordSuccessfulLogin(db, account.id);
  const token = newToken();
  const expiresAt = new Date(Date.now() + settings.sessionMaxHours * 3600_000);
  const csrfToken = newToken();
  await insertSession(db, {
    id: hashToken(token),
    accountId: account.id,
    tenantId: first.tenant.id,
    csrfToken,
    expiresAt,
  });
  const actor = actorFor({
    sessionId: hashToken(token),
    csrfToken,
    expiresAt,
    accountId: account.id,
    name: account.name,
    email: account.email,
    tenantId: first.tenant.id,
    role: first.role,
    mustChangePassword: account.must_change_password,
  });
  await inTenant(db, { tenantId: actor.tenantId, accountId: actor.accountId }, (trx) =>
    audit(trx, actor, {
      action: 'inloggen',
      purpose: PURPOSES.security,
      objectType: 'account',
      objectId: account.id,
    }),
  );
  return { token, actor };
}

/**
 * The actor behind a session cookie, or undefined when the session is unknown, expired, idle
 * too long, or its account or membership is no longer active. Roles are read anew on every
 * request, so a change by the beheerder takes effect at once.
 */
export async function resolveSession(
  db: Db,
  settings: SessionSettings,
  token: string,
): Promise<Actor | undefined> {
  const sessionId = hashToken(token);
  const session = await findLiveSession(db, sessionId, settings.sessionIdleMinutes);
  if (!session || !session.accountActive) return undefined;
  const access = await tenantAccess(db, session.account_id, session.tenant_id);
  const current = access.find((a) => a.tenant.id === session.tenant_id);
  if (!current) return undefined;
  // Writing on every request would cost a write per click; a minute's precision is enough.
  if (Date.now() - session.last_seen_at.getTime() > 60_000) await touchSession(db, sessionId);
  return actorFor({
    sessionId,
    csrfToken: session.csrf_token,
    expiresAt: session.expires_at,
    accountId: session.account_id,
    name: session.accountName,
    email: session.accountEmail,
    tenantId: session.tenant_id,
    role: current.role,
    mustChangePassword: session.mustChangePassword,
  });
}

function summary(access: TenantAccessRow): TenantSummary {
  return {
    id: access.tenant.id,
    naam: access.tenant.name,
    soort: access.tenant.kind,
    cbsCode: access.tenant.cbs_code,
    rol: access.role,
  };
}

export async function presentSession(db: Db, actor: Actor): Promise<Session> {
  const access = await tenantAccess(db, actor.accountId, actor.tenantId);
  const current = access.find((a) => a.tenant.id === actor.tenantId);
  if (!current) throw problems.unauthenticated();
  return {
    account: { id: actor.accountId, naam: actor.name, email: actor.email },
    organisaties: access.map(summary),
    actieveOrganisatie: {
      ...summary(current),
      themaKleur: current.tenant.theme_colour,
      heeftLogo: current.tenant.logo !== null,
    },
    rechten: actor.permissions,
    moetWachtwoordWijzigen: actor.mustChangePassword,
    csrfToken: actor.csrfToken,
    verlooptOm: actor.expiresAt.toISOString(),
  };
}

export async function switchTenant(db: Db, actor: Actor, tenantId: string): Promise<Actor> {
  const access = await tenantAccess(db, actor.accountId, actor.tenantId);
  const target = access.find((a) => a.tenant.id === tenantId);
  if (!target) throw problems.notFound('U hebt geen toegang tot deze organisatie.');
  await setSessionTenant(db, actor.sessionId, tenantId);
  const switched = actorFor({ ...actor, tenantId, role: target.role });
  await inTenant(db, { tenantId, accountId: actor.accountId }, (trx) =>
    audit(trx, switched, {
      action: 'organisatie.gewisseld',
      purpose: PURPOSES.security,
      objectType: 'organisatie',
      objectId: tenantId,
      details: { van: actor.tenantId },
    }),
  );
  return switched;
}

export async function logout(db: Db, actor: Actor): Promise<void> {
  await deleteSession(db, actor.sessionId);
  await inTenant(db, { tenantId: actor.tenantId, accountId: actor.accountId }, (trx: Trx) =>
    audit(trx, actor, {
      action: 'uitloggen',
      purpose: PURPOSES.security,
      objectType: 'account',
      objectId: actor.accountId,
    }),
  );
}

/** Sets the first password of an invited account. The link works once and expires. */
export async function acceptInvitation(db: Db, token: string, password: string): Promise<void> {
  const account = await findAccountByInviteHash(db, hashToken(token));
  const usable =
    account?.active && account.invite_expires_at && account.invite_expires_at > new Date();
  if (!account || !usable) {
    throw problems.invalidField(
      'token',
      'Deze uitnodiging is niet (meer) geldig. Vraag uw beheerder om een nieuwe uitnodiging.',
      'invitation_invalid',
    );
  }
  await setPassword(db, account.id, await hashPassword(password));
  const platform = await findPlatformTenant(db);
  const tenantId = await inTenant(
    db,
    { tenantId: platform?.id ?? account.id, accountId: account.id },
    (trx) => firstTenantOf(trx, account.id),
  );
  if (!tenantId) return;
  await inTenant(db, { tenantId, accountId: account.id }, (trx) =>
    auditAs(
      trx,
      { tenantId, accountId: account.id, actor: account.name },
      {
        action: 'wachtwoord.ingesteld',
        purpose: PURPOSES.security,
        objectType: 'account',
        objectId: account.id,
      },
    ),
  );
}

/**
 * Changes the password of the logged-in account after checking the current one. Every other
 * session of the account ends: whoever knew the old password is logged out everywhere.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  current: string,
  next: string,
): Promise<void> {
  const account = await findAccount(db, actor.accountId);
  if (!account || !(await verifyPassword(account.password_hash, current))) {
    throw problems.invalidField(
      'huidigWachtwoord',
      'Uw huidige wachtwoord klopt niet.',
      'wrong_password',
    );
  }
  if (current === next) {
    throw problems.invalidField(
      'nieuwWachtwoord',
      'Kies een ander wachtwoord dan het huidige.',
      'same_password',
    );
  }
  await setPassword(db, actor.accountId, await hashPassword(next));
  await deleteOtherSessions(db, actor.accountId, actor.sessionId);
  await inTenant(db, { tenantId: actor.tenantId, accountId: actor.accountId }, (trx) =>
    audit(trx, actor, {
      action: 'wachtwoord.gewijzigd',
      purpose: PURPOSES.security,
      objectType: 'account',
      objectId: actor.accountId,
    }),
  );
}
