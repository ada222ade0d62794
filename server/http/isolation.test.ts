import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import type { TenantRow } from '../tenants/tenant.table.js';

describe(`tenant isolation and roles (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let a: TenantRow;
  let b: TenantRow;
  let beheerderA: Client;
  let beleidA: Client;
  let professionalA: Client;
  let userOfB: string;

  beforeAll(async () => {
    t = await createTestApp();
    a = await gemeente(t.database, 'GM0014');
    b = await gemeente(t.database, 'GM0518');
    await createUser(t.database, 'beheerder.a@test.nl', [{ tenant: a, role: 'beheerder' }]);
    await createUser(t.database, 'beleid.a@test.nl', [{ tenant: a, role: 'beleidsmedewerker' }]);
    await createUser(t.database, 'prof.a@test.nl', [{ tenant: a, role: 'professional' }]);
    await createUser(t.database, 'beheerder.b@test.nl', [{ tenant: b, role: 'beheerder' }]);
    userOfB = await createUser(t.database, 'prof.b@test.nl', [{ tenant: b, role: 'professional' }]);
    beheerderA = await login(t.app, 'beheerder.a@test.nl');
    beleidA = await login(t.app, 'beleid.a@test.nl');
    professionalA = await login(t.app, 'prof.a@test.nl');
    // Something in B's audit log that A must never see.
    const beheerderB = await login(t.app, 'beheerder.b@test.nl');
    await beheerderB.get('/api/v1/gebruikers');
  });
  afterAll(() => t.close());

  it('declares access on every API route, and refuses anonymous requests to all but public ones', async () => {
    const publicRoutes = new Set([
      'GET /api/v1/health',
      'POST /api/v1/sessies',
      'POST /api/v1/uitnodigingen/acceptaties',
      'GET /api/v1/openapi.json',
      'GET /api/v1/gemeenten',
    ]);
    const tried: string[] = [];
    for (const { method, url, access } of t.app.routeAccess) {
      const key = `${method} ${url}`;
      const response = await t.app.inject({
        method: method as 'GET',
        url: url.replace(':id', b.id),
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(access === 'public', key).toBe(publicRoutes.has(key));
      if (publicRoutes.has(key)) expect(response.statusCode, key).not.toBe(401);
      else expect(response.statusCode, key).toBe(401);
      tried.push(key);
    }
    expect(tried).toContain('PATCH /api/v1/gebruikers/:id');
  });

  it('lists only the users of the own tenant', async () => {
    const response = await beheerderA.get('/api/v1/gebruikers');
    expect(response.statusCode).toBe(200);
    const emails = response
      .json<{ gebruikers: { email: string }[] }>()
      .gebruikers.map((u) => u.email);
    expect(emails.sort()).toEqual(['beheerder.a@test.nl', 'beleid.a@test.nl', 'prof.a@test.nl']);
  });

  it('cannot change a user of another tenant by id', async () => {
    const response = await beheerderA.patch(`/api/v1/gebruikers/${userOfB}`, { actief: false });
    expect(response.statusCode).toBe(404);
    const still = await login(t.app, 'prof.b@test.nl');
    expect(still.accountId).toBe(userOfB);
  });

  it("cannot read or change another tenant's settings or logo", async () => {
    expect((await beheerderA.get(`/api/v1/organisaties/${b.id}`)).statusCode).toBe(404);
    expect(
      (await beheerderA.patch(`/api/v1/organisaties/${b.id}`, { naam: 'Overgenomen' })).statusCode,
    ).toBe(404);
    expect((await beheerderA.get(`/api/v1/organisaties/${b.id}/logo`)).statusCode).toBe(404);
    expect((await beheerderA.get(`/api/v1/organisaties/${a.id}`)).json()).toMatchObject({
      naam: 'Groningen',
    });
  });

  it("sees nothing of another tenant's audit log, by listing or by filter", async () => {
    const all = await beheerderA.get('/api/v1/auditlog?perPagina=500');
    const entries = all.json<{
      regels: { account: { id: string } | null; objectId: string | null }[];
    }>().regels;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.account?.id !== userOfB && e.objectId !== userOfB)).toBe(true);
    const filtered = await beheerderA.get(`/api/v1/auditlog?accountId=${userOfB}`);
    expect(filtered.json()).toMatchObject({ totaal: 0, regels: [] });
    const csv = await beheerderA.get(`/api/v1/auditlog/export`);
    expect(csv.body).not.toContain('beheerder.b');
    expect(csv.body).not.toContain('prof.b');
    expect(csv.body.split('\n').filter((line) => line.includes(`;${userOfB};`))).toEqual([]);
  });

  it('cannot switch to a tenant it does not belong to', async () => {
    const response = await beheerderA.put('/api/v1/sessies/huidige/organisatie', {
      organisatieId: b.id,
    });
    expect(response.statusCode).toBe(404);
    expect((await beheerderA.get('/api/v1/sessies/huidige')).json()).toMatchObject({
      actieveOrganisatie: { id: a.id },
    });
  });

  it('keeps a beleidsmedewerker away from personal records (users, audit log) and settings', async () => {
    for (const url of ['/api/v1/gebruikers', '/api/v1/auditlog', `/api/v1/organisaties/${a.id}`]) {
      expect((await beleidA.get(url)).statusCode, url).toBe(403);
    }
    expect(
      (
        await beleidA.post('/api/v1/gebruikers', {
          naam: 'X',
          email: 'x@test.nl',
          rol: 'beheerder',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('keeps a professional away from admin screens', async () => {
    for (const url of [
      '/api/v1/gebruikers',
      '/api/v1/auditlog',
      '/api/v1/auditlog/export',
      `/api/v1/organisaties/${a.id}`,
    ]) {
      expect((await professionalA.get(url)).statusCode, url).toBe(403);
    }
    const session = (await professionalA.get('/api/v1/sessies/huidige')).json<{
      rechten: string[];
    }>();
    expect(session.rechten).toEqual(['clientdossiers.lezen', 'registraties.invoeren']);
  });
});
