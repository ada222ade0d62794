import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import {
  createTenant,
  createTestApp,
  createUser,
  gemeente,
  login,
  TEST_PASSWORD,
  type Client,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { linkTenants } from '../tenants/tenant.repository.js';
import type { TenantRow } from '../tenants/tenant.table.js';

const WRONG_CREDENTIALS = 'Het e-mailadres of het wachtwoord klopt niet.';
const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

function postLogin(app: FastifyInstance, email: string, wachtwoord: string) {
  return app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord } });
}

/** Logs in and returns the raw cookie and CSRF token, to send requests without the helper. */
async function rawSession(app: FastifyInstance, email: string) {
  const response = await postLogin(app, email, TEST_PASSWORD);
  expect(response.statusCode).toBe(201);
  const cookie = response.cookies.find((c) => c.name === 'meetwerk_sessie')?.value ?? '';
  return { cookie, csrfToken: response.json<{ csrfToken: string }>().csrfToken };
}

function setCookieHeader(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  return [header ?? ''].flat().join('\n');
}

interface SessionBody {
  account: { id: string; email: string };
  organisaties: { id: string; naam: string; soort: string; rol: string }[];
  actieveOrganisatie: { id: string; naam: string; rol: string };
  rechten: string[];
  csrfToken: string;
  verlooptOm: string;
}

