import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../db/database.js';
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

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportResult {
  importId: string;
  aanvaard: number;
  nieuw: number;
  bijgewerkt: number;
  afgewezen: number;
  afwijzingen: { rij: number; veld: string; reden: string }[];
  aantalAfwijzingen: number;
}

const REGISTER = [
  'Klantnummer;BSN;Naam;Adres;Postcode;Woonplaats;Geboortejaar;Geslacht;Productcategorie;Startdatum;Einddatum;Gemeente',
  '1001;999900006;Zoë de Vries;Markt 1;9401AB;Assen;1948;V;1;01-02-2025;;GM0106',
  '1002;;Jan Smit;Kerkstraat 2;7811 AA;Emmen;1950;man;02;2024-06-01;2026-12-31;0114',
  '1003;999900007;Piet Bakker;Dorp 3;9402 BB;Assen;1960;m;07;1-1-2025;;GM0106',
  '1004;;Truus Mulder;Brink 4;9403CC;Assen;2200;v;03;;;GM0106',
  '1001;999993653;Dubbel;Markt 9;9401 AB;Assen;1955;v;01;;;GM0106',
  "1005;;=cmd|' /C calc'!A0;<script>alert(1)</script>;9404 DD;Assen;1970;x;14;;;GM0106",
  '1006;;Nul\u0000Teken;Laan 6;9405 EE;Assen;1971;v;01;;;GM0106',
  '1007;;Ver Weg;Straat 7;1011 AB;Amsterdam;1972;v;01;;;GM0363',
  '1008;;;;;;;;;;;GM0114',
  '',
].join('\r\n');

