import { sql } from 'kysely';
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
import type { Job } from '../../../shared/api/jobs.schema.js';
import { runJob } from '../../testing/jobs.js';
import { testDatabaseKind } from '../../testing/test-database.js';
import { asTenant, insertTestClients } from '../sampling/test-clients.js';
import { hashCode } from '../../public/personal-code.js';
import { purgeDueRounds } from './invitation.service.js';

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;

describe(`letters, reminders, mailing file and retention (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let bureau: TenantRow;
  let assen: TenantRow;
  let onderzoeker: Client;
  let otherBureau: Client;
  let beleid: Client;
  let survey: string;
  let dueSurvey: string;
  let freshSurvey: string;
  let firstJob: string;

  async function roundWithInvitations(name: string, clients: number): Promise<string> {
    const response = await onderzoeker.post('/api/v1/enquetes', {
      naam: name,
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106'],
    });
    const id = response.json<{ id: string }>().id;
    await insertTestClients(
      t.database,
      bureau.id,
      id,
      Array.from({ length: clients }, (_, i) => ({
        gemeenteId: assen.id,
        clientNumber: `A${i}`,
        // The first client has no address in the register.
        address: i === 0 ? null : `Brink ${i}`,
      })),
    );
    const drawn = await onderzoeker.post(`/api/v1/enquetes/${id}/steekproef`, {
      methode: 'alles',
      seed: 'x',
    });
    expect(drawn.statusCode).toBe(201);
    return id;
  }

  function invitations(surveyId: string) {
    return asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('invitations')
        .selectAll()
        .where('survey_id', '=', surveyId)
        .orderBy('id')
        .execute(),
    );
  }

  function backdate(surveyId: string, days: number) {
    return asTenant(t.database, bureau.id, (trx) =>
      trx
        .updateTable('invitations')
        .set({
          invited_at: sql<Date>`now() - make_interval(days => ${days}::int)`,
          letter_at: sql<Date>`now() - make_interval(days => ${days}::int)`,
        })
        .where('survey_id', '=', surveyId)
        .execute(),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    bureau = await createTenant(t.database, 'bureau', 'Bureau Noord');
    assen = await gemeente(t.database, 'GM0106');
    await linkTenants(t.database.db, bureau.id, [assen.id], 'werkt_voor');
    const other = await createTenant(t.database, 'bureau', 'Bureau Zuid');
    await createUser(t.database, 'onderzoeker@test.nl', [{ tenant: bureau, role: 'onderzoeker' }]);
    await createUser(t.database, 'zuid@test.nl', [{ tenant: other, role: 'onderzoeker' }]);
    await createUser(t.database, 'beleid@test.nl', [{ tenant: assen, role: 'beleidsmedewerker' }]);
    onderzoeker = await login(t.app, 'onderzoeker@test.nl');
    await onderzoeker.put('/api/v1/sessies/huidige/organisatie', { organisatieId: bureau.id });
    otherBureau = await login(t.app, 'zuid@test.nl');
    beleid = await login(t.app, 'beleid@test.nl');
    survey = await roundWithInvitations('Ronde met brieven', 30);
    dueSurvey = await roundWithInvitations('Oude ronde', 3);
    freshSurvey = await roundWithInvitations('Verse ronde', 3);
  });
  afterAll(() => t.close());

  it('makes one PDF with a letter for every invitee with an address', async () => {
    // The letter says whom to call for help or a paper form: without a number, no letters.
    const withoutPhone = await onderzoeker.post(`/api/v1/enquetes/${survey}/brieven`);
    expect(withoutPhone.statusCode).toBe(400);
    expect(withoutPhone.json<{ invalidParams: { name: string }[] }>().invalidParams).toMatchObject([
      { name: 'telefoon' },
    ]);
    expect((await invitations(survey)).filter((r) => r.letter_at !== null)).toHaveLength(0);
    const { start, job, file } = await runJob(onderzoeker, `/api/v1/enquetes/${survey}/brieven`, {
      telefoon: '0592 36 69 11',
    });
    // The letters are made by a background job: the request answers at once with the job.
    expect(start.statusCode).toBe(202);
    expect(start.headers.location).toBe(`/api/v1/taken/${start.json<Job>().id}`);
    firstJob = start.json<Job>().id;
    expect(job).toMatchObject({
      status: 'klaar',
      samenvatting: { brieven: 29, zonderAdres: 1 },
      voortgang: { gedaan: 29, totaal: 29 },
    });
    expect(file?.statusCode).toBe(200);
    expect(file?.headers['content-type']).toBe('application/pdf');
    expect(file?.headers['content-disposition']).toMatch(/^attachment; filename="brieven-/);
    expect(pageCount(file!.rawPayload)).toBe(29);
    const rows = await invitations(survey);
    expect(rows.filter((r) => r.letter_at !== null)).toHaveLength(29);
  });

  it('prints only new letters, or all again on request', async () => {
    const none = await onderzoeker.post(`/api/v1/enquetes/${survey}/brieven`);
    expect(none.statusCode).toBe(409);
    expect(none.json<{ detail: string }>().detail).toContain('geen nieuwe brieven');
    const again = await runJob(onderzoeker, `/api/v1/enquetes/${survey}/brieven?opnieuw=1`);
    expect(again.job?.status).toBe('klaar');
    expect(pageCount(again.file!.rawPayload)).toBe(29);
  });

  it('keeps the phone number and answer date for later letters, and refuses a past date', async () => {
    const saved = await asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('surveys')
        .select(['help_phone', sql<string>`answer_before::text`.as('answerBefore')])
        .where('id', '=', survey)
        .executeTakeFirstOrThrow(),
    );
    expect(saved.help_phone).toBe('0592 36 69 11');
    // Default: 14 reminder days + 14 days after the letter.
    const expected = new Date(Date.now() + 28 * 86_400_000).toLocaleDateString('sv-SE', {
      timeZone: 'Europe/Amsterdam',
    });
    expect(saved.answerBefore).toBe(expected);
    const past = await onderzoeker.post(`/api/v1/enquetes/${survey}/brieven?opnieuw=1`, {
      antwoordVoor: '2020-01-01',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ invalidParams: [{ name: 'antwoordVoor' }] });
  });

  it('reminds only those who have not answered, once the set number of days has passed', async () => {
    expect((await onderzoeker.post(`/api/v1/enquetes/${survey}/herinneringen`)).statusCode).toBe(
      409,
    );
    await backdate(survey, 15);
    // Two invitees with an address answer (the one without an address never got a letter).
    const answered = (await invitations(survey))
      .filter((r) => r.code !== null)
      .slice(0, 3)
      .map((r) => r.id);
    const withAddress = await asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('invitations as i')
        .innerJoin('clients as c', 'c.id', 'i.client_id')
        .select('i.id')
        .where('i.id', 'in', answered)
        .where('c.address', 'is not', null)
        .limit(2)
        .execute(),
    );
    await asTenant(t.database, bureau.id, (trx) =>
      trx
        .updateTable('invitations')
        .set({ used: true, used_channel: 'online' })
        .where(
          'id',
          'in',
          withAddress.map((r) => r.id),
        )
        .execute(),
    );
    const response = await runJob(onderzoeker, `/api/v1/enquetes/${survey}/herinneringen`);
    expect(response.job?.status).toBe('klaar');
    expect(response.file?.headers['content-disposition']).toMatch(
      /^attachment; filename="herinneringen-/,
    );
    expect(pageCount(response.file!.rawPayload)).toBe(29 - 2);
    const after = await invitations(survey);
    expect(after.filter((r) => r.reminded_at !== null)).toHaveLength(27);
    expect(after.filter((r) => r.used && r.reminded_at !== null)).toHaveLength(0);
    expect((await onderzoeker.post(`/api/v1/enquetes/${survey}/herinneringen`)).statusCode).toBe(
      409,
    );
  });

  it('writes the mailing file for a printing house', async () => {
    const response = await onderzoeker.get(`/api/v1/enquetes/${survey}/adresbestand`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      '\uFEFFklantnummer;naam;adres;postcode;woonplaats;code;url;gemeentecode;gemeente',
    );
    // 30 invited, 2 answered, 1 without address.
    expect(lines).toHaveLength(1 + 27);
    const [number, , , , , code, url, gemeenteCode] = lines[1]!.split(';');
    // Client numbers are unique within a gemeente only: the printing house sees whose it is.
    expect(gemeenteCode).toMatch(/^GM\d{4}$/);
    expect(url).toBe(`http://localhost:8080/enquete?code=${code}`);
    const stored = (await invitations(survey)).map((r) => r.code_hash);
    expect(stored).toContain(hashCode(code!));
    expect(number).toMatch(/^A\d+$/);
  });

  it('records letters and files in the audit log with counts only', async () => {
    const entries = await asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', 'in', ['brieven.gemaakt', 'herinneringen.gemaakt'])
        .execute(),
    );
    expect(entries.map((e) => e.action).sort()).toEqual([
      'brieven.gemaakt',
      'brieven.gemaakt',
      'brieven.gemaakt',
      'herinneringen.gemaakt',
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/Brink|[2-9A-Z]{4}-[2-9A-Z]{4}/);
  });

  it('deletes names, addresses and codes on request, and keeps what counting needs', async () => {
    const response = await onderzoeker.post(
      `/api/v1/enquetes/${survey}/persoonsgegevens-verwijderen`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ clienten: 30, codes: 30 });
    const clients = await asTenant(t.database, bureau.id, (trx) =>
      trx.selectFrom('clients').selectAll().where('survey_id', '=', survey).execute(),
    );
    for (const c of clients) {
      expect([c.name, c.address, c.postcode, c.city]).toEqual([null, null, null, null]);
      expect(c.gemeente_id).toBe(assen.id);
    }
    const rows = await invitations(survey);
    expect(rows.every((r) => r.code === null && /^[0-9a-f]{64}$/.test(r.code_hash))).toBe(true);
    const letters = await onderzoeker.post(`/api/v1/enquetes/${survey}/brieven?opnieuw=1`);
    expect(letters.statusCode).toBe(409);
    // The PDFs made before held the same names and codes: they are gone too.
    expect((await onderzoeker.get(`/api/v1/taken/${firstJob}`)).statusCode).toBe(404);
    expect((await onderzoeker.get(`/api/v1/taken/${firstJob}/resultaat`)).statusCode).toBe(404);
    expect((await onderzoeker.get(`/api/v1/enquetes/${survey}/adresbestand`)).statusCode).toBe(409);
  });

  it('deletes them by itself once the retention period after the last letter has passed', async () => {
    await backdate(dueSurvey, 61);
    await backdate(freshSurvey, 10);
    expect(await purgeDueRounds(t.database)).toBe(1);
    const names = await asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('clients')
        .select(['survey_id', 'name'])
        .where('survey_id', 'in', [dueSurvey, freshSurvey])
        .execute(),
    );
    expect(names.filter((n) => n.survey_id === dueSurvey).every((n) => n.name === null)).toBe(true);
    expect(names.filter((n) => n.survey_id === freshSurvey).every((n) => n.name !== null)).toBe(
      true,
    );
    const logged = await asTenant(t.database, bureau.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(['actor', 'details'])
        .where('action', '=', 'persoonsgegevens.verwijderd')
        .where('object_id', '=', dueSurvey)
        .execute(),
    );
    expect(logged).toEqual([
      {
        actor: 'Meetwerk (bewaartermijn)',
        details: { reden: 'bewaartermijn', clienten: 3, codes: 3 },
      },
    ]);
    expect(await purgeDueRounds(t.database)).toBe(0);
  });

  it('keeps other tenants and roles out of every letter route', async () => {
    const routes: ['GET' | 'POST', string][] = [
      ['POST', `/api/v1/enquetes/${freshSurvey}/brieven`],
      ['POST', `/api/v1/enquetes/${freshSurvey}/herinneringen`],
      ['GET', `/api/v1/enquetes/${freshSurvey}/adresbestand`],
      ['POST', `/api/v1/enquetes/${freshSurvey}/persoonsgegevens-verwijderen`],
    ];
    for (const [method, url] of routes) {
      const foreign = await otherBureau.request({ method, url });
      expect(foreign.statusCode, url).toBe(404);
      const policy = await beleid.request({ method, url });
      expect(policy.statusCode, url).toBe(403);
    }
    const rows = await invitations(freshSurvey);
    expect(rows.every((r) => r.code !== null && r.letter_at !== null)).toBe(true);
    // A job and its file are seen only by the account that started it, in its tenant.
    const mine = await runJob(onderzoeker, `/api/v1/enquetes/${freshSurvey}/brieven?opnieuw=1`, {
      telefoon: '0592 36 69 11',
    });
    const href = mine.job!.resultaat!.href;
    for (const client of [otherBureau, beleid]) {
      expect((await client.get(`/api/v1/taken/${mine.job!.id}`)).statusCode).toBe(404);
      expect((await client.get(href)).statusCode).toBe(404);
    }
  });
});
