// Over 400 lines: the hand-worked pressure figures build on the contacts registered before.
/**
 * The registration of client support and the pressure dashboard through the real API, on a
 * fresh database. The pressure and waiting-time figures are checked against values worked out
 * by hand below (in the comments next to each expectation).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  PressureFigures,
  PressureReport,
  Registration,
  RegistrationCodeList,
  RegistrationImportResult,
} from '../../shared/api/registrations.schema.js';
import { todayInAmsterdam } from '../../shared/registrations/iso-week.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import {
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';

const LOCATIONS = [
  'stadsdeel;code;naam',
  'Escamp;ESC1;Wijkcentrum A',
  'Escamp;ESC2;Wijkcentrum B',
  'Laak;LAK1;Wijkcentrum C',
  'Laak;;Zonder code',
  'Laak;ESC1;Dubbel',
].join('\n');

// Week 2026-W10 runs from Monday 2 March to Sunday 8 March 2026.
const REGISTRATIONS = [
  'datum;locatie;kanaal;taak;minuten;resultaat;leeftijdsgroep;digitaal_vaardig;taalbarriere',
  '2026-03-02;ESC1;inloop;T01|T02;30;R01;65-74;nee;ja', // row 2
  '2026-03-03;ESC1;telefoon;T02;60;R02;45-64;ja;nee', // row 3
  '2026-03-04;esc1;Inloop;T05;15;R01;75+;nee;nee', // row 4
  '03-03-2026;ESC1;digitaal;t01;15;R03;27–44;1;0', // row 5 (Dutch date, en dash)
  '2026-03-05;ESC1;huisbezoek;T06;60;R01;75+;0;1', // row 6
  '2026-03-06;ESC2;inloop;T01;45;R01;;;', // row 7
  '31-02-2026;ESC1;inloop;T01;10;R01;;;', // row 8: no such date
  '2026-03-06;XXX;inloop;T01;10;R01;;;', // row 9: unknown location
  '2026-03-06;ESC1;inloop;T01|T99;10;R01;;;', // row 10: unknown task
  '2026-03-06;ESC1;fax;T01;0;R01;;;', // row 11: channel and minutes
].join('\n');

describe(`registration and pressure (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let denHaag: TenantRow;
  let groningen: TenantRow;
  let beheerder: Client;
  let beleid: Client;
  let prof: Client;
  let prof2: Client;
  let otherBeheerder: Client;

  const upload = (who: Client, url: string, body: string, name = 'bestand.csv') =>
    who.request({
      method: 'POST',
      url: `/api/v1/${url}?bestandsnaam=${name}`,
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from(body),
    });

  const figures = async (query: string) => {
    const response = await beleid.get(`/api/v1/werkdruk?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PressureReport>();
  };
  const seriesOf = (report: PressureReport, key: string) => {
    const series = report.reeksen.find((s) => s.sleutel === key);
    if (!series) throw new Error(`no series ${key}`);
    return series;
  };
  const waitingRequest = async (requested: string, patch?: object) => {
    const created = await prof.post('/api/v1/wachtlijstaanvragen', {
      locatie: 'ESC1',
      aanvraagdatum: requested,
      taak: 'T02',
    });
    expect(created.statusCode, created.body).toBe(201);
    if (!patch) return;
    const changed = await prof.patch(
      `/api/v1/wachtlijstaanvragen/${created.json<{ id: string }>().id}`,
      patch,
    );
    expect(changed.statusCode, changed.body).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    denHaag = await gemeente(t.database, 'GM0518');
    groningen = await gemeente(t.database, 'GM0014');
    await t.database.asOwner((owner) =>
      owner
        .updateTable('tenants')
        .set({ small_cell_threshold: 5 })
        .where('id', '=', denHaag.id)
        .execute(),
    );
    await createUser(t.database, 'beheer@dh.test', [{ tenant: denHaag, role: 'beheerder' }]);
    await createUser(t.database, 'beleid@dh.test', [
      { tenant: denHaag, role: 'beleidsmedewerker' },
    ]);
    await createUser(t.database, 'prof@dh.test', [{ tenant: denHaag, role: 'professional' }]);
    await createUser(t.database, 'prof2@dh.test', [{ tenant: denHaag, role: 'professional' }]);
    await createUser(t.database, 'beheer@gr.test', [{ tenant: groningen, role: 'beheerder' }]);
    beheerder = await login(t.app, 'beheer@dh.test');
    beleid = await login(t.app, 'beleid@dh.test');
    prof = await login(t.app, 'prof@dh.test');
    prof2 = await login(t.app, 'prof2@dh.test');
    otherBeheerder = await login(t.app, 'beheer@gr.test');
  });
  afterAll(() => t.close());

  it('imports locations, keeping good rows and naming bad ones by row number', async () => {
    const response = await upload(beheerder, 'locaties/bestanden', LOCATIONS, 'locaties.csv');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<RegistrationImportResult>()).toMatchObject({
      soort: 'locaties',
      aanvaard: 3,
      afgewezen: 2,
      afwijzingen: [
        { rij: 5, veld: 'code', reden: 'Vul de code van de locatie in.' },
        { rij: 6, veld: 'code', reden: 'Code "ESC1" staat al in rij 2.' },
      ],
    });
    const list = (await prof.get('/api/v1/locaties')).json<{
      stadsdelen: string[];
      locaties: { code: string; stadsdeel: string }[];
    }>();
    expect(list.stadsdelen).toEqual(['Escamp', 'Laak']);
    expect(list.locaties.map((l) => `${l.stadsdeel}/${l.code}`)).toEqual([
      'Escamp/ESC1',
      'Escamp/ESC2',
      'Laak/LAK1',
    ]);
  });

  it('imports registrations with every bad row reported and the good ones kept', async () => {
    const response = await upload(beheerder, 'registraties/bestanden', REGISTRATIONS, 'reg.csv');
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json<RegistrationImportResult>();
    expect(result).toMatchObject({ aanvaard: 6, afgewezen: 4, aantalAfwijzingen: 5 });
    expect(result.afwijzingen.map((r) => `${r.rij}:${r.veld}`)).toEqual([
      '8:datum',
      '9:locatie',
      '10:taak',
      '11:kanaal',
      '11:minuten',
    ]);
    expect(result.afwijzingen[0]?.reden).toBe(
      'Datum "31-02-2026" bestaat niet. Controleer dag, maand en jaar.',
    );
    expect(result.afwijzingen[2]?.reden).toBe('Taakcode "T99" bestaat niet.');
    const csv = await beheerder.get(`/api/v1/registratiebestanden/${result.importId}/afwijzingen`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[1]).toBe(
      '8;datum;"Datum ""31-02-2026"" bestaat niet. Controleer dag, maand en jaar."',
    );
    const list = await beheerder.get('/api/v1/registratiebestanden');
    expect(list.json<{ bestanden: { soort: string }[] }>().bestanden.map((b) => b.soort)).toEqual([
      'registraties',
      'locaties',
    ]);
  });

  it('refuses a file without the required columns, naming them', async () => {
    const response = await upload(
      beheerder,
      'registraties/bestanden',
      'datum;locatie\n2026-03-02;ESC1\n',
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<{ detail: string }>().detail).toBe(
      'De kolommen kanaal, taak, minuten, resultaat ontbreken in het bestand. Verwacht: datum, locatie, kanaal, taak, minuten, resultaat, leeftijdsgroep, digitaal_vaardig, taalbarriere.',
    );
  });

  it('imports capacity and refuses weeks that do not exist', async () => {
    const response = await upload(
      beheerder,
      'capaciteit/bestanden',
      [
        'locatie;week;soort;uren',
        'ESC1;2026-W10;professional;10',
        'ESC1;2026-W10;stagiairs;4',
        'ESC1;2026-W10;Vrijwilliger;10,0',
        'ESC2;2026-W10;professional;8',
        'ESC1;2026-W14;professional;7',
        'ESC1;2026-W54;professional;7',
        'ESC1;2026-W10;professional;3',
      ].join('\n'),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<RegistrationImportResult>()).toMatchObject({
      aanvaard: 5,
      afgewezen: 2,
      afwijzingen: [
        {
          rij: 7,
          veld: 'week',
          reden: 'Week "2026-W54" bestaat niet. Schrijf de week als jjjj-Wnn, zoals 2026-W05.',
        },
        { rij: 8, veld: 'week', reden: 'Deze locatie, week en soort staan al in rij 2.' },
      ],
    });
    const capacity = await beheerder.get('/api/v1/capaciteit?locatie=ESC2');
    expect(capacity.json()).toEqual({
      capaciteit: [{ locatie: 'ESC2', week: '2026-W10', soort: 'professional', uren: 8 }],
    });
  });

  it('keeps a waiting list with waiting times', async () => {
    await waitingRequest('2026-02-20', { status: 'gestart', startdatum: '2026-03-04' }); // A
    await waitingRequest('2026-03-01'); // B
    await waitingRequest('2026-03-05'); // C
    await waitingRequest('2026-02-25', { status: 'vervallen', vervallenOp: '2026-03-03' }); // D
    await waitingRequest('2026-03-09'); // E
    const list = (await prof.get('/api/v1/wachtlijstaanvragen?locatie=ESC1')).json<{
      aanvragen: { aanvraagdatum: string; status: string; wachttijdDagen: number | null }[];
    }>();
    expect(list.aanvragen.map((a) => `${a.aanvraagdatum} ${a.status} ${a.wachttijdDagen}`)).toEqual(
      [
        '2026-02-20 gestart 12',
        '2026-02-25 vervallen null',
        `2026-03-01 wachtend ${daysSince('2026-03-01')}`,
        `2026-03-05 wachtend ${daysSince('2026-03-05')}`,
        `2026-03-09 wachtend ${daysSince('2026-03-09')}`,
      ],
    );
    const before = await prof.post('/api/v1/wachtlijstaanvragen', {
      locatie: 'ESC1',
      aanvraagdatum: '2026-03-09',
      taak: 'T02',
    });
    const id = before.json<{ id: string }>().id;
    const early = await prof.patch(`/api/v1/wachtlijstaanvragen/${id}`, {
      status: 'gestart',
      startdatum: '2026-03-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json<{ detail: string }>().detail).toBe('Deze datum ligt vóór de aanvraagdatum.');
    // Undo the extra request: lapsed on its own day, it never waited at a period's end.
    await prof.patch(`/api/v1/wachtlijstaanvragen/${id}`, {
      status: 'vervallen',
      vervallenOp: '2026-03-09',
    });
  });

  it('computes the weekly pressure of a location as worked out by hand', async () => {
    const report = await figures('per=week&van=2026-03-02&tot=2026-03-08&niveau=locatie');
    expect(report.perioden).toEqual(['2026-W10']);
    const esc1 = seriesOf(report, 'ESC1').perioden[0]!;
    // 5 contacts: 30 + 60 + 15 + 15 + 60 = 180 minutes = 3 hours; mean 36 minutes.
    // Waiting at Sunday 8 March: B and C (A started, D lapsed, E not yet asked) = 2.
    // Wait hours 2 × 36 / 60 = 1.2; demand 3 + 1.2 = 4.2.
    // Capacity 10 professional × 1 + 4 stagiair × 0.5 + 10 vrijwilliger × 0.3 = 15.
    // Ratio 4.2 / 15 = 0.28.
    // Waiting times: A started in the week after 12 days; B 7 and C 3 days at the end.
    // Sorted 3, 7, 12: median 7; p90 at rank 0.9 × 2 = 1.8: 7 + 0.8 × (12 − 7) = 11.
    // Not digital: rows 2, 4, 6 = 3 of 5 = 0.6; language barrier rows 2 and 6 = 0.4.
    // Tasks: T01 ×2, T02 ×2, T05, T06 = 6 mentions.
    expect(esc1).toMatchObject<Partial<PressureFigures>>({
      periode: '2026-W10',
      start: '2026-03-02',
      eind: '2026-03-08',
      contacten: 5,
      geregistreerdeMinuten: 180,
      geregistreerdeUren: 3,
      wachtend: 2,
      verwachteMinutenPerAanvraag: 36,
      wachtUren: 1.2,
      vraagUren: 4.2,
      capaciteitUren: { professional: 10, stagiair: 4, vrijwilliger: 10, totaal: 24 },
      effectieveCapaciteitUren: 15,
      drukratio: 0.28,
      wachttijdMediaanDagen: 7,
      wachttijdP90Dagen: 11,
      wachttijdAantal: 3,
      aandeelNietDigitaal: 0.6,
      aandeelTaalbarriere: 0.4,
      onderdrukt: false,
      taakmix: [
        { code: 'T01', aantal: 2, aandeel: 0.3333 },
        { code: 'T02', aantal: 2, aandeel: 0.3333 },
        { code: 'T05', aantal: 1, aandeel: 0.1667 },
        { code: 'T06', aantal: 1, aandeel: 0.1667 },
      ],
    });
    const esc2 = seriesOf(report, 'ESC2').perioden[0]!;
    // One contact of 45 minutes = 0.75 hours; 8 professional hours: 0.75 / 8 = 0.094.
    // One contact is below the threshold of 5: no shares, no task mix.
    expect(esc2).toMatchObject({
      contacten: 1,
      vraagUren: 0.75,
      effectieveCapaciteitUren: 8,
      drukratio: 0.094,
      aandeelNietDigitaal: null,
      aandeelTaalbarriere: null,
      taakmix: [],
      onderdrukt: true,
      wachttijdMediaanDagen: null,
    });
    // Laak has neither contacts nor capacity: no ratio.
    expect(seriesOf(report, 'LAK1').perioden[0]).toMatchObject({
      contacten: 0,
      vraagUren: 0,
      drukratio: null,
      onderdrukt: false,
      aandeelNietDigitaal: null,
    });
  });

  it('adds up a stadsdeel from its locations and compares stadsdelen', async () => {
    const report = await figures('per=week&van=2026-03-02&tot=2026-03-08&niveau=stadsdeel');
    const escamp = seriesOf(report, 'Escamp').perioden[0]!;
    // 6 contacts, 225 minutes = 3.75 h; wait hours 1.2 (ESC1's own mean); demand 4.95.
    // Capacity 15 + 8 = 23; ratio 4.95 / 23 = 0.2152 → 0.215.
    // Not digital 3 of 6 = 0.5; language barrier 2 of 6 = 0.3333.
    expect(escamp).toMatchObject({
      contacten: 6,
      geregistreerdeUren: 3.75,
      wachtend: 2,
      verwachteMinutenPerAanvraag: 36,
      wachtUren: 1.2,
      vraagUren: 4.95,
      effectieveCapaciteitUren: 23,
      drukratio: 0.215,
      aandeelNietDigitaal: 0.5,
      aandeelTaalbarriere: 0.3333,
    });
    expect(report.vergelijking.map((v) => [v.sleutel, v.totaal.drukratio])).toEqual([
      ['Escamp', 0.215],
      ['Laak', null],
    ]);
    const filtered = await figures(
      'per=week&van=2026-03-02&tot=2026-03-08&niveau=locatie&stadsdeel=Laak',
    );
    expect(filtered.reeksen.map((s) => s.sleutel)).toEqual(['LAK1']);
  });

  it('shares the hours of a week over two months by its days', async () => {
    const report = await figures('per=maand&van=2026-03-01&tot=2026-03-31&niveau=locatie');
    expect(report.perioden).toEqual(['2026-03']);
    const march = seriesOf(report, 'ESC1').perioden[0]!;
    // Week 14 (30 March – 5 April) has 2 of its 7 days in March: 7 × 2/7 = 2 hours.
    // Professional 10 + 2 = 12; effective 12 + 2 + 3 = 17.
    // Waiting at 31 March: B, C and E = 3; 3 × 36 / 60 = 1.8 h; demand 3 + 1.8 = 4.8.
    // Ratio 4.8 / 17 = 0.2824 → 0.282.
    // Waiting times: A 12 (started in March), B 30, C 26, E 22 at 31 March.
    // Sorted 12, 22, 26, 30: median 24; p90 at rank 2.7: 26 + 0.7 × 4 = 28.8.
    expect(march).toMatchObject({
      capaciteitUren: { professional: 12, stagiair: 4, vrijwilliger: 10, totaal: 26 },
      effectieveCapaciteitUren: 17,
      wachtend: 3,
      wachtUren: 1.8,
      vraagUren: 4.8,
      drukratio: 0.282,
      wachttijdMediaanDagen: 24,
      wachttijdP90Dagen: 28.8,
    });
  });

  it('uses the gemeente’s own weights once set, and exports the figures as CSV', async () => {
    const put = await beheerder.put('/api/v1/werkdruk/instellingen', {
      gewichten: { professional: 1, stagiair: 0.5, vrijwilliger: 0.5 },
      standaardMinutenPerAanvraag: 20,
      bewerkTermijnUren: 24,
    });
    expect(put.statusCode, put.body).toBe(200);
    const report = await figures('per=week&van=2026-03-02&tot=2026-03-08&niveau=locatie');
    // 10 + 4 × 0.5 + 10 × 0.5 = 17; 4.2 / 17 = 0.247.
    expect(seriesOf(report, 'ESC1').perioden[0]).toMatchObject({
      effectieveCapaciteitUren: 17,
      drukratio: 0.247,
    });
    const csv = await beleid.get(
      '/api/v1/werkdruk/export?per=week&van=2026-03-02&tot=2026-03-08&niveau=locatie',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^niveau;sleutel;naam;stadsdeel;periode;start;eind;contacten;/);
    expect(lines).toContain(
      'locatie;ESC1;Wijkcentrum A;Escamp;2026-W10;2026-03-02;2026-03-08;5;3;2;36;1.2;4.2;10;4;10;24;17;0.247;7;11;0.6;0.4;nee',
    );
    expect(lines.some((l) => l.startsWith('stadsdeel;Escamp;Escamp;;2026-W10;'))).toBe(true);
    const xlsx = await beleid.get('/api/v1/werkdruk/export?formaat=xlsx&per=maand');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    await beheerder.put('/api/v1/werkdruk/instellingen', {
      gewichten: { professional: 1, stagiair: 0.5, vrijwilliger: 0.3 },
      standaardMinutenPerAanvraag: 30,
      bewerkTermijnUren: 24,
    });
  });

  it('lets a gemeente add and switch off codes, while the default codes keep their meaning', async () => {
    const added = await beheerder.post('/api/v1/registratiecodes', {
      soort: 'taak',
      code: 'l-taalcafe',
      naam: 'Taalcafé',
      definitie: 'Oefenen met Nederlands praten in een groep.',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ code: 'L-TAALCAFE', standaard: false, actief: true });
    const redefine = await beheerder.post('/api/v1/registratiecodes', {
      soort: 'taak',
      code: 'T01',
      naam: 'Iets anders',
      definitie: 'Een andere betekenis.',
    });
    expect(redefine.statusCode).toBe(400);
    const again = await beheerder.post('/api/v1/registratiecodes', {
      soort: 'taak',
      code: 'L-TAALCAFE',
      naam: 'Anders',
      definitie: 'Andere betekenis.',
    });
    expect(again.statusCode).toBe(409);
    const off = await beheerder.patch('/api/v1/registratiecodes/T08', { actief: false });
    expect(off.statusCode).toBe(200);
    expect((await prof.post('/api/v1/registratiecodes', {})).statusCode).toBe(403);

    const codes = (await prof.get('/api/v1/registratiecodes')).json<RegistrationCodeList>();
    expect(codes.taken.find((c) => c.code === 'T01')).toMatchObject({
      naam: 'Informatie en advies',
      standaard: true,
      actief: true,
    });
    expect(codes.taken.find((c) => c.code === 'T08')).toMatchObject({
      naam: 'Psychosociale ondersteuning',
      actief: false,
    });
    expect(codes.taken.filter((c) => c.standaard)).toHaveLength(10);
    expect(codes.resultaten.filter((c) => c.standaard)).toHaveLength(9);
    const refused = await prof.post('/api/v1/registraties', {
      locatie: 'ESC1',
      kanaal: 'inloop',
      taken: ['T08'],
      minuten: 10,
      resultaat: 'R01',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ detail: string }>().detail).toBe(
      'De taak T08 (Psychosociale ondersteuning) wordt niet meer gebruikt.',
    );
    const local = await prof.post('/api/v1/registraties', {
      locatie: 'ESC1',
      kanaal: 'inloop',
      taken: ['L-TAALCAFE'],
      minuten: 10,
      resultaat: 'R01',
    });
    expect(local.statusCode, local.body).toBe(201);
    await prof.delete(`/api/v1/registraties/${local.json<Registration>().id}`);
  });

  it('registers a contact, remembers the location, and allows edit and undo for a limited time', async () => {
    const form = (await prof.get('/api/v1/registraties/formulier')).json<{
      laatsteLocatie: string | null;
      bewerkTermijnUren: number;
    }>();
    expect(form.bewerkTermijnUren).toBe(24);
    const created = await prof.post('/api/v1/registraties', {
      locatie: 'ESC2',
      kanaal: 'telefoon',
      taken: ['T01', 'T05'],
      minuten: 20,
      resultaat: 'R05',
      nietDigitaalVaardig: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const registration = created.json<Registration>();
    expect(registration).toMatchObject({
      datum: todayInAmsterdam(),
      locatie: 'ESC2',
      leeftijdsgroep: 'onbekend',
      taalbarriere: false,
      clientReferentie: null,
      bewerkbaar: true,
    });
    const remembered = (await prof.get('/api/v1/registraties/formulier')).json<{
      laatsteLocatie: string;
    }>();
    expect(remembered.laatsteLocatie).toBe('ESC2');

    const edited = await prof.patch(`/api/v1/registraties/${registration.id}`, { minuten: 25 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ minuten: 25, taken: ['T01', 'T05'] });
    // Someone else's registration does not exist for another professional.
    expect(
      (await prof2.patch(`/api/v1/registraties/${registration.id}`, { minuten: 5 })).statusCode,
    ).toBe(404);
    expect((await prof2.delete(`/api/v1/registraties/${registration.id}`)).statusCode).toBe(404);
    expect((await prof2.get('/api/v1/registraties')).json()).toMatchObject({
      registraties: [],
      totaal: 0,
    });
    expect((await prof.get('/api/v1/registraties')).json()).toMatchObject({ totaal: 1 });

    const today = todayInAmsterdam();
    const now = await figures(`per=week&van=${today}&tot=${today}&niveau=locatie&locatie=ESC2`);
    expect(now.reeksen[0]?.perioden[0]).toMatchObject({ contacten: 1, geregistreerdeMinuten: 25 });

    // A day and an hour later the registration is fixed.
    await t.database.asOwner((owner) =>
      sql`update registrations set created_at = now() - interval '25 hours' where id = ${registration.id}`.execute(
        owner,
      ),
    );
    const late = await prof.patch(`/api/v1/registraties/${registration.id}`, { minuten: 30 });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ detail: string }>().detail).toBe(
      'Deze registratie is langer dan 24 uur geleden ingevoerd en kan niet meer worden gewijzigd of ongedaan gemaakt. Vraag uw beheerder als er iets niet klopt.',
    );
    expect((await prof.delete(`/api/v1/registraties/${registration.id}`)).statusCode).toBe(409);

    const undo = await prof.post('/api/v1/registraties', {
      locatie: 'ESC2',
      kanaal: 'inloop',
      taken: ['T02'],
      minuten: 40,
      resultaat: 'R01',
    });
    expect(
      (await prof.delete(`/api/v1/registraties/${undo.json<Registration>().id}`)).statusCode,
    ).toBe(204);
    const after = await figures(`per=week&van=${today}&tot=${today}&niveau=locatie&locatie=ESC2`);
    expect(after.reeksen[0]?.perioden[0]).toMatchObject({
      contacten: 1,
      geregistreerdeMinuten: 25,
    });
  });

  it('refuses a BSN as client reference, a date in the future and unknown codes, in Dutch', async () => {
    const base = {
      locatie: 'ESC1',
      kanaal: 'inloop',
      taken: ['T01'],
      minuten: 10,
      resultaat: 'R01',
    };
    const bsn = await prof.post('/api/v1/registraties', { ...base, clientReferentie: '999990019' });
    expect(bsn.json<{ detail: string }>().detail).toBe(
      'Vul hier geen BSN in. Gebruik het dossiernummer uit uw eigen systeem, of laat het veld leeg.',
    );
    const future = await prof.post('/api/v1/registraties', { ...base, datum: '2999-01-01' });
    expect(future.json<{ detail: string }>().detail).toBe(
      'Een contact kan niet in de toekomst liggen.',
    );
    const unknown = await prof.post('/api/v1/registraties', { ...base, resultaat: 'R77' });
    expect(unknown.json<{ detail: string }>().detail).toBe('De resultaat R77 bestaat niet.');
    const noTask = await prof.post('/api/v1/registraties', { ...base, taken: [] });
    expect(noTask.statusCode).toBe(400);
  });

  it('keeps the weekly totals equal to the registrations after every change', async () => {
    const [fromTotals, fromRows] = await t.database.asOwner(async (owner) => [
      (
        await sql<{
          n: number;
          m: number;
        }>`select sum(contacts)::int as n, sum(minutes)::int as m from registration_period_totals where tenant_id = ${denHaag.id} and kind = 'week'`.execute(
          owner,
        )
      ).rows[0],
      (
        await sql<{
          n: number;
          m: number;
        }>`select count(*)::int as n, sum(minutes)::int as m from registrations where tenant_id = ${denHaag.id}`.execute(
          owner,
        )
      ).rows[0],
    ]);
    expect(fromTotals).toEqual(fromRows);
    expect(fromRows).toEqual({ n: 7, m: 250 });
  });

  it('shows another gemeente nothing, and the dashboard only to who may read figures', async () => {
    expect((await otherBeheerder.get('/api/v1/locaties')).json()).toEqual({
      stadsdelen: [],
      locaties: [],
    });
    const theirs = await otherBeheerder.get('/api/v1/werkdruk?niveau=locatie');
    expect(theirs.json<PressureReport>().reeksen).toEqual([]);
    expect((await otherBeheerder.get('/api/v1/registratiebestanden')).json()).toEqual({
      bestanden: [],
    });
    const esc1 = (await beheerder.get('/api/v1/locaties')).json<{ locaties: { id: string }[] }>()
      .locaties[0]!;
    expect(
      (await otherBeheerder.patch(`/api/v1/locaties/${esc1.id}`, { naam: 'Overgenomen' }))
        .statusCode,
    ).toBe(404);
    const mine = (await prof.get('/api/v1/registraties')).json<{
      registraties: { id: string }[];
    }>();
    const otherProf = await createUser(t.database, 'prof@gr.test', [
      { tenant: groningen, role: 'professional' },
    ]);
    expect(otherProf).toBeTruthy();
    const grProf = await login(t.app, 'prof@gr.test');
    expect(
      (await grProf.patch(`/api/v1/registraties/${mine.registraties[0]!.id}`, { minuten: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await grProf.get('/api/v1/wachtlijstaanvragen')).json()).toEqual({
      aanvragen: [],
      samenvatting: [],
    });

    expect((await prof.get('/api/v1/werkdruk')).statusCode).toBe(403);
    expect((await prof.get('/api/v1/werkdruk/export')).statusCode).toBe(403);
    expect((await beleid.post('/api/v1/registraties', {})).statusCode).toBe(403);
    expect((await beleid.get('/api/v1/registraties')).statusCode).toBe(403);
    expect((await prof.put('/api/v1/capaciteit', { regels: [] })).statusCode).toBe(403);
    expect((await beleid.get('/api/v1/werkdruk/instellingen')).statusCode).toBe(200);
  });
});

function daysSince(day: string): number {
  const today = todayInAmsterdam();
  return Math.round((Date.parse(today) - Date.parse(day)) / 86_400_000);
}