describe(`client register import (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let bureau: TenantRow;
  let onderzoeker: Client;
  let beleid: Client;
  let otherBureau: Client;
  let surveyId: string;
  let assenOnly: string;
  let first: ImportResult;

  const upload = (
    who: Client,
    id: string,
    body: Buffer | string,
    query = 'bestandsnaam=register.csv',
    type = 'text/csv',
  ) =>
    who.request({
      method: 'POST',
      url: `/api/v1/enquetes/${id}/clientenbestanden?${query}`,
      headers: { 'content-type': type },
      payload: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
    });

  beforeAll(async () => {
    t = await createTestApp();
    bureau = await createTenant(t.database, 'bureau', 'Bureau Noord');
    const assen = await gemeente(t.database, 'GM0106');
    const emmen = await gemeente(t.database, 'GM0114');
    await linkTenants(t.database.db, bureau.id, [assen.id, emmen.id], 'werkt_voor');
    const other = await createTenant(t.database, 'bureau', 'Bureau Zuid');
    await createUser(t.database, 'onderzoeker@test.nl', [{ tenant: bureau, role: 'onderzoeker' }]);
    await createUser(t.database, 'beleid@test.nl', [{ tenant: assen, role: 'beleidsmedewerker' }]);
    await createUser(t.database, 'zuid@test.nl', [{ tenant: other, role: 'onderzoeker' }]);
    onderzoeker = await login(t.app, 'onderzoeker@test.nl');
    await onderzoeker.put('/api/v1/sessies/huidige/organisatie', { organisatieId: bureau.id });
    beleid = await login(t.app, 'beleid@test.nl');
    otherBureau = await login(t.app, 'zuid@test.nl');
    const create = (gemeenten: string[]) =>
      onderzoeker
        .post('/api/v1/enquetes', { naam: 'CEO Wmo', jaar: 2026, sjabloon: 'ceo-wmo', gemeenten })
        .then((r) => r.json<{ id: string }>().id);
    surveyId = await create(['GM0106', 'GM0114']);
    assenOnly = await create(['GM0106']);
  });
  afterAll(() => t.close());

  it('stores the good rows and reports every bad row with row number, field and reason', async () => {
    const response = await upload(onderzoeker, surveyId, '\uFEFF' + REGISTER);
    expect(response.statusCode).toBe(201);
    first = response.json<ImportResult>();
    expect(first).toMatchObject({ aanvaard: 4, nieuw: 4, bijgewerkt: 0, afgewezen: 5 });
    expect(first.afwijzingen.map((r) => [r.rij, r.veld])).toEqual([
      [4, 'bsn'],
      [5, 'geboortejaar'],
      [6, 'klantnummer'],
      [8, 'naam'],
      [9, 'gemeente'],
    ]);
    expect(first.afwijzingen[4]?.reden).toBe(
      'Gemeente GM0363 doet niet mee aan dit onderzoek. Meedoende gemeenten: GM0106, GM0114.',
    );
  });

  it('keeps only a keyed hash of the BSN, made with a secret of the tenant', async () => {
    const { clients, secrets } = await inTenant(
      t.database.db,
      { tenantId: bureau.id, accountId: null },
      async (trx) => ({
        clients: await trx
          .selectFrom('clients')
          .selectAll()
          // The drivers turn a date into a Date (PGlite at UTC, pg at local midnight): read text.
          .select(sql<string>`start_date::text`.as('start_date'))
          .orderBy('client_number')
          .execute(),
        secrets: await trx.selectFrom('tenant_secrets').selectAll().execute(),
      }),
    );
    expect(clients.map((c) => c.client_number)).toEqual(['1001', '1002', '1005', '1008']);
    expect(JSON.stringify(clients)).not.toContain('999900006');
    expect(clients[0]?.bsn_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(clients[1]?.bsn_hash).toBeNull();
    expect(secrets).toHaveLength(1);
    expect(secrets[0]?.purpose).toBe('bsn');
    expect(clients[0]).toMatchObject({
      postcode: '9401 AB',
      sex: 'v',
      product_category: '01',
      birth_year: 1948,
      start_date: '2025-02-01',
    });
    // Hostile text is stored as text; exports and the web app make it harmless.
    expect(clients[2]).toMatchObject({
      name: "=cmd|' /C calc'!A0",
      address: '<script>alert(1)</script>',
    });
  });

  it('updates clients on a second import of the same register instead of adding them twice', async () => {
    const again = (await upload(onderzoeker, surveyId, REGISTER)).json<ImportResult>();
    expect(again).toMatchObject({ aanvaard: 4, nieuw: 0, bijgewerkt: 4, afgewezen: 5 });
    const count = (await onderzoeker.get(`/api/v1/enquetes/${surveyId}/clienten/telling`)).json<{
      totaal: number;
    }>();
    expect(count.totaal).toBe(4);
  });

  it('reads an XLSX with its own headers through a column mapping, for one gemeente', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Export Wmo');
    sheet.addRow(['Cliëntnr', 'Burgerservicenummer', 'Voorziening', 'Ingang', 'Geb.jaar']);
    sheet.addRow([5001, 999993653, 2, new Date(Date.UTC(2025, 4, 1)), 1940]);
    sheet.addRow([5002, '', 15, new Date(Date.UTC(2025, 5, 1)), 1930]);
    sheet.addRow([5003, '', 99, new Date(Date.UTC(2025, 5, 1)), 1930]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const mapping = JSON.stringify({
      klantnummer: 'Cliëntnr',
      bsn: 'burgerservicenummer',
      productcategorie: 'Voorziening',
      startdatum: 'Ingang',
      geboortejaar: 'Geb.jaar',
    });
    const query = `bestandsnaam=export.xlsx&gemeente=0114&kolommen=${encodeURIComponent(mapping)}`;
    const response = await upload(onderzoeker, surveyId, bytes, query, XLSX_TYPE);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      aanvaard: 2,
      afgewezen: 1,
      afwijzingen: [{ rij: 4, veld: 'productcategorie' }],
    });
    const count = (await onderzoeker.get(`/api/v1/enquetes/${surveyId}/clienten/telling`)).json<{
      gemeenten: { cbsCode: string; aantal: number; productcategorieen: unknown[] }[];
    }>();
    expect(count.gemeenten.find((g) => g.cbsCode === 'GM0114')).toEqual({
      cbsCode: 'GM0114',
      naam: 'Emmen',
      aantal: 4,
      productcategorieen: [
        { code: '02', omschrijving: 'Begeleiding', aantal: 2 },
        { code: '15', omschrijving: 'Beschermd wonen', aantal: 1 },
        { code: null, omschrijving: 'Onbekend', aantal: 1 },
      ],
    });
  });

  it('answers 400 with a Dutch reason when the file cannot be used as a whole', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const unreadable = await upload(onderzoeker, surveyId, png, 'bestandsnaam=foto.csv');
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.headers['content-type']).toContain('application/problem+json');
    expect(unreadable.json()).toMatchObject({
      detail:
        'Het bestand kan niet worden gelezen (foto.csv). Dit is een afbeelding (PNG), geen tabel.',
      invalidParams: [{ name: 'bestand' }],
    });
    const empty = await upload(onderzoeker, surveyId, '');
    expect(empty.json()).toMatchObject({ status: 400, detail: 'Het bestand is leeg.' });

    const noGemeente = await upload(onderzoeker, surveyId, 'klantnummer;naam\n1;A\n');
    expect(noGemeente.statusCode).toBe(400);
    expect(noGemeente.json()).toMatchObject({ invalidParams: [{ name: 'gemeente' }] });

    const noNumber = await upload(onderzoeker, assenOnly, 'nummer;naam\n1;A\n');
    expect(noNumber.json<{ detail: string }>().detail).toContain('geen kolom klantnummer');

    const badMapping = await upload(onderzoeker, assenOnly, 'nr\n1\n', 'kolommen=%7Bnope');
    expect(badMapping.json()).toMatchObject({ invalidParams: [{ name: 'kolommen' }] });
    const unknownField = await upload(
      onderzoeker,
      assenOnly,
      'nr\n1\n',
      `kolommen=${encodeURIComponent('{"telefoon":"nr"}')}`,
    );
    expect(unknownField.json<{ detail: string }>().detail).toContain('onbekend veld');

    const json = await onderzoeker.post(`/api/v1/enquetes/${assenOnly}/clientenbestanden`, {
      klantnummer: 1,
    });
    expect(json.statusCode).toBe(415);
  });

  it('shows the columns of a file for the mapping screen, storing nothing', async () => {
    const url = `/api/v1/enquetes/${surveyId}/clientenbestanden/kolommen?bestandsnaam=x.csv`;
    const response = await onderzoeker.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from('Cliëntnr;BSN;Postcode;Extra\n1;;9401 AB;x\n2;;;\n'),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      kolommen: ['cliëntnr', 'bsn', 'postcode', 'extra'],
      herkend: { bsn: 'bsn', postcode: 'postcode' },
      aantalRijen: 2,
    });
    const other = await otherBureau.request({
      method: 'POST',
      url,
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from('klantnummer\n1\n'),
    });
    expect(other.statusCode).toBe(404);
  });

  it('needs no gemeente column when the survey has one gemeente', async () => {
    const response = await upload(onderzoeker, assenOnly, 'KLANTNUMMER,Postcode\n1,9401 AB\n');
    expect(response.json()).toMatchObject({ aanvaard: 1, afgewezen: 0 });
  });

  it('lists the imports and hands out their rejections as CSV', async () => {
    const list = (await onderzoeker.get(`/api/v1/enquetes/${surveyId}/clientenbestanden`)).json<{
      clientenbestanden: { id: string; bestandsnaam: string; aanvaard: number }[];
    }>();
    expect(list.clientenbestanden.map((i) => i.bestandsnaam)).toEqual([
      'export.xlsx',
      'register.csv',
      'register.csv',
    ]);
    const csv = await onderzoeker.get(
      `/api/v1/enquetes/${surveyId}/clientenbestanden/${first.importId}/afwijzingen`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="register.afgewezen.csv"',
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('rij;veld;reden');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      '4;bsn;Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.',
    );
  });

  it('records the import in the audit log, without personal data', async () => {
    const log = (await inTenant(t.database.db, { tenantId: bureau.id, accountId: null }, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(['action', 'purpose', 'details'])
        .where('action', '=', 'clienten.geimporteerd')
        .execute(),
    )) as { action: string; purpose: string; details: unknown }[];
    expect(log).toHaveLength(4);
    expect(log[0]?.purpose).toBe('Uitvoeren cliëntervaringsonderzoek (art. 2.5.1 Wmo 2015)');
    expect(JSON.stringify(log)).not.toMatch(/9999|Zoë|Markt/);
  });

  it('keeps other tenants out with 404 and a beleidsmedewerker out with 403', async () => {
    const base = `/api/v1/enquetes/${surveyId}`;
    expect((await upload(otherBureau, surveyId, REGISTER)).statusCode).toBe(404);
    expect((await otherBureau.get(`${base}/clientenbestanden`)).statusCode).toBe(404);
    expect(
      (await otherBureau.get(`${base}/clientenbestanden/${first.importId}/afwijzingen`)).statusCode,
    ).toBe(404);
    expect((await otherBureau.get(`${base}/clienten/telling`)).statusCode).toBe(404);
    expect((await upload(beleid, surveyId, REGISTER)).statusCode).toBe(403);
    expect((await beleid.get(`${base}/clienten/telling`)).statusCode).toBe(403);
    expect((await beleid.get(`${base}/clientenbestanden`)).statusCode).toBe(403);
  });

  it('imports 23,000 clients in a few seconds', async () => {
    const lines = [
      'klantnummer;bsn;naam;adres;postcode;woonplaats;geboortejaar;geslacht;productcategorie;startdatum;einddatum;gemeente',
    ];
    for (let i = 0; i < 23_000; i += 1) {
      const bsn = i % 10 === 0 ? '999993653' : '';
      lines.push(
        `${100000 + i};${bsn};Cliënt ${i};Straat ${i};94${String(i % 100).padStart(2, '0')} AB;Assen;${1930 + (i % 70)};${'mvx'[i % 3]};${String((i % 18) + 1).padStart(2, '0')};01-01-2025;;${i % 2 ? 'GM0106' : 'GM0114'}`,
      );
    }
    const started = performance.now();
    const response = await upload(onderzoeker, surveyId, lines.join('\n'));
    const seconds = (performance.now() - started) / 1000;
    expect(response.json()).toMatchObject({ aanvaard: 23_000, afgewezen: 0 });
    console.info(`23,000 clients imported in ${seconds.toFixed(2)} s (${testDatabaseKind()})`);
    expect(seconds).toBeLessThan(20);
  });

  it('refuses new clients for a closed survey', async () => {
    await onderzoeker.patch(`/api/v1/enquetes/${assenOnly}`, { status: 'gesloten' });
    const response = await upload(onderzoeker, assenOnly, 'klantnummer\n9\n');
    expect(response.statusCode).toBe(409);
  });
  it('keeps who opted out (afgemeld) out of every sample, also after a file without the column', async () => {
    const round = (
      await onderzoeker.post('/api/v1/enquetes', {
        naam: 'CEO Wmo afgemeld',
        jaar: 2026,
        sjabloon: 'ceo-wmo',
        gemeenten: ['GM0106'],
      })
    ).json<{ id: string }>().id;
    const withColumn = await upload(onderzoeker, round, 'klantnummer;afgemeld\n1;ja\n2;nee\n3;\n');
    expect(withColumn.json<ImportResult>()).toMatchObject({ aanvaard: 3, afgewezen: 0 });
    // A corrected register without the column does not undo an opt-out.
    const without = await upload(onderzoeker, round, 'klantnummer;naam\n1;A. Jansen\n2;B. Smit\n');
    expect(without.json<ImportResult>()).toMatchObject({ aanvaard: 2, bijgewerkt: 2 });
    const sample = await onderzoeker.post(`/api/v1/enquetes/${round}/steekproef`, {
      methode: 'alles',
      seed: 1,
    });
    expect(sample.statusCode, sample.body).toBe(201);
    expect(sample.json()).toMatchObject({ populatie: 2, uitgesloten: { afgemeld: 1 } });
  });
});
