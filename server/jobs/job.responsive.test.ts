import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../../shared/api/jobs.schema.js';
import { asTenant, insertTestClients } from '../surveys/sampling/test-clients.js';
import { linkTenants } from '../tenants/tenant.repository.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import {
  createTenant,
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';

/**
 * The largest round in the source documents has 23,000 letters; set MEETWERK_TEST_LETTERS=23000
 * to run this test at that size. By default a tenth: preparing 23,000 invitees (register and
 * draw with codes) took ~30 s of the test on the shared 2-core machine, per database, while the
 * proof is the same at any size: every page of the PDF gives the event loop back, and the job
 * is asked for after the other requests answered and is still at work. bench/letters.ts runs
 * the full size.
 */
const LETTERS = Number(process.env.MEETWERK_TEST_LETTERS ?? 2_300);

describe(`the server answers while a job of ${LETTERS} letters runs (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let bureau: TenantRow;
  let onderzoeker: Client;
  let survey: string;

  beforeAll(async () => {
    t = await createTestApp();
    bureau = await createTenant(t.database, 'bureau', 'Bureau Groot');
    const assen = await gemeente(t.database, 'GM0106');
    await linkTenants(t.database.db, bureau.id, [assen.id], 'werkt_voor');
    await createUser(t.database, 'groot@test.nl', [{ tenant: bureau, role: 'onderzoeker' }]);
    onderzoeker = await login(t.app, 'groot@test.nl');
    await onderzoeker.put('/api/v1/sessies/huidige/organisatie', { organisatieId: bureau.id });
    const created = await onderzoeker.post('/api/v1/enquetes', {
      naam: 'Grote ronde',
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106'],
    });
    survey = created.json<{ id: string }>().id;
    await insertTestClients(
      t.database,
      bureau.id,
      survey,
      Array.from({ length: LETTERS }, (_, i) => ({
        gemeenteId: assen.id,
        clientNumber: `G${i}`,
      })),
    );
    const drawn = await onderzoeker.post(`/api/v1/enquetes/${survey}/steekproef`, {
      methode: 'alles',
      seed: 'groot',
    });
    expect(drawn.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.app.close();
    await t.database.close();
  });

  it('answers a health check and a page of the API before the job is done', async () => {
    const start = await onderzoeker.post(`/api/v1/enquetes/${survey}/brieven`, {
      telefoon: '0592 36 69 11',
    });
    expect(start.statusCode).toBe(202);
    const id = start.json<Job>().id;
    const status = async () => (await onderzoeker.get(`/api/v1/taken/${id}`)).json<Job>();
    // Wait until the letters themselves are being written (not only read).
    while ((await status()).voortgang.gedaan === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    const round = await onderzoeker.get(`/api/v1/enquetes/${survey}`);
    expect(round.statusCode).toBe(200);
    // Asked after both answered: the job is still at work, so they did not wait for it.
    const during = await status();
    expect(during.status).toBe('bezig');
    expect(during.voortgang.totaal).toBe(LETTERS);
    expect(during.voortgang.gedaan).toBeLessThan(LETTERS);

    // Closing the app stops the job cleanly and puts it back for the next start; nothing is
    // marked printed, since the PDF was not finished.
    await t.app.close();
    const left = await asTenant(t.database, bureau.id, async (trx) => ({
      job: await trx
        .selectFrom('jobs')
        .select(['status', 'attempts'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
      printed: await trx
        .selectFrom('invitations')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('survey_id', '=', survey)
        .where('letter_at', 'is not', null)
        .executeTakeFirstOrThrow(),
    }));
    expect(left.job).toEqual({ status: 'queued', attempts: 0 });
    expect(Number(left.printed.n)).toBe(0);
  });
});
