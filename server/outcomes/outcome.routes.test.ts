// Over 400 lines: the monitor's privacy walls are tested across jobs on one seeded world.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Monitor, OutcomeReport, Resident } from '../../shared/api/outcomes.schema.js';
import { inTenant } from '../db/database.js';
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
import { today } from './outcome.service.js';

const daysAgo = (n: number) => {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

describe(`Leefgebieden-monitor API (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let a: TenantRow;
  let b: TenantRow;
  let beheerder: Client;
  let beleid: Client;
  let profNoord: Client;
  let leadNoord: Client;
  let profZuid: Client;
  let profB: Client;
  let noord: string;
  let zuid: string;
  let profNoordId: string;
  let resident: Resident;

  beforeAll(async () => {
    t = await createTestApp();
    a = await gemeente(t.database, 'GM0772');
    b = await gemeente(t.database, 'GM0344');
    await createUser(t.database, 'beheer@test.nl', [{ tenant: a, role: 'beheerder' }]);
    await createUser(t.database, 'beleid@test.nl', [{ tenant: a, role: 'beleidsmedewerker' }]);
    profNoordId = await createUser(t.database, 'noord@test.nl', [
      { tenant: a, role: 'professional' },
    ]);
    const leadId = await createUser(t.database, 'lead@test.nl', [
      { tenant: a, role: 'professional' },
    ]);
    const zuidId = await createUser(t.database, 'zuid@test.nl', [
      { tenant: a, role: 'professional' },
    ]);
    await createUser(t.database, 'prof.b@test.nl', [{ tenant: b, role: 'professional' }]);
    beheerder = await login(t.app, 'beheer@test.nl');
    beleid = await login(t.app, 'beleid@test.nl');
    profNoord = await login(t.app, 'noord@test.nl');
    leadNoord = await login(t.app, 'lead@test.nl');
    profZuid = await login(t.app, 'zuid@test.nl');
    profB = await login(t.app, 'prof.b@test.nl');

    noord = (await beheerder.post('/api/v1/wijkteams', { naam: 'Wijkteam Noord' })).json<{
      id: string;
    }>().id;
    zuid = (await beheerder.post('/api/v1/wijkteams', { naam: 'Wijkteam Zuid' })).json<{
      id: string;
    }>().id;
    expect(
      (await beheerder.put(`/api/v1/wijkteams/${noord}/leden/${profNoordId}`, {})).statusCode,
    ).toBe(200);
    expect(
      (await beheerder.put(`/api/v1/wijkteams/${noord}/leden/${leadId}`, { rol: 'teamleider' }))
        .statusCode,
    ).toBe(200);
    expect((await beheerder.put(`/api/v1/wijkteams/${zuid}/leden/${zuidId}`, {})).statusCode).toBe(
      200,
    );
    const created = await profNoord.post('/api/v1/bewoners', {
      referentie: 'NRD-001',
      wijkteamId: noord,
      geboortejaar: 1970,
    });
    expect(created.statusCode).toBe(201);
    resident = created.json<Resident>();
  });
  afterAll(() => t.close());

  it('offers the MvO set by default, the ZRM set on request, and local domains', async () => {
    const list = (await profNoord.get('/api/v1/leefgebieden')).json<{
      set: string;
      leefgebieden: { code: string }[];
    }>();
    expect(list.set).toBe('mvo');
    expect(list.leefgebieden).toHaveLength(7);
    const zrm = await beheerder.put('/api/v1/leefgebieden/set', { set: 'zrm' });
    expect(zrm.json<{ leefgebieden: unknown[] }>().leefgebieden).toHaveLength(13);
    await beheerder.put('/api/v1/leefgebieden/set', { set: 'mvo' });
    const local = await beheerder.post('/api/v1/leefgebieden', { naam: 'Taal en lezen' });
    expect(local.statusCode).toBe(201);
    expect(local.json()).toMatchObject({ code: 'L-TAAL-EN-LEZEN', bron: 'lokaal', actief: true });
    expect(
      (await beheerder.post('/api/v1/leefgebieden', { naam: 'Taal en lezen' })).statusCode,
    ).toBe(409);
    const fixed = await beheerder.patch('/api/v1/leefgebieden/mvo.wonen', { actief: false });
    expect(fixed.statusCode).toBe(400);
    expect((await profNoord.put('/api/v1/leefgebieden/set', { set: 'zrm' })).statusCode).toBe(403);
    const bList = (await profB.get('/api/v1/leefgebieden')).json<{
      leefgebieden: { code: string }[];
    }>();
    expect(bList.leefgebieden.map((d) => d.code)).not.toContain('L-TAAL-EN-LEZEN');
  });

  it('shows a professional only their own teams, without member names', async () => {
    const teams = (await profZuid.get('/api/v1/wijkteams')).json<{
      wijkteams: { naam: string; leden: unknown; eigenRol: string }[];
    }>();
    expect(teams.wijkteams).toEqual([
      expect.objectContaining({ naam: 'Wijkteam Zuid', leden: null, eigenRol: 'lid' }),
    ]);
    const all = (await beheerder.get('/api/v1/wijkteams')).json<{
      wijkteams: { naam: string; leden: { rol: string }[] }[];
    }>();
    expect(all.wijkteams.map((w) => w.naam)).toEqual(['Wijkteam Noord', 'Wijkteam Zuid']);
    expect(all.wijkteams[0]?.leden.map((l) => l.rol).sort()).toEqual(['lid', 'teamleider']);
    expect((await profB.get('/api/v1/wijkteams')).json()).toEqual({ wijkteams: [] });
  });

  it('refuses a BSN as reference, a team one is not in, and a non-professional as member', async () => {
    const bsn = await profNoord.post('/api/v1/bewoners', {
      referentie: '999990019',
      wijkteamId: noord,
    });
    expect(bsn.statusCode).toBe(400);
    expect(bsn.body).toContain('BSN');
    // A reference of another team (invisible to this professional) is still taken.
    const taken = await profZuid.post('/api/v1/bewoners', {
      referentie: 'nrd-001',
      wijkteamId: zuid,
    });
    expect(taken.statusCode).toBe(409);
    const other = await profNoord.post('/api/v1/bewoners', { referentie: 'X-1', wijkteamId: zuid });
    expect(other.statusCode).toBe(400);
    const beleidId = beleid.accountId;
    expect(
      (await beheerder.put(`/api/v1/wijkteams/${noord}/leden/${beleidId}`, {})).statusCode,
    ).toBe(400);
    expect(
      (await beheerder.put(`/api/v1/wijkteams/${noord}/leden/${profB.accountId}`, {})).statusCode,
    ).toBe(404);
  });

  it('keeps residents within the team: 404 for another team and another gemeente, 403 for policy roles', async () => {
    const url = `/api/v1/bewoners/${resident.id}`;
    expect((await profNoord.get(url)).statusCode).toBe(200);
    for (const client of [profZuid, profB]) {
      expect((await client.get(url)).statusCode).toBe(404);
      expect(
        (
          await client.post(`${url}/metingen`, {
            datum: today(),
            leefgebieden: [{ code: 'mvo.wonen', bewoner: 50 }],
          })
        ).statusCode,
      ).toBe(404);
      expect((await client.post(`${url}/code`)).statusCode).toBe(404);
      expect((await client.post(`${url}/toestemmingen`, { naaste: 'partner' })).statusCode).toBe(
        404,
      );
      expect((await client.patch(url, { geboortejaar: 1980 })).statusCode).toBe(404);
      const list = (await client.get('/api/v1/bewoners')).json<{ bewoners: Resident[] }>();
      expect(list.bewoners.map((r) => r.id)).not.toContain(resident.id);
    }
    expect((await beleid.get(url)).statusCode).toBe(403);
    expect((await beheerder.get('/api/v1/bewoners')).statusCode).toBe(403);
  });

  it('narrows the database itself to own teams (row-level security, second wall)', async () => {
    const seen = (accountId: string) =>
      inTenant(t.database.db, { tenantId: a.id, accountId }, async (trx) => {
        await sql`select set_config('meetwerk.team_scope', 'eigen', true)`.execute(trx);
        const residents = await trx.selectFrom('monitor_residents').select('reference').execute();
        return residents.map((r) => r.reference);
      });
    expect(await seen(profNoordId)).toContain('NRD-001');
    expect(await seen(profZuid.accountId)).toEqual([]);
  });

  it('records a conversation, enforces consent for a naaste, and shows the change', async () => {
    const url = `/api/v1/bewoners/${resident.id}`;
    const first = await profNoord.post(`${url}/metingen`, {
      datum: daysAgo(60),
      levenstevredenheid: 5,
      leefgebieden: [
        {
          code: 'mvo.financien',
          bewoner: 20,
          professional: 30,
          zelfredzaamheid: { score: 1, datum: daysAgo(60) },
        },
        { code: 'mvo.wonen', bewoner: 60, zelfredzaamheid: { score: null, datum: daysAgo(60) } },
      ],
      doelen: [
        {
          leefgebied: 'mvo.financien',
          omschrijving: 'Schulden op een rij',
          streefdatum: daysAgo(-90),
        },
      ],
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      bron: 'gesprek',
      leefgebieden: [
        {
          code: 'mvo.financien',
          volgorde: 1,
          zelfredzaamheid: { score: 1, label: 'Acute problematiek', verouderd: true },
        },
        {
          code: 'mvo.wonen',
          volgorde: 2,
          zelfredzaamheid: { score: null, label: 'Niet besproken' },
        },
      ],
    });

    const withNaaste = {
      datum: today(),
      levenstevredenheid: 7,
      leefgebieden: [
        {
          code: 'mvo.financien',
          bewoner: 45,
          naaste: 40,
          zelfredzaamheid: { score: 3, datum: today() },
        },
        { code: 'mvo.wonen', bewoner: 58 },
      ],
    };
    const refused = await profNoord.post(`${url}/metingen`, withNaaste);
    expect(refused.statusCode).toBe(400);
    expect(
      refused.json<{ invalidParams: { name: string; reason: string }[] }>().invalidParams,
    ).toEqual([
      expect.objectContaining({
        name: 'leefgebieden.0.naaste',
        reason: expect.stringContaining('toestemming') as unknown,
      }),
    ]);
    const consent = await profNoord.post(`${url}/toestemmingen`, { naaste: 'dochter' });
    expect(consent.statusCode).toBe(201);
    expect(consent.json()).toMatchObject({
      naaste: 'dochter',
      vastgelegdDoor: 'noord',
      ingetrokkenOp: null,
    });
    const second = await profNoord.post(`${url}/metingen`, withNaaste);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({
      leefgebieden: [{ naaste: 40, zelfredzaamheid: { verouderd: false } }, {}],
    });

    const consentId = consent.json<{ id: string }>().id;
    expect((await profNoord.delete(`${url}/toestemmingen/${consentId}`)).statusCode).toBe(204);
    expect((await profNoord.post(`${url}/metingen`, withNaaste)).statusCode).toBe(400);

    const monitor = (await profNoord.get(url)).json<Monitor>();
    expect(monitor.metingen).toHaveLength(2);
    expect(monitor.naasteToegestaan).toBe(false);
    expect(monitor.veranderingen).toEqual([
      expect.objectContaining({
        code: 'mvo.financien',
        eerste: 20,
        laatste: 45,
        verschil: 25,
        richting: 'verbeterd',
      }),
      expect.objectContaining({
        code: 'mvo.wonen',
        eerste: 60,
        laatste: 58,
        verschil: -2,
        richting: 'gelijk',
      }),
    ]);
    const goal = monitor.doelen[0];
    expect(goal).toMatchObject({ status: 'open', leefgebiedNaam: 'Financiën' });
    const reached = await profNoord.patch(`${url}/doelen/${goal?.id}`, { status: 'bereikt' });
    expect(reached.json()).toMatchObject({ status: 'bereikt', afgerondOp: today() });
    expect((await profNoord.get(url)).json<Monitor>().doelenBereikt).toBe(1);
    expect((await profZuid.patch(`${url}/doelen/${goal?.id}`, { status: 'open' })).statusCode).toBe(
      404,
    );
  });

  it('refuses bad measurements with Dutch reasons', async () => {
    const url = `/api/v1/bewoners/${resident.id}/metingen`;
    const bad = await profNoord.post(url, {
      datum: daysAgo(-3),
      leefgebieden: [
        { code: 'mvo.wonen', bewoner: 50 },
        { code: 'mvo.wonen', bewoner: 50 },
        { code: 'zrm.justitie', bewoner: 50 },
      ],
      doelen: [{ leefgebied: 'mvo.werk', omschrijving: 'Werk vinden' }],
    });
    expect(bad.statusCode).toBe(400);
    const names = bad
      .json<{ invalidParams: { name: string }[] }>()
      .invalidParams.map((p) => p.name);
    expect(names).toEqual([
      'datum',
      'leefgebieden.1.code',
      'leefgebieden.2.code',
      'doelen.0.leefgebied',
    ]);
    const range = await profNoord.post(url, {
      datum: today(),
      leefgebieden: [{ code: 'mvo.wonen', bewoner: 101 }],
    });
    expect(range.statusCode).toBe(400);
    expect(range.body).toContain('hoogstens 100');
  });

  it('audits every read of a monitor: who and which reference, never marks', async () => {
    await profNoord.get(`/api/v1/bewoners/${resident.id}`);
    const log = (await beheerder.get('/api/v1/auditlog?actie=monitor.gelezen&perPagina=500')).json<{
      regels: { account: { id: string }; objectId: string; details: unknown }[];
    }>();
    const own = log.regels.filter((r) => r.account.id === profNoordId);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.objectId === 'NRD-001')).toBe(true);
    expect(own.every((r) => JSON.stringify(r.details) === '{}')).toBe(true);
    // The refused reads of others are not reads: nothing of them in the log.
    expect(log.regels.some((r) => r.account.id === profZuid.accountId)).toBe(false);
  });

  it('gives a new personal code that opens /monitor, and replaces the old one', async () => {
    const first = await profNoord.post(`/api/v1/bewoners/${resident.id}/code`);
    expect(first.statusCode).toBe(201);
    const { code, link } = first.json<{ code: string; link: string }>();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(link).toBe(`/monitor?code=${code}`);
    const enter = (c: string) =>
      t.app.inject({
        method: 'POST',
        url: '/monitor',
        payload: `code=${c}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await enter(code)).statusCode).toBe(303);
    await profNoord.post(`/api/v1/bewoners/${resident.id}/code`);
    expect((await enter(code)).statusCode).toBe(400);
  });

  it('aggregates per team and gemeente, suppressed below the threshold; team leads see their own team', async () => {
    await t.database.asOwner((db) =>
      db.updateTable('tenants').set({ small_cell_threshold: 5 }).where('id', '=', a.id).execute(),
    );
    // Five residents in Noord with a known change on wonen: +20, +10, +5, -3, -12.
    const changes = [20, 10, 5, -3, -12];
    for (const [i, change] of changes.entries()) {
      const r = (
        await profNoord.post('/api/v1/bewoners', { referentie: `NRD-1${i}`, wijkteamId: noord })
      ).json<Resident>();
      await profNoord.post(`/api/v1/bewoners/${r.id}/metingen`, {
        datum: daysAgo(100),
        levenstevredenheid: 5,
        leefgebieden: [{ code: 'mvo.wonen', bewoner: 50 }],
        doelen: [{ leefgebied: 'mvo.wonen', omschrijving: 'Huis op orde' }],
      });
      await profNoord.post(`/api/v1/bewoners/${r.id}/metingen`, {
        datum: daysAgo(100 - 10 * (i + 1)),
        levenstevredenheid: 5 + (i % 2),
        leefgebieden: [{ code: 'mvo.wonen', bewoner: 50 + change }],
      });
      const goal = (await profNoord.get(`/api/v1/bewoners/${r.id}`)).json<Monitor>().doelen[0];
      await profNoord.patch(`/api/v1/bewoners/${r.id}/doelen/${goal?.id}`, {
        status: i < 3 ? 'bereikt' : 'niet_bereikt',
      });
    }
    const zuidResident = (
      await profZuid.post('/api/v1/bewoners', { referentie: 'ZD-1', wijkteamId: zuid })
    ).json<Resident>();
    await profZuid.post(`/api/v1/bewoners/${zuidResident.id}/metingen`, {
      datum: daysAgo(30),
      leefgebieden: [{ code: 'mvo.wonen', bewoner: 30 }],
    });
    await profZuid.post(`/api/v1/bewoners/${zuidResident.id}/metingen`, {
      datum: today(),
      leefgebieden: [{ code: 'mvo.wonen', bewoner: 80 }],
    });

    const report = (await beleid.get('/api/v1/uitkomsten')).json<OutcomeReport>();
    expect(report).toMatchObject({ drempel: 5, gelijkMarge: 5, gemeente: { cbsCode: 'GM0772' } });
    const teamNoord = report.wijkteams.find((w) => w.naam === 'Wijkteam Noord');
    const teamZuid = report.wijkteams.find((w) => w.naam === 'Wijkteam Zuid');
    // Noord: NRD-001 (wonen 60 → 58, gelijk) and the five: 2 verbeterd, 3 gelijk (+5, −3 and −2), 1 verslechterd.
    expect(teamNoord?.leefgebieden.find((d) => d.code === 'mvo.wonen')).toEqual({
      code: 'mvo.wonen',
      naam: 'Wonen',
      n: 6,
      verbeterd: 2,
      gelijk: 3,
      verslechterd: 1,
      pctVerbeterd: 33.3,
      pctGelijk: 50,
      pctVerslechterd: 16.7,
      onderdrukt: false,
    });
    // Goals: NRD-001 one bereikt; the five: 3 bereikt, 2 niet bereikt → 4 of 6.
    expect(teamNoord?.doelen).toEqual({
      n: 6,
      afgerond: 6,
      bereikt: 4,
      pctBereikt: 66.7,
      onderdrukt: false,
    });
    // Durations: 60 (NRD-001), 10, 20, 30, 40, 50 → median 35.
    expect(teamNoord?.trajectduur).toEqual({ n: 6, mediaanDagen: 35, onderdrukt: false });
    // Life satisfaction: +2 (NRD-001), 0, +1, 0, +1, 0 → 4/6 = 0.7.
    expect(teamNoord?.levenstevredenheid).toEqual({
      n: 6,
      gemiddeldeVerandering: 0.7,
      onderdrukt: false,
    });
    expect(teamZuid?.bewoners).toBe(1);
    expect(teamZuid?.leefgebieden.find((d) => d.code === 'mvo.wonen')).toMatchObject({
      n: null,
      verbeterd: null,
      onderdrukt: true,
    });
    expect(teamZuid?.trajectduur.onderdrukt).toBe(true);
    expect(report.totaal.leefgebieden.find((d) => d.code === 'mvo.wonen')).toMatchObject({
      n: 7,
      verbeterd: 3,
    });

    const csv = await beleid.get('/api/v1/uitkomsten/export');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'wijkteam,domein,n,verbeterd,gelijk,verslechterd,pct_verbeterd,onderdrukt',
    );
    expect(lines).toContain('Wijkteam Noord,Wonen,6,2,3,1,33.3,nee');
    expect(lines).toContain('Wijkteam Zuid,Wonen,,,,,,ja');

    expect((await profNoord.get('/api/v1/uitkomsten')).statusCode).toBe(403);
    const lead = await leadNoord.get(`/api/v1/wijkteams/${noord}/uitkomsten`);
    expect(lead.statusCode).toBe(200);
    expect(lead.json<OutcomeReport>().wijkteams.map((w) => w.naam)).toEqual(['Wijkteam Noord']);
    expect(lead.json<OutcomeReport>().totaal.bewoners).toBe(6);
    expect((await profNoord.get(`/api/v1/wijkteams/${noord}/uitkomsten`)).statusCode).toBe(403);
    expect((await leadNoord.get(`/api/v1/wijkteams/${zuid}/uitkomsten`)).statusCode).toBe(404);

    const other = (await profB.get('/api/v1/bewoners')).json<{ bewoners: unknown[] }>();
    expect(other.bewoners).toEqual([]);
  });

  it('deletes a resident with everything measured, only within the own team', async () => {
    const r = (
      await profNoord.post('/api/v1/bewoners', { referentie: 'NRD-WEG', wijkteamId: noord })
    ).json<Resident>();
    await profNoord.post(`/api/v1/bewoners/${r.id}/metingen`, {
      datum: today(),
      leefgebieden: [{ code: 'mvo.wonen', bewoner: 40 }],
      doelen: [{ leefgebied: 'mvo.wonen', omschrijving: 'Verhuizen' }],
    });
    await profNoord.post(`/api/v1/bewoners/${r.id}/toestemmingen`, { naaste: 'partner' });
    expect((await profZuid.delete(`/api/v1/bewoners/${r.id}`)).statusCode).toBe(404);
    expect((await profNoord.delete(`/api/v1/bewoners/${r.id}`)).statusCode).toBe(204);
    expect((await profNoord.get(`/api/v1/bewoners/${r.id}`)).statusCode).toBe(404);
    const left = await t.database.asOwner(async (db) => {
      const count = async (
        table:
          | 'monitor_measurements'
          | 'monitor_measurement_domains'
          | 'monitor_goals'
          | 'monitor_consents',
      ) =>
        (await db.selectFrom(table).select('tenant_id').where('resident_id', '=', r.id).execute())
          .length;
      return [
        await count('monitor_measurements'),
        await count('monitor_measurement_domains'),
        await count('monitor_goals'),
        await count('monitor_consents'),
      ];
    });
    expect(left).toEqual([0, 0, 0, 0]);
  });
});
