import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION } from '../../shared/api/version.js';
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

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

interface OpenApi {
  openapi: string;
  info: { version: string; contact?: { name?: string; url?: string; email?: string } };
  paths: Record<string, Record<string, unknown>>;
}

describe(`the HTTP app: health, OpenAPI, errors, headers (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let a: TenantRow;
  let beheerder: Client;
  let professional: Client;

  beforeAll(async () => {
    t = await createTestApp();
    a = await gemeente(t.database, 'GM0014');
    await createUser(t.database, 'beheerder@test.nl', [{ tenant: a, role: 'beheerder' }]);
    await createUser(t.database, 'prof@test.nl', [{ tenant: a, role: 'professional' }]);
    beheerder = await login(t.app, 'beheerder@test.nl');
    professional = await login(t.app, 'prof@test.nl');
  });
  afterAll(() => t.close());

  it('reports health with the API version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok', versie: API_VERSION });
    expect(response.headers['api-version']).toBe(API_VERSION);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('publishes an OpenAPI 3 document that any site may read and that documents every route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const spec = response.json<OpenApi>();
    expect(spec.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(spec.info.version).toBe(API_VERSION);
    expect(spec.info.contact).toMatchObject({ name: expect.any(String) as unknown });
    expect(spec.info.contact?.email ?? spec.info.contact?.url).toBeTruthy();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/gebruikers', '/api/v1/auditlog', '/api/v1/sessies']),
    );
    expect(Object.keys(spec.paths['/api/v1/sessies'] ?? {})).toContain('post');

    const documented = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = t.app.routeAccess
      .filter((r) => r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it('allows other sites to read only the OpenAPI document, not the API itself', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.headers['access-control-allow-origin']).toBeUndefined();
    const session = await beheerder.get('/api/v1/sessies/huidige');
    expect(session.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an unknown API route with a Dutch 404 problem', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/bestaat-niet'],
      ['POST', '/api/v1/bestaat-niet'],
      ['DELETE', '/api/v1/gebruikers'],
      ['GET', '/api/v2/health'],
      ['GET', '/api/v1/gebruikers/a/b'],
    ] as const) {
      const response = await t.app.inject({ method, url: `${url}?geheim=1` });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.headers['content-type']).toBe(PROBLEM_JSON);
      expect(response.json()).toEqual({
        type: 'https://meetwerk.nl/problemen/404',
        title: 'Niet gevonden',
        status: 404,
        detail: 'Deze API-route bestaat niet.',
        instance: url,
      });
    }
  });

  it('sends security headers on pages, API answers and errors alike', async () => {
    const responses = [
      await t.app.inject({ method: 'GET', url: '/api/v1/health' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/bestaat-niet' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/gebruikers' }),
      await beheerder.get('/api/v1/gebruikers'),
    ];
    for (const response of responses) {
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-powered-by']).toBeUndefined();
      // On plain http (no MEETWERK_SECURE_COOKIES=always) there is no HSTS.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('answers a body it cannot read with a Dutch 400 or 413 problem, never a 500', async () => {
    const send = (payload: string, contentType = 'application/json') =>
      beheerder.request({
        method: 'POST',
        url: '/api/v1/gebruikers',
        headers: { 'content-type': contentType },
        payload,
      });
    for (const payload of ['{"naam": "Half', '', 'null', '[1,2', '\u0000']) {
      const response = await send(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toBe(PROBLEM_JSON);
      expect(response.json<{ title: string }>().title).toMatch(/^Ongeldig/);
    }
    const huge = await send(JSON.stringify({ naam: 'x'.repeat(3 * 1024 * 1024) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toBe(PROBLEM_JSON);
    expect(huge.json()).toMatchObject({
      title: 'Te groot',
      detail: 'Het verzoek is te groot (hoogstens 2 MB).',
    });
  });

  it('answers every failing request on every route with application/problem+json', async () => {
    const seen = new Set<number>();
    const check = (label: string, response: LightMyRequestResponse) => {
      if (response.statusCode < 400) return;
      seen.add(response.statusCode);
      expect(response.headers['content-type'], label).toBe(PROBLEM_JSON);
      const body = response.json<{ status: number; title: string; type: string }>();
      expect(body.status, label).toBe(response.statusCode);
      expect(body.title, label).toBeTruthy();
      expect(body.type, label).toBe(`https://meetwerk.nl/problemen/${response.statusCode}`);
    };
    const ids = ['geen-uuid', '00000000-0000-4000-8000-000000000000'];
    for (const { method, url } of t.app.routeAccess) {
      const targets = url.includes(':id') ? ids.map((id) => url.replace(':id', id)) : [url];
      const hasBody = method !== 'GET' && method !== 'DELETE';
      for (const target of targets) {
        const label = `${method} ${target}`;
        const verb = method as 'GET';
        check(`${label} anoniem`, await t.app.inject({ method: verb, url: target }));
        // Logging out would end the sessions that the other routes are tried with.
        if (label === 'DELETE /api/v1/sessies/huidige') continue;
        for (const client of [beheerder, professional]) {
          check(
            `${label} ${client === beheerder ? 'beheerder' : 'professional'}`,
            await client.request({
              method: verb,
              url: `${target}?pagina=nul&van=gisteren`,
              ...(hasBody ? { payload: { onzin: true } } : {}),
            }),
          );
        }
        if (hasBody) {
          check(
            `${label} kapotte JSON`,
            await beheerder.request({
              method: verb,
              url: target,
              headers: { 'content-type': 'application/json' },
              payload: '{kapot',
            }),
          );
        }
      }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining([400, 401, 403, 404]));
  });
});
