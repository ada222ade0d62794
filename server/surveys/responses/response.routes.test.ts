import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../db/database.js';
import { createTestApp, type Client, type TestApp } from '../../testing/test-app.js';
import { testDatabaseKind } from '../../testing/test-database.js';
import { fieldworkWorld, invite, type FieldworkWorld } from './fixtures.js';
import { start, submit } from './online.service.js';

interface Problem {
  detail: string;
  invalidParams?: { name: string; reason: string }[];
}

describe(`paper, phone, import and monitor (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let world: FieldworkWorld;
  let staff: Client;

  const entry = (client: Client, body: object, surveyId = world.surveyId) =>
    client.post(`/api/v1/enquetes/${surveyId}/reacties`, body);

  async function invitationState(code: string) {
    return inTenant(t.database.db, { tenantId: world.bureau.id, accountId: null }, (trx) =>
      trx
        .selectFrom('invitations')
        .select(['used', 'used_channel'])
        .where('code', '=', code)
        .executeTakeFirstOrThrow(),
    );
  }

  async function responseCount(surveyId = world.surveyId) {
    return inTenant(t.database.db, { tenantId: world.bureau.id, accountId: null }, async (trx) => {
      const row = await trx
        .selectFrom('responses')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('survey_id', '=', surveyId)
        .executeTakeFirstOrThrow();
      return row.n;
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await fieldworkWorld(t, 'papier');
    staff = world.onderzoeker;
    await invite(
      t.database,
      world,
      world.assen,
      ['PAPA-AAAA', 'PAPA-BBBB', 'DUBB-AAAA', 'DUBB-BBBB', 'IMPA-AAAA', 'IMPA-BBBB'],
      { productCategory: '02' },
    );
    await invite(t.database, world, world.emmen, ['IMPE-AAAA'], { productCategory: '01' });
  });
  afterAll(() => t.close());

  it('stores a paper form and uses up its code', async () => {
    const response = await entry(staff, {
      code: 'papa-aaaa',
      kanaal: 'papier',
      antwoorden: { Q1: '1', Q2: '9', Q5: '2', A4: '2', A6: '3' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ status: 'opgeslagen' });
    expect(await invitationState('PAPA-AAAA')).toEqual({ used: true, used_channel: 'papier' });
    const again = await entry(staff, { code: 'PAPA-AAAA', kanaal: 'telefoon', antwoorden: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().detail).toContain('al ingevuld');
  });

  it('names the unknown question, the impossible answer and the unknown code', async () => {
    const bad = await entry(staff, {
      code: 'PAPA-BBBB',
      kanaal: 'telefoon',
      antwoorden: { Q1: '7', Q99: '1' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().invalidParams).toEqual([
      {
        name: 'antwoorden.Q1',
        code: 'invalid',
        reason: 'Antwoord 7 bestaat niet bij vraag Q1. Kies uit: 1, 2, 3, 4, 5, 9.',
      },
      {
        name: 'antwoorden.Q99',
        code: 'invalid',
        reason: 'Vraag Q99 bestaat niet in deze vragenlijst.',
      },
    ]);
    const unknown = await entry(staff, { code: 'XXXX-XXXX', kanaal: 'papier', antwoorden: {} });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().invalidParams?.[0]?.name).toBe('code');
    expect(await invitationState('PAPA-BBBB')).toEqual({ used: false, used_channel: null });
    const phone = await entry(staff, {
      code: 'PAPA-BBBB',
      kanaal: 'telefoon',
      antwoorden: { Q1: '2' },
    });
    expect(phone.statusCode).toBe(201);
    expect(await invitationState('PAPA-BBBB')).toEqual({ used: true, used_channel: 'telefoon' });
  });

  it('double entry: equal entries by two people become one response', async () => {
    const form = { code: 'DUBB-AAAA', kanaal: 'papier', antwoorden: { Q1: '2', Q3: '1' } };
    const before = await responseCount();
    const first = await entry(staff, { ...form, invoerder: 1 });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ status: 'wacht-op-tweede-invoer' });
    const samePerson = await entry(staff, { ...form, invoerder: 2 });
    expect(samePerson.statusCode).toBe(409);
    const withoutSlot = await entry(world.collega, form);
    expect(withoutSlot.statusCode).toBe(409);
    const second = await entry(world.collega, { ...form, invoerder: 2 });
    expect(second.statusCode).toBe(201);
    expect(await responseCount()).toBe(before + 1);
    expect(await invitationState('DUBB-AAAA')).toEqual({ used: true, used_channel: 'papier' });
  });

  it('double entry: different entries are listed per code until a third entry decides', async () => {
    const form = { code: 'DUBB-BBBB', kanaal: 'papier' };
    await entry(staff, { ...form, invoerder: 1, antwoorden: { Q1: '2', Q3: '1', A4: '1' } });
    const second = await entry(world.collega, {
      ...form,
      invoerder: 2,
      antwoorden: { Q1: '2', Q3: '2', A4: '1', A5: '4' },
    });
    expect(second.statusCode).toBe(202);
    expect(second.json()).toEqual({ status: 'verschil', verschillen: ['Q3', 'A5'] });
    const conflicts = await staff.get(`/api/v1/enquetes/${world.surveyId}/invoerverschillen`);
    expect(conflicts.json()).toEqual({
      verschillen: [
        {
          code: 'DUBB-BBBB',
          kanaal: 'papier',
          vragen: [
            { vraag: 'Q3', invoer1: ['1'], invoer2: ['2'] },
            { vraag: 'A5', invoer1: [], invoer2: ['4'] },
          ],
        },
      ],
      wachtOpTweedeInvoer: 0,
    });
    // Nothing in the conflict list says who typed what.
    expect(conflicts.body).not.toContain(staff.accountId);
    expect(conflicts.body).not.toContain(world.collega.accountId);
    expect(await invitationState('DUBB-BBBB')).toEqual({ used: false, used_channel: null });

    const decided = await entry(staff, { ...form, antwoorden: { Q1: '2', Q3: '2', A4: '1' } });
    expect(decided.statusCode).toBe(201);
    const after = await staff.get(`/api/v1/enquetes/${world.surveyId}/invoerverschillen`);
    expect(after.json()).toEqual({ verschillen: [], wachtOpTweedeInvoer: 0 });
    expect(await invitationState('DUBB-BBBB')).toEqual({ used: true, used_channel: 'papier' });
  });

  it('double entry: a different channel alone is a difference too, and is listed', async () => {
    await invite(t.database, world, world.assen, ['KANA-AAAA'], { productCategory: '02' });
    const form = { code: 'KANA-AAAA', antwoorden: { Q1: '3' } };
    await entry(staff, { ...form, kanaal: 'papier', invoerder: 1 });
    const second = await entry(world.collega, { ...form, kanaal: 'telefoon', invoerder: 2 });
    expect(second.json()).toEqual({ status: 'verschil', verschillen: ['kanaal'] });
    const conflicts = await staff.get(`/api/v1/enquetes/${world.surveyId}/invoerverschillen`);
    expect(conflicts.json()).toEqual({
      verschillen: [
        {
          code: 'KANA-AAAA',
          kanaal: 'telefoon',
          vragen: [{ vraag: 'kanaal', invoer1: ['papier'], invoer2: ['telefoon'] }],
        },
      ],
      wachtOpTweedeInvoer: 0,
    });
    expect((await entry(staff, { ...form, kanaal: 'telefoon' })).statusCode).toBe(201);
    expect(await invitationState('KANA-AAAA')).toEqual({ used: true, used_channel: 'telefoon' });
  });

  it('imports a file: good rows kept, bad rows reported by row, column and reason', async () => {
    const csv = [
      'code;kanaal;gemeente;Q1;Q2;Q5;A4;A5;A6',
      'IMPA-AAAA;papier;;1;2;1;1;3;',
      'NOPE-NOPE;papier;;1;;;;;',
      'PAPA-AAAA;papier;;2;;;;;',
      'IMPA-BBBB;papier;;7;;;;;',
      'IMPA-AAAA;papier;;1;;;;;',
      'IMPE-AAAA;fax;;1;;;;;',
      ';papier;GM0114;3;3;2;2;;',
      ';papier;GM0014;3;;;;;',
      'IMPE-AAAA;telefoon;GM0106;1;;;;;',
    ].join('\n');
    const response = await staff.request({
      method: 'POST',
      url: `/api/v1/enquetes/${world.surveyId}/reactiebestanden?bestandsnaam=scan.csv`,
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({
      aanvaard: 2,
      afgewezen: 7,
      afwijzingen: [
        { rij: 3, veld: 'code', reden: 'Code NOPENOPE hoort niet bij dit onderzoek.' },
        { rij: 4, veld: 'code', reden: 'Met code PAPAAAAA is de vragenlijst al ingevuld.' },
        {
          rij: 5,
          veld: 'q1',
          reden: 'Antwoord 7 bestaat niet bij vraag Q1. Kies uit: 1, 2, 3, 4, 5, 9.',
        },
        { rij: 6, veld: 'code', reden: 'Code IMPAAAAA staat al eerder in dit bestand.' },
        { rij: 7, veld: 'kanaal', reden: 'Vul bij kanaal papier, telefoon of online in.' },
        { rij: 9, veld: 'gemeente', reden: 'Gemeente GM0014 doet niet mee aan dit onderzoek.' },
        { rij: 10, veld: 'gemeente', reden: 'Code IMPEAAAA hoort bij een andere gemeente.' },
      ],
    });
    expect(await invitationState('IMPA-AAAA')).toEqual({ used: true, used_channel: 'papier' });
    expect(await invitationState('IMPA-BBBB')).toEqual({ used: false, used_channel: null });
    const audit = await inTenant(
      t.database.db,
      { tenantId: world.bureau.id, accountId: null },
      (trx) =>
        trx
          .selectFrom('audit_log')
          .select(sql<string>`details::text`.as('details'))
          .where('action', 'in', ['reacties.geimporteerd', 'reacties.ingevoerd'])
          .execute(),
    );
    expect(audit.map((a) => a.details)).toContain('{"aanvaard": 2, "afgewezen": 7}');
    expect(JSON.stringify(audit)).not.toMatch(/IMPA|PAPA|DUBB/);
  });

  it('copies the productcategorie of the invitee onto every response, and none without a code', async () => {
    const stored = await inTenant(
      t.database.db,
      { tenantId: world.bureau.id, accountId: null },
      (trx) =>
        trx
          .selectFrom('responses')
          .select(['channel', 'product_category', sql<number>`count(*)::int`.as('n')])
          .where('survey_id', '=', world.surveyId)
          .groupBy(['channel', 'product_category'])
          .orderBy('channel')
          .orderBy('product_category')
          .execute(),
    );
    // Single entry PAPA-AAAA (papier) and PAPA-BBBB (telefoon), double entry DUBB-AAAA and
    // DUBB-BBBB (papier, the second decided by a third entry), KANA-AAAA (telefoon), import
    // IMPA-AAAA (papier): all Assen clients with category 02; the imported row without a code
    // (Emmen) has none.
    expect(stored).toEqual([
      { channel: 'papier', product_category: '02', n: 4 },
      { channel: 'papier', product_category: null, n: 1 },
      { channel: 'telefoon', product_category: '02', n: 2 },
    ]);
  });

  it('refuses a file without a kanaal column, and a file that is no table', async () => {
    const missing = await staff.request({
      method: 'POST',
      url: `/api/v1/enquetes/${world.surveyId}/reactiebestanden`,
      payload: 'code;Q1;Q77\nIMPA-BBBB;1;1\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(missing.json()).toEqual({
      aanvaard: 0,
      afgewezen: 1,
      afwijzingen: [
        { rij: 0, veld: 'kanaal', reden: 'De kolom kanaal ontbreekt.' },
        {
          rij: 0,
          veld: 'q77',
          reden: 'Kolom q77 is geen vraag van deze vragenlijst. Controleer de kopregel.',
        },
      ],
    });
    const png = await staff.request({
      method: 'POST',
      url: `/api/v1/enquetes/${world.surveyId}/reactiebestanden`,
      payload: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(png.statusCode).toBe(400);
    expect(png.json<Problem>().invalidParams?.[0]?.name).toBe('bestand');
  });

  it('keeps every endpoint away from another tenant', async () => {
    const base = `/api/v1/enquetes/${world.surveyId}`;
    const other = world.otherBureau;
    expect(
      (await entry(other, { code: 'IMPA-BBBB', kanaal: 'papier', antwoorden: {} })).statusCode,
    ).toBe(404);
    expect((await other.get(`${base}/invoerverschillen`)).statusCode).toBe(404);
    expect((await other.get(`${base}/voortgang`)).statusCode).toBe(404);
    const upload = await other.request({
      method: 'POST',
      url: `${base}/reactiebestanden`,
      payload: 'code;kanaal;Q1\nIMPA-BBBB;papier;1\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(upload.statusCode).toBe(404);
    expect(await invitationState('IMPA-BBBB')).toEqual({ used: false, used_channel: null });
  });

  it('shows the fieldwork monitor with figures worked out by hand', async () => {
    // A second round, so the figures are only these.
    const round = await fieldworkWorld(t, 'monitor');
    await invite(
      t.database,
      round,
      round.assen,
      ['MONA-AAAA', 'MONA-BBBB', 'MONA-CCCC', 'MONA-DDDD', 'MONA-EEEE'],
      {
        invitedDaysAgo: 20,
      },
    );
    await inTenant(t.database.db, { tenantId: round.bureau.id, accountId: null }, (trx) =>
      trx
        .updateTable('invitations')
        .set({ reminded_at: new Date(Date.now() - 5 * 86_400_000) })
        .where('code', '=', 'MONA-DDDD')
        .execute(),
    );
    await invite(t.database, round, round.emmen, ['MONE-AAAA', 'MONE-BBBB']);
    const enter = (code: string, kanaal: string) =>
      entry(round.onderzoeker, { code, kanaal, antwoorden: { Q1: '1' } }, round.surveyId);
    expect((await enter('MONA-AAAA', 'papier')).statusCode).toBe(201);
    expect((await enter('MONA-BBBB', 'telefoon')).statusCode).toBe(201);
    expect(await start(t.database.db, 'MONA-CCCC')).toEqual({ resumeAt: 'Q1' });
    expect(await submit(t.database.db, 'MONA-CCCC')).toBe('verstuurd');
    expect((await enter('MONE-AAAA', 'papier')).statusCode).toBe(201);
    const upload = await round.onderzoeker.request({
      method: 'POST',
      url: `/api/v1/enquetes/${round.surveyId}/reactiebestanden`,
      payload: 'gemeente;kanaal;Q1\nGM0114;papier;2\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(upload.json()).toMatchObject({ aanvaard: 1, afgewezen: 0 });

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    const daysBefore = (n: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    // Spread the answers over three days: Assen's paper form two days ago, its phone call
    // yesterday, the rest today.
    await inTenant(t.database.db, { tenantId: round.bureau.id, accountId: null }, async (trx) => {
      for (const [channel, day] of [
        ['papier', daysBefore(2)],
        ['telefoon', daysBefore(1)],
      ] as const) {
        await trx
          .updateTable('responses')
          .set({ submitted_on: day })
          .where('survey_id', '=', round.surveyId)
          .where('gemeente_id', '=', round.assen.id)
          .where('channel', '=', channel)
          .execute();
      }
    });

    const response = await round.onderzoeker.get(`/api/v1/enquetes/${round.surveyId}/voortgang`);
    expect(response.statusCode).toBe(200);
    // Assen: 5 invited, 3 responded (1 of each channel) = 60.0%; MONA-DDDD was reminded,
    // MONA-EEEE is 20 days past its letter with no reminder (the round reminds after 14 days).
    // Emmen: 2 invited today, 2 paper responses (one without a code) = 100.0%, nothing due.
    // Together: 5 of 7 = 71.4%.
    // Per day, cumulative: two days ago 1 of 7 = 14.3% (Assen 1 of 5 = 20.0%, Emmen 0.0%);
    // yesterday 2 of 7 = 28.6% (Assen 40.0%, Emmen 0.0%); today 5 of 7 = 71.4% (60.0%, 100.0%).
    expect(response.json()).toEqual({
      gemeenten: [
        {
          gemeente: { id: round.assen.id, cbsCode: 'GM0106', naam: 'Assen' },
          uitgenodigd: 5,
          gereageerd: { online: 1, papier: 1, telefoon: 1, totaal: 3 },
          responspercentage: 60,
          responspercentagePerDag: [20, 40, 60],
          herinneringen: { verstuurd: 1, nodig: 1 },
        },
        {
          gemeente: { id: round.emmen.id, cbsCode: 'GM0114', naam: 'Emmen' },
          uitgenodigd: 2,
          gereageerd: { online: 0, papier: 2, telefoon: 0, totaal: 2 },
          responspercentage: 100,
          responspercentagePerDag: [0, 0, 100],
          herinneringen: { verstuurd: 0, nodig: 0 },
        },
      ],
      totaal: {
        uitgenodigd: 7,
        gereageerd: { online: 1, papier: 3, telefoon: 1, totaal: 5 },
        responspercentage: 71.4,
      },
      perDag: [
        {
          datum: daysBefore(2),
          online: 0,
          papier: 1,
          telefoon: 0,
          totaal: 1,
          cumulatief: 1,
          responspercentage: 14.3,
        },
        {
          datum: daysBefore(1),
          online: 0,
          papier: 0,
          telefoon: 1,
          totaal: 1,
          cumulatief: 2,
          responspercentage: 28.6,
        },
        {
          datum: today,
          online: 1,
          papier: 2,
          telefoon: 0,
          totaal: 3,
          cumulatief: 5,
          responspercentage: 71.4,
        },
      ],
    });
  });

  it('refuses responses once the round is closed', async () => {
    await staff.patch(`/api/v1/enquetes/${world.surveyId}`, { status: 'gesloten' });
    const late = await entry(staff, {
      code: 'IMPA-BBBB',
      kanaal: 'papier',
      antwoorden: { Q1: '1' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().detail).toContain('gesloten');
  });
});