describe(`sessions: login, logout, expiry, CSRF, switching (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let a: TenantRow;
  let platformId: string;
  let beheerder: Client;

  async function auditOf(tenantId: string, action: string) {
    return t.database.asOwner((owner) =>
      owner
        .selectFrom('audit_log')
        .select(['account_id', 'actor', 'object_id', 'details'])
        .where('tenant_id', '=', tenantId)
        .where('action', '=', action)
        .orderBy('id')
        .execute(),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    a = await gemeente(t.database, 'GM0014');
    const platform = await t.database.db
      .selectFrom('tenants')
      .select('id')
      .where('kind', '=', 'platform')
      .executeTakeFirstOrThrow();
    platformId = platform.id;
    await createUser(t.database, 'beheerder@test.nl', [{ tenant: a, role: 'beheerder' }]);
    for (const name of ['piet', 'slot', 'reset', 'weg', 'uit', 'idle', 'csrf', 'ander']) {
      await createUser(t.database, `${name}@test.nl`, [{ tenant: a, role: 'professional' }]);
    }
    beheerder = await login(t.app, 'beheerder@test.nl');
  });
  afterAll(() => t.close());

  it('logs in with a cookie that scripts cannot read and other sites cannot send', async () => {
    const response = await postLogin(t.app, 'Piet@Test.nl', TEST_PASSWORD);
    expect(response.statusCode).toBe(201);
    const cookie = setCookieHeader(response);
    expect(cookie).toMatch(/^meetwerk_sessie=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain(`Max-Age=${t.config.sessionMaxHours * 3600}`);
    expect(cookie).not.toContain('Secure');

    const session = response.json<SessionBody>();
    expect(session.account.email).toBe('piet@test.nl');
    expect(session.organisaties).toEqual([
      { id: a.id, naam: 'Groningen', soort: 'gemeente', cbsCode: 'GM0014', rol: 'professional' },
    ]);
    expect(session.actieveOrganisatie).toMatchObject({ id: a.id, rol: 'professional' });
    expect(session.rechten).toEqual(['clientdossiers.lezen', 'registraties.invoeren']);
    const hoursLeft = (Date.parse(session.verlooptOm) - Date.now()) / 3600_000;
    expect(hoursLeft).toBeGreaterThan(t.config.sessionMaxHours - 0.1);
    expect(hoursLeft).toBeLessThanOrEqual(t.config.sessionMaxHours);

    const token = response.cookies[0]?.value ?? '';
    const current = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sessies/huidige',
      cookies: { meetwerk_sessie: token },
    });
    expect(current.statusCode).toBe(200);
    // The database holds only a hash of the cookie: a copy of it opens no session.
    const stored = await t.database.asOwner((owner) =>
      owner
        .selectFrom('sessions')
        .select('id')
        .where('id', 'in', [token, hashToken(token)])
        .execute(),
    );
    expect(stored).toEqual([{ id: hashToken(token) }]);
  });

  it('marks the cookie Secure when MEETWERK_SECURE_COOKIES=always', async () => {
    const secure = await createTestApp({ MEETWERK_SECURE_COOKIES: 'always' });
    try {
      const g = await gemeente(secure.database, 'GM0014');
      await createUser(secure.database, 'veilig@test.nl', [{ tenant: g, role: 'beheerder' }]);
      const response = await postLogin(secure.app, 'veilig@test.nl', TEST_PASSWORD);
      expect(response.statusCode).toBe(201);
      const cookie = setCookieHeader(response);
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });

  it('says the same, in Dutch, for a wrong password and for an unknown e-mail address', async () => {
    const wrong = await postLogin(t.app, 'piet@test.nl', 'niet-het-wachtwoord');
    const unknown = await postLogin(t.app, 'niemand@test.nl', TEST_PASSWORD);
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toBe(PROBLEM_JSON);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.json()).toMatchObject({
        status: 401,
        title: 'Niet ingelogd',
        detail: WRONG_CREDENTIALS,
      });
    }
    expect(unknown.body).toBe(wrong.body);
  });

  it('rejects a login body that is not valid, naming the field', async () => {
    const response = await postLogin(t.app, 'geen-e-mailadres', TEST_PASSWORD);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe(PROBLEM_JSON);
    expect(response.json()).toMatchObject({
      title: 'Ongeldige invoer',
      invalidParams: [{ name: 'email', reason: 'Vul een geldig e-mailadres in.' }],
    });
    const empty = await postLogin(t.app, 'piet@test.nl', '');
    expect(empty.json()).toMatchObject({
      invalidParams: [{ name: 'wachtwoord', reason: 'Vul uw wachtwoord in.' }],
    });
  });

  it('refuses a login sent as a form instead of JSON (415)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=piet%40test.nl&wachtwoord=${TEST_PASSWORD}`,
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toBe(PROBLEM_JSON);
    expect(response.json()).toMatchObject({
      detail:
        'Stuur gegevens als JSON (application/json), of een bestand als CSV (text/csv) of Excel (XLSX).',
    });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('locks an account after too many wrong passwords, even for the right one', async () => {
    const max = t.config.loginMaxFailures;
    expect(max).toBe(5);
    for (let attempt = 1; attempt < max; attempt++) {
      expect((await postLogin(t.app, 'slot@test.nl', `fout-${attempt}`)).statusCode).toBe(401);
    }
    expect((await postLogin(t.app, 'slot@test.nl', 'fout-laatste')).statusCode).toBe(423);
    const right = await postLogin(t.app, 'slot@test.nl', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.headers['content-type']).toBe(PROBLEM_JSON);
    expect(right.json<{ detail: string }>().detail).toMatch(
      /^Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen\./,
    );
    expect(right.headers['set-cookie']).toBeUndefined();

    expect(right.json<{ detail: string }>().detail).toContain(
      `over ${t.config.loginLockMinutes} minuten`,
    );

    // Once the lock has passed, one slip does not lock the account again, and the right
    // password works.
    await t.database.asOwner((owner) =>
      owner
        .updateTable('accounts')
        .set({ locked_until: sql<Date>`now() - interval '1 second'` })
        .where('email', '=', 'slot@test.nl')
        .execute(),
    );
    expect((await postLogin(t.app, 'slot@test.nl', 'nog-een-keer-fout')).statusCode).toBe(401);
    expect((await postLogin(t.app, 'slot@test.nl', TEST_PASSWORD)).statusCode).toBe(201);
  });

  it('counts wrong passwords anew after a successful login', async () => {
    const max = t.config.loginMaxFailures;
    for (let attempt = 1; attempt < max; attempt++) {
      expect((await postLogin(t.app, 'reset@test.nl', 'fout')).statusCode).toBe(401);
    }
    expect((await postLogin(t.app, 'reset@test.nl', TEST_PASSWORD)).statusCode).toBe(201);
    for (let attempt = 1; attempt < max; attempt++) {
      expect((await postLogin(t.app, 'reset@test.nl', 'fout')).statusCode).toBe(401);
    }
    expect((await postLogin(t.app, 'reset@test.nl', TEST_PASSWORD)).statusCode).toBe(201);
  });

  it('ends access at once when the only membership is deactivated', async () => {
    const weg = await login(t.app, 'weg@test.nl');
    expect((await weg.get('/api/v1/sessies/huidige')).statusCode).toBe(200);
    const patched = await beheerder.patch(`/api/v1/gebruikers/${weg.accountId}`, { actief: false });
    expect(patched.statusCode).toBe(200);

    const next = await weg.get('/api/v1/sessies/huidige');
    expect(next.statusCode).toBe(401);
    expect(next.json()).toMatchObject({
      detail: 'U bent niet ingelogd, of uw sessie is verlopen. Log opnieuw in.',
    });
    const again = await postLogin(t.app, 'weg@test.nl', TEST_PASSWORD);
    expect(again.statusCode).toBe(403);
    expect(again.json()).toMatchObject({
      detail:
        'Uw account hoort (nog) bij geen enkele organisatie. Vraag uw beheerder om u toegang te geven.',
    });
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('logs out: 204, the cookie is cleared and the session no longer works', async () => {
    const uit = await login(t.app, 'uit@test.nl');
    const response = await uit.delete('/api/v1/sessies/huidige');
    expect(response.statusCode).toBe(204);
    expect(setCookieHeader(response)).toMatch(/^meetwerk_sessie=;.*Expires=Thu, 01 Jan 1970/);
    expect((await uit.get('/api/v1/sessies/huidige')).statusCode).toBe(401);
    expect((await uit.delete('/api/v1/sessies/huidige')).statusCode).toBe(401);
  });

  it('ends a session that has been idle too long, and keeps an active one alive', async () => {
    const idleMinutes = t.config.sessionIdleMinutes;
    const idle = await rawSession(t.app, 'idle@test.nl');
    const active = await rawSession(t.app, 'idle@test.nl');
    const lastSeen = (token: string, minutesAgo: number) =>
      t.database.asOwner((owner) =>
        owner
          .updateTable('sessions')
          .set({ last_seen_at: sql<Date>`now() - make_interval(mins => ${minutesAgo})` })
          .where('id', '=', hashToken(token))
          .execute(),
      );
    const current = (token: string) =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/sessies/huidige',
        cookies: { meetwerk_sessie: token },
      });
    await lastSeen(idle.cookie, idleMinutes + 1);
    await lastSeen(active.cookie, idleMinutes - 1);
    expect((await current(idle.cookie)).statusCode).toBe(401);
    expect((await current(active.cookie)).statusCode).toBe(200);
    // That request counted as activity: the session is good for another full idle period.
    const touched = await t.database.asOwner((owner) =>
      owner
        .selectFrom('sessions')
        .select(sql<boolean>`last_seen_at > now() - interval '1 minute'`.as('fresh'))
        .where('id', '=', hashToken(active.cookie))
        .executeTakeFirstOrThrow(),
    );
    expect(touched.fresh).toBe(true);

    // However active, a session ends at its maximum age.
    await t.database.asOwner((owner) =>
      owner
        .updateTable('sessions')
        .set({ expires_at: sql<Date>`now() - interval '1 second'` })
        .where('id', '=', hashToken(active.cookie))
        .execute(),
    );
    expect((await current(active.cookie)).statusCode).toBe(401);
  });

  it('ends every session at once when the idle time is set to zero', async () => {
    const strict = await createTestApp({ MEETWERK_SESSION_IDLE_MINUTES: '0' });
    try {
      const g = await gemeente(strict.database, 'GM0014');
      await createUser(strict.database, 'kort@test.nl', [{ tenant: g, role: 'professional' }]);
      const kort = await login(strict.app, 'kort@test.nl');
      expect((await kort.get('/api/v1/sessies/huidige')).statusCode).toBe(401);
    } finally {
      await strict.close();
    }
  });

  it('refuses a change without the CSRF token of the session (403)', async () => {
    const { cookie, csrfToken } = await rawSession(t.app, 'csrf@test.nl');
    const other = await rawSession(t.app, 'ander@test.nl');
    const logout = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'DELETE',
        url: '/api/v1/sessies/huidige',
        cookies: { meetwerk_sessie: cookie },
        headers,
      });
    const csrfMessage =
      'Het verzoek mist een geldige beveiligingscode (CSRF). Vernieuw de pagina en probeer het opnieuw.';
    const attempts: Record<string, string>[] = [
      {},
      { 'x-csrf-token': 'verkeerd' },
      { 'x-csrf-token': other.csrfToken },
      { 'x-csrf-token': csrfToken.slice(0, -1) },
    ];
    for (const headers of attempts) {
      const response = await logout(headers);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toBe(PROBLEM_JSON);
      expect(response.json()).toMatchObject({ title: 'Geen toegang', detail: csrfMessage });
    }
    const switched = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/sessies/huidige/organisatie',
      cookies: { meetwerk_sessie: cookie },
      payload: { organisatieId: a.id },
    });
    expect(switched.statusCode).toBe(403);
    // None of this logged the user out; with the right token it does.
    const still = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sessies/huidige',
      cookies: { meetwerk_sessie: cookie },
    });
    expect(still.statusCode).toBe(200);
    expect((await logout({ 'x-csrf-token': csrfToken })).statusCode).toBe(204);
  });

  it('slows down guessing: too many login attempts per minute get 429 in Dutch', async () => {
    const limited = await createTestApp({ MEETWERK_LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const g = await gemeente(limited.database, 'GM0014');
      await createUser(limited.database, 'gok@test.nl', [{ tenant: g, role: 'professional' }]);
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await postLogin(limited.app, 'gok@test.nl', `gok-${attempt}`)).statusCode).toBe(
          401,
        );
      }
      const fourth = await postLogin(limited.app, 'gok@test.nl', TEST_PASSWORD);
      expect(fourth.statusCode).toBe(429);
      expect(fourth.headers['content-type']).toBe(PROBLEM_JSON);
      expect(fourth.headers['retry-after']).toBeDefined();
      expect(fourth.json()).toMatchObject({
        status: 429,
        title: 'Te veel verzoeken',
        detail: 'U hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
      });
      expect(fourth.headers['set-cookie']).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  describe('an onderzoeker of a bureau that works for three gemeenten', () => {
    let bureau: TenantRow;
    let gemeenten: TenantRow[];
    let onderzoeker: Client;

    beforeAll(async () => {
      bureau = await createTenant(t.database, 'bureau', 'Onderzoeksbureau Noord');
      gemeenten = [
        await gemeente(t.database, 'GM0014'),
        await gemeente(t.database, 'GM0080'),
        await gemeente(t.database, 'GM0106'),
      ];
      await linkTenants(
        t.database.db,
        bureau.id,
        gemeenten.map((g) => g.id),
        'werkt_voor',
      );
      await createUser(t.database, 'onderzoeker@test.nl', [
        { tenant: bureau, role: 'onderzoeker' },
      ]);
      onderzoeker = await login(t.app, 'onderzoeker@test.nl');
    });

    it('sees the bureau and the three gemeenten, as onderzoeker everywhere', async () => {
      const session = (await onderzoeker.get('/api/v1/sessies/huidige')).json<SessionBody>();
      expect(session.organisaties.map((o) => o.id)).toEqual([
        bureau.id,
        ...gemeenten.map((g) => g.id).sort((x, y) => nameOf(x).localeCompare(nameOf(y), 'nl')),
      ]);
      expect(session.organisaties.every((o) => o.rol === 'onderzoeker')).toBe(true);
      expect(session.actieveOrganisatie).toMatchObject({ id: bureau.id, soort: 'bureau' });

      function nameOf(id: string) {
        return gemeenten.find((g) => g.id === id)?.name ?? '';
      }
    });

    it('switches to each gemeente, and each switch is audited in the gemeente', async () => {
      let from = bureau.id;
      for (const target of gemeenten) {
        const response = await onderzoeker.put('/api/v1/sessies/huidige/organisatie', {
          organisatieId: target.id,
        });
        expect(response.statusCode).toBe(200);
        const session = response.json<SessionBody>();
        expect(session.actieveOrganisatie).toMatchObject({
          id: target.id,
          naam: target.name,
          rol: 'onderzoeker',
        });
        expect(session.rechten).toEqual(['cijfers.lezen', 'onderzoek.uitvoeren']);
        const current = (await onderzoeker.get('/api/v1/sessies/huidige')).json<SessionBody>();
        expect(current.actieveOrganisatie.id).toBe(target.id);

        const entries = await auditOf(target.id, 'organisatie.gewisseld');
        expect(entries).toEqual([
          {
            account_id: onderzoeker.accountId,
            actor: 'onderzoeker',
            object_id: target.id,
            details: { van: from },
          },
        ]);
        from = target.id;
      }
    });

    it('cannot switch to a gemeente the bureau does not work for', async () => {
      const elsewhere = await gemeente(t.database, 'GM0363');
      const response = await onderzoeker.put('/api/v1/sessies/huidige/organisatie', {
        organisatieId: elsewhere.id,
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({
        detail: 'U hebt geen toegang tot deze organisatie.',
      });
      expect(await auditOf(elsewhere.id, 'organisatie.gewisseld')).toEqual([]);
    });
  });

  it('audits logging in, failing to log in and logging out', async () => {
    const before = await postLogin(t.app, 'piet@test.nl', 'nog-eens-fout');
    expect(before.statusCode).toBe(401);
    await postLogin(t.app, 'onbekend.adres@test.nl', 'wat-dan-ook');
    const piet = await login(t.app, 'piet@test.nl');
    await piet.delete('/api/v1/sessies/huidige');

    const entries = async (actie: string) =>
      (await beheerder.get(`/api/v1/auditlog?actie=${actie}&accountId=${piet.accountId}`)).json<{
        regels: { objectId: string; doel: string; details: Record<string, unknown> }[];
      }>().regels;
    expect((await entries('inloggen')).length).toBeGreaterThanOrEqual(1);
    expect((await entries('uitloggen')).length).toBe(1);
    const failed = await entries('inloggen.mislukt');
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed[0]).toMatchObject({
      objectId: piet.accountId,
      doel: 'Beveiliging en toegang',
      details: { reden: 'onjuist wachtwoord' },
    });
    // An unknown address is logged for the platform, without the address itself.
    const unknown = await auditOf(platformId, 'inloggen.mislukt');
    expect(unknown).toContainEqual({
      account_id: null,
      actor: 'onbekend',
      object_id: null,
      details: { reden: 'onbekend e-mailadres' },
    });
    expect(JSON.stringify(unknown)).not.toContain('onbekend.adres');
  });
});
