import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkTenants } from '../../tenants/tenant.repository.js';
import type { TenantRow } from '../../tenants/tenant.table.js';
import {
  createTenant,
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../../testing/test-app.js';
import { testDatabaseKind } from '../../testing/test-database.js';
import { hashCode } from '../../public/personal-code.js';
import { asTenant, insertTestClients, type TestClient } from './test-clients.js';

interface SampleResult {
  populatie: number;
  getrokken: number;
  inRegister: number;
  uitgesloten: Record<string, number>;
  perGemeente: { gemeente: { cbsCode: string }; populatie: number; getrokken: number }[];
}

/** 600 clients in Assen, 400 in Emmen; categories and ages spread evenly. */
function register(assen: TenantRow, emmen: TenantRow): TestClient[] {
  const clients: TestClient[] = [];
  for (let i = 0; i < 1000; i++) {
    clients.push({
      gemeenteId: i < 600 ? assen.id : emmen.id,
      clientNumber: `K${String(i).padStart(5, '0')}`,
      bsnHash: `bsn-${i}`,
      birthYear: 1930 + (i % 60),
      productCategory: ['01', '02', '03', '04'][i % 4]!,
      // 10 ended in 2025, 5 opted out
      endDate: i % 100 === 7 ? '2025-06-30' : null,
      optedOut: i % 200 === 11,
    });
  }
  return clients;
}

describe(`sample and invitations (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let bureau: TenantRow;
  let assen: TenantRow;
  let emmen: TenantRow;
  let onderzoeker: Client;
  let otherBureau: Client;
  let beleid: Client;
  const surveys: Record<string, string> = {};

  async function newSurvey(name: string): Promise<string> {
    const response = await onderzoeker.post('/api/v1/enquetes', {
      naam: name,
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106', 'GM0114'],
    });
    const id = response.json<{ id: string }>().id;
    await insertTestClients(t.database, bureau.id, id, register(assen, emmen));
    return id;
  }

  async function drawnNumbers(surveyId: string): Promise<string[]> {
    return asTenant(t.database, bureau.id, async (trx) => {
      const rows = await trx
        .selectFrom('invitations as i')
        .innerJoin('clients as c', 'c.id', 'i.client_id')
        .select('c.client_number')
        .where('i.survey_id', '=', surveyId)
        .orderBy('c.client_number')
        .execute();
      return rows.map((r) => r.client_number);
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    bureau = await createTenant(t.database, 'bureau', 'Bureau Noord');
    assen = await gemeente(t.database, 'GM0106');
    emmen = await gemeente(t.database, 'GM0114');
    await linkTenants(t.database.db, bureau.id, [assen.id, emmen.id], 'werkt_voor');
    const other = await createTenant(t.database, 'bureau', 'Bureau Zuid');
    await createUser(t.database, 'onderzoeker@test.nl', [{ tenant: bureau, role: 'onderzoeker' }]);
    await createUser(t.database, 'zuid@test.nl', [{ tenant: other, role: 'onderzoeker' }]);
    await createUser(t.database, 'beleid@test.nl', [{ tenant: assen, role: 'beleidsmedewerker' }]);
    onderzoeker = await login(t.app, 'onderzoeker@test.nl');
    await onderzoeker.put('/api/v1/sessies/huidige/organisatie', { organisatieId: bureau.id });
    otherBureau = await login(t.app, 'zuid@test.nl');
    beleid = await login(t.app, 'beleid@test.nl');
    for (const name of ['a', 'b', 'c', 'd', 'e']) surveys[name] = await newSurvey(`Ronde ${name}`);
  });
  afterAll(() => t.close());

  it('calculates the sample needed per gemeente on the eligible population', async () => {
    const response = await onderzoeker.get(
      `/api/v1/enquetes/${surveys.a}/steekproef/berekening?marge=5&responspercentage=35`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      perGemeente: {
        gemeente: { cbsCode: string };
        populatie: number;
        respondentenNodig: number;
      }[];
      geheel: { populatie: number; respondentenNodig: number; uitnodigingenNodig: number };
    }>();
    // 1000 minus 5 opted out (i = 11, 211, …, 811) = 995; ended clients count without eindeVoor.
    expect(body.geheel.populatie).toBe(995);
    // 384.16 / (1 + 383.16/995) = 384.16 / 1.385085 = 277.36 → 278; 278 / 0.35 = 794.3 → 795
    expect(body.geheel).toMatchObject({ respondentenNodig: 278, uitnodigingenNodig: 795 });
    const assenAdvice = body.perGemeente.find((g) => g.gemeente.cbsCode === 'GM0106')!;
    // Assen: 600 − 3 opted out (11, 211, 411) = 597; 384.16 / (1 + 383.16/597)
    // = 384.16 / 1.641809 = 233.98 → 234
    expect(assenAdvice.populatie).toBe(597);
    expect(assenAdvice.respondentenNodig).toBe(234);
  });

  it('draws a stratified sample with proportional sizes, excluding ended and opted-out clients', async () => {
    const response = await onderzoeker.post(`/api/v1/enquetes/${surveys.a}/steekproef`, {
      methode: 'gestratificeerd',
      omvang: 200,
      strata: ['gemeente'],
      seed: 'drenthe-2026',
      uitsluiten: { eindeVoor: '2026-01-01' },
    });
    expect(response.statusCode).toBe(201);
    const result = response.json<SampleResult>();
    // 10 ended (i % 100 = 7), 5 opted out (i % 200 = 11): 985 left.
    expect(result.uitgesloten).toEqual({
      beeindigd: 10,
      afgemeld: 5,
      alUitgenodigd: 0,
      eerderUitgenodigd: 0,
    });
    expect(result.populatie).toBe(985);
    expect(result.getrokken).toBe(200);
    // Assen 600 − 6 ended − 3 opted out = 591; Emmen 400 − 4 − 2 = 394.
    // 200 · 591/985 = 120.0, 200 · 394/985 = 80.0
    const byCode = Object.fromEntries(
      result.perGemeente.map((g) => [g.gemeente.cbsCode, [g.populatie, g.getrokken]]),
    );
    expect(byCode).toEqual({ GM0106: [591, 120], GM0114: [394, 80] });
    expect(await drawnNumbers(surveys.a!)).toHaveLength(200);
  });

  it('draws the same sample again from the same seed and register, another from another seed', async () => {
    const body = { methode: 'aselect', omvang: 150, seed: 12345, uitsluiten: {} };
    await onderzoeker.post(`/api/v1/enquetes/${surveys.b}/steekproef`, body);
    await onderzoeker.post(`/api/v1/enquetes/${surveys.c}/steekproef`, body);
    await onderzoeker.post(`/api/v1/enquetes/${surveys.d}/steekproef`, { ...body, seed: 54321 });
    const b = await drawnNumbers(surveys.b!);
    expect(b).toHaveLength(150);
    expect(await drawnNumbers(surveys.c!)).toEqual(b);
    expect(await drawnNumbers(surveys.d!)).not.toEqual(b);
  });

  it('stores a unique code hash per invitee and the readable code for the letters', async () => {
    const rows = await asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('invitations')
        .select(['code', 'code_hash'])
        .where('survey_id', '=', surveys.b!)
        .execute(),
    );
    for (const row of rows) {
      expect(row.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(row.code_hash).toBe(hashCode(row.code!));
    }
    expect(new Set(rows.map((r) => r.code_hash)).size).toBe(rows.length);
  });

  it('tops a sample up without inviting anyone twice, and leaves out those invited recently', async () => {
    const top = await onderzoeker.post(`/api/v1/enquetes/${surveys.a}/steekproef`, {
      methode: 'alles',
      seed: 'x',
      uitsluiten: {},
    });
    const result = top.json<SampleResult>();
    expect(result.uitgesloten.alUitgenodigd).toBe(200);
    expect(result.getrokken).toBe(1000 - 200 - 5);
    expect(await drawnNumbers(surveys.a!)).toHaveLength(995);

    // Round e: everyone invited in rounds a–d in the last 12 months is left out (matched on BSN
    // hash or on gemeente + client number): 995 of a, so 5 opted out remain and are excluded too.
    const recent = await onderzoeker.post(`/api/v1/enquetes/${surveys.e}/steekproef`, {
      methode: 'alles',
      seed: 'x',
      uitsluiten: { eerderUitgenodigdMaanden: 12 },
    });
    expect(recent.json<SampleResult>()).toMatchObject({
      getrokken: 0,
      uitgesloten: { afgemeld: 5, eerderUitgenodigd: 995 },
    });
  });

  it('records the draw in the audit log with counts only', async () => {
    const entries = await asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(['details'])
        .where('action', '=', 'steekproef.getrokken')
        .orderBy('occurred_at')
        .execute(),
    );
    expect(entries.length).toBeGreaterThanOrEqual(5);
    const text = JSON.stringify(entries);
    expect(text).not.toMatch(/K0\d{4}/);
    expect(text).not.toContain('bsn-');
    expect(entries[0]?.details).toMatchObject({ methode: 'gestratificeerd', getrokken: 200 });
  });

  it('explains what is missing in a request, in Dutch', async () => {
    const response = await onderzoeker.post(`/api/v1/enquetes/${surveys.a}/steekproef`, {
      methode: 'gestratificeerd',
      seed: 'x',
    });
    expect(response.statusCode).toBe(400);
    const reasons = response.json<{ invalidParams: { name: string; reason: string }[] }>();
    expect(reasons.invalidParams).toContainEqual(
      expect.objectContaining({
        name: 'omvang',
        reason: 'Geef aan hoeveel mensen u wilt uitnodigen.',
      }),
    );
  });

  it('keeps other tenants and roles out', async () => {
    const body = { methode: 'alles', seed: 'x', uitsluiten: {} };
    expect(
      (await otherBureau.post(`/api/v1/enquetes/${surveys.e}/steekproef`, body)).statusCode,
    ).toBe(404);
    expect(
      (await otherBureau.get(`/api/v1/enquetes/${surveys.e}/steekproef/berekening`)).statusCode,
    ).toBe(404);
    expect((await beleid.post(`/api/v1/enquetes/${surveys.e}/steekproef`, body)).statusCode).toBe(
      403,
    );
    expect(
      (await beleid.get(`/api/v1/enquetes/${surveys.e}/steekproef/berekening`)).statusCode,
    ).toBe(403);
  });
});
