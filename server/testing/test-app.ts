import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role, TenantKind } from '../../shared/auth/roles.js';
import { insertAccount, insertMembership } from '../accounts/account.repository.js';
import { hashPassword } from '../auth/password.js';
import { readConfig, type Config } from '../config.js';
import { inTenant, type DatabaseHandle } from '../db/database.js';
import { buildApp } from '../http/app.js';
import { syncReferenceData } from '../platform/reference-data.js';
import { findTenantByCbsCode, insertTenant } from '../tenants/tenant.repository.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import { createTestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'test-wachtwoord-123';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  close(): Promise<void>;
}

/** The real app on a fresh database, with the reference data loaded. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  await syncReferenceData(database.db);
  const config = readConfig({ MEETWERK_LOGIN_RATE_PER_MINUTE: '10000', ...env });
  const app = await buildApp({ database, config, logRequests: false });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let passwordHash: Promise<string> | undefined;

/** Creates an account with the test password and the given roles. */
export async function createUser(
  database: DatabaseHandle,
  email: string,
  memberships: { tenant: TenantRow; role: Role }[],
  name = email.split('@')[0] ?? email,
): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const account = await insertAccount(database.db, {
    email,
    name,
    passwordHash: await passwordHash,
  });
  for (const { tenant, role } of memberships) {
    await inTenant(database.db, { tenantId: tenant.id, accountId: null }, (trx) =>
      insertMembership(trx, { tenantId: tenant.id, accountId: account.id, role }),
    );
  }
  return account.id;
}

export async function gemeente(database: DatabaseHandle, cbsCode: string): Promise<TenantRow> {
  const tenant = await findTenantByCbsCode(database.db, cbsCode);
  if (!tenant) throw new Error(`no gemeente ${cbsCode}`);
  return tenant;
}

export function createTenant(database: DatabaseHandle, kind: TenantKind, name: string) {
  return insertTenant(database.db, { kind, name });
}

/** A logged-in browser: keeps the session cookie and sends the CSRF token on writes. */
export interface Client {
  accountId: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function login(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/sessies',
    payload: { email, wachtwoord: password },
  });
  if (response.statusCode !== 201) {
    throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === 'meetwerk_sessie');
  if (!cookie) throw new Error('no session cookie');
  const session = response.json<{ csrfToken: string; account: { id: string } }>();
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      cookies: { meetwerk_sessie: cookie.value },
      headers: { 'x-csrf-token': session.csrfToken, ...(options.headers ?? {}) },
    });
  return {
    accountId: session.account.id,
    csrfToken: session.csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) =>
      request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as object }),
    put: (url, body) => request({ method: 'PUT', url, payload: body as object }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}
