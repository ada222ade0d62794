import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../db/database.js';
import {
  fieldworkWorld,
  invite,
  type FieldworkWorld,
  type TestInvitation,
} from '../surveys/responses/fixtures.js';
import { CookieBrowser } from '../testing/cookie-browser.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { NL } from './messages.js';
import { formToken, RESIDENT_COOKIE } from './resident.session.js';

/** A resident's browser on the survey pages. */
class Browser extends CookieBrowser {
  constructor(t: TestApp) {
    super(t, RESIDENT_COOKIE, formToken);
  }

  /** Answers one page and returns where the next button leads. */
  async answer(key: string, fields: [string, string][], actie = 'volgende') {
    const response = await this.post(`/enquete/vraag/${key}`, [...fields, ['actie', actie]]);
    expect(response.statusCode, response.body).toBe(303);
    return response.headers.location;
  }
}

describe(`answering online (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let world: FieldworkWorld;
  let invitations: TestInvitation[];

  beforeAll(async () => {
    t = await createTestApp();
    world = await fieldworkWorld(t, 'online');
    invitations = await invite(
      t.database,
      world,
      world.assen,
      ['K7MF-X3PQ', 'MNPQ-RSTV', 'ZZZZ-YYYY'],
      { productCategory: '07' },
    );
  });
  afterAll(() => t.close());

  it('shows the code page with the code from the QR link, safe headers and no script', async () => {
    const response = await t.app.inject({ url: '/enquete?code=K7MF-X3PQ' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="nl"');
    expect(response.body).toContain('value="K7MF-X3PQ"');
    expect(response.body).not.toMatch(/<script|style=/i);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(Buffer.byteLength(response.body)).toBeLessThan(60 * 1024);
    const css = await t.app.inject({ url: '/enquete/stijl.css' });
    expect(css.headers['content-type']).toContain('text/css');
    // One sheet: the public base (the page frame) and the survey's own rules (the review).
    expect(css.body).toContain('.rp-header');
    expect(css.body).toContain('.rp-review-row');
    expect(Buffer.byteLength(response.body) + Buffer.byteLength(css.body)).toBeLessThan(60 * 1024);
  });

  it('says clearly when the code is empty or unknown', async () => {
    const browser = new Browser(t);
    const empty = await browser.post('/enquete', [['code', ' ']]);
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain(NL.codeEmpty);
    expect(empty.body).toContain('<title>Fout: ');
    expect(empty.body).toContain('href="#code"');
    const wrong = await browser.post('/enquete', [['code', 'ABCD-EFGH-JX']]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Deze code kennen wij niet.');
    expect(wrong.body).toContain('aria-invalid="true"');
    expect(browser.cookie).toBeUndefined();
  });

  it('walks the whole questionnaire, pauses, resumes and submits anonymously', async () => {
    const browser = new Browser(t);
    // Typed as people type it: lower case, spaces instead of dashes.
    const started = await browser.post('/enquete', [['code', 'k7mf x3pq']]);
    expect(started.statusCode).toBe(303);
    expect(started.headers.location).toBe('/enquete/vraag/Q1');
    const cookie = started.cookies.find((c) => c.name === RESIDENT_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/enquete' });

    const first = await browser.get('/enquete/vraag/Q1');
    expect(first.body).toContain('Stap 1 van 10');
    expect(first.body).toContain('Ik wist waar ik moest zijn met mijn hulpvraag.');
    expect(first.body.match(/<fieldset/g)).toHaveLength(2);
    expect(first.body).toContain('Weet niet / niet van toepassing');
    expect(first.body).not.toContain('value="vorige"');

    expect(
      await browser.answer('Q1', [
        ['Q1', '2'],
        ['Q2', '9'],
      ]),
    ).toBe('/enquete/vraag/Q3');
    // Skipping is allowed: nothing chosen on the Q3/Q4 page.
    expect(await browser.answer('Q3', [])).toBe('/enquete/vraag/Q5');
    expect((await browser.get('/enquete/vraag/Q5')).body).toContain('Stap 3 van 10');

    // Pause: the cookie goes, the answers stay.
    expect(await browser.answer('Q5', [['Q5', '2']], 'pauze')).toBe('/enquete/bewaard');
    expect(browser.cookie).toBeUndefined();
    const resumed = await browser.post('/enquete', [['code', 'K7MF-X3PQ']]);
    expect(resumed.headers.location).toBe('/enquete/vraag/Q5');
    const back = await browser.get('/enquete/vraag/Q1');
    expect(back.body).toMatch(/value="2"\s+checked/);

    expect(await browser.answer('Q5', [['Q5', '1']])).toBe('/enquete/vraag/Q6');
    expect(
      await browser.answer('Q6', [
        ['Q6', '1'],
        ['Q7', '2'],
      ]),
    ).toBe('/enquete/vraag/Q8');
    expect(
      await browser.answer('Q8', [
        ['Q8', '1'],
        ['Q9', '1'],
        ['Q10', '3'],
      ]),
    ).toBe('/enquete/vraag/A1');
    // "Vorige" goes back a page and keeps what was chosen.
    expect(await browser.answer('A1', [['A1', '2']], 'vorige')).toBe('/enquete/vraag/Q8');
    expect(
      await browser.answer('Q8', [
        ['Q8', '1'],
        ['Q9', '1'],
        ['Q10', '3'],
      ]),
    ).toBe('/enquete/vraag/A1');
    expect((await browser.get('/enquete/vraag/A1')).body).toMatch(/value="2"\s+checked/);
    expect(await browser.answer('A1', [['A1', '2']])).toBe('/enquete/vraag/A2');
    expect(await browser.answer('A2', [['A2', '3']])).toBe('/enquete/vraag/A3');
    expect(await browser.answer('A3', [['A3', '2']])).toBe('/enquete/vraag/A4');
    // Routing: no mantelzorger, so "Mijn mantelzorger kan de zorg aan" (A5) is skipped.
    expect(await browser.answer('A4', [['A4', '2']])).toBe('/enquete/vraag/A6');
    const a6 = await browser.get('/enquete/vraag/A6');
    expect(a6.body).toContain('Stap 10 van 10');
    expect((await browser.get('/enquete/vraag/A5')).headers.location).toBe('/enquete/verder');
    expect(await browser.answer('A6', [['A6', '1']])).toBe('/enquete/controle');

    const review = await browser.get('/enquete/controle');
    expect(review.body).toContain('Ikzelf, met hulp van iemand anders');
    expect(review.body).toContain(NL.notAnswered);
    const sent = await browser.post('/enquete/versturen', []);
    expect(sent.headers.location).toBe('/enquete/klaar');
    expect(browser.cookie).toBeUndefined();
    expect((await browser.get('/enquete/klaar')).body).toContain('Dank u wel!');

    const stored = await inTenant(
      t.database.db,
      { tenantId: world.bureau.id, accountId: null },
      (trx) =>
        trx
          .selectFrom('responses')
          .select([
            'channel',
            'answers',
            'gemeente_id',
            'questionnaire_version',
            'product_category',
          ])
          .execute(),
    );
    expect(stored).toEqual([
      {
        channel: 'online',
        gemeente_id: world.assen.id,
        questionnaire_version: 1,
        product_category: '07',
        answers: {
          Q1: ['2'],
          Q2: ['9'],
          Q5: ['1'],
          Q6: ['1'],
          Q7: ['2'],
          Q8: ['1'],
          Q9: ['1'],
          Q10: ['3'],
          A1: ['2'],
          A2: ['3'],
          A3: ['2'],
          A4: ['2'],
          A6: ['1'],
        },
      },
    ]);
  });

  it('leaves nothing in the response that leads back to the invitation', async () => {
    const [used] = invitations;
    const rows = await inTenant(
      t.database.db,
      { tenantId: world.bureau.id, accountId: null },
      async (trx) => ({
        responses: await sql<{ row: string; day: string }>`
        select row_to_json(r)::text as row, submitted_on::text as day from responses r`.execute(
          trx,
        ),
        drafts: await trx.selectFrom('response_drafts').selectAll().execute(),
        invitation: await trx
          .selectFrom('invitations')
          .select(['used', 'used_channel'])
          .where('id', '=', used!.id)
          .executeTakeFirstOrThrow(),
        audit: await sql<{
          row: string;
        }>`select row_to_json(a)::text as row from audit_log a`.execute(trx),
      }),
    );
    expect(rows.responses.rows).toHaveLength(1);
    const row = rows.responses.rows[0]!;
    for (const secret of [used!.id, used!.clientId, used!.code, 'K7MFX3PQ']) {
      expect(row.row).not.toContain(secret);
    }
    // Exactly these columns; the productcategorie is the two-digit iWmo code and nothing more.
    const stored = JSON.parse(row.row) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(
      [
        'answers',
        'channel',
        'gemeente_id',
        'id',
        'product_category',
        'questionnaire_version',
        'submitted_on',
        'survey_id',
        'tenant_id',
      ].sort(),
    );
    expect(stored.product_category).toBe('07');
    const categories = await t.database.asOwner((owner) =>
      sql<{ bad: number }>`
        select count(*)::int as bad from responses
         where product_category is not null and product_category !~ '^[0-9]{2}$'`.execute(owner),
    );
    expect(categories.rows[0]?.bad).toBe(0);
    for (const entry of rows.audit.rows) {
      expect(entry.row).not.toContain(used!.id);
      expect(entry.row).not.toContain('K7MFX3PQ');
    }
    expect(row.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.drafts).toEqual([]);
    expect(rows.invitation).toEqual({ used: true, used_channel: 'online' });
    // No column of responses refers to invitations or clients.
    const keys = await t.database.asOwner((owner) =>
      sql<{ name: string }>`
        select conname as name from pg_constraint
        where conrelid = 'responses'::regclass and confrelid in ('invitations'::regclass, 'clients'::regclass)`.execute(
        owner,
      ),
    );
    expect(keys.rows).toEqual([]);
  });

  it('refuses a used code with a clear message', async () => {
    const browser = new Browser(t);
    const again = await browser.post('/enquete', [['code', 'K7MF-X3PQ']]);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain(NL.codeUsed);
    // A mistyped code may be someone else's: the page leads back to the code form.
    expect(again.body).toContain(`<a class="utrecht-link" href="/enquete">${NL.otherCode}</a>`);
    expect(browser.cookie).toBeUndefined();
  });

  it('says in plain words that a round not yet in fieldwork cannot be answered yet', async () => {
    const created = await world.onderzoeker.post('/api/v1/enquetes', {
      naam: 'CEO Wmo 2027 concept',
      jaar: 2027,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106'],
    });
    const concept = { ...world, surveyId: created.json<{ id: string }>().id };
    await invite(t.database, concept, world.assen, ['NOGN-IETO']);
    const browser = new Browser(t);
    const early = await browser.post('/enquete', [['code', 'NOGN-IETO']]);
    expect(early.statusCode).toBe(403);
    expect(early.body).toContain(NL.codeNotOpen);
    expect(browser.cookie).toBeUndefined();
  });

  it('asks A5 when there is a mantelzorger, and refuses answers that do not exist', async () => {
    const browser = new Browser(t);
    await browser.post('/enquete', [['code', 'MNPQ-RSTV']]);
    expect(await browser.answer('A4', [['A4', '1']])).toBe('/enquete/vraag/A5');
    expect((await browser.get('/enquete/vraag/A5')).body).toContain('Stap 10 van 11');

    const wrong = await browser.post('/enquete/vraag/Q1', [
      ['Q1', '7'],
      ['actie', 'volgende'],
    ]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('<title>Fout: ');
    expect(wrong.body).toContain('href="#v-Q1-1"');
    expect(wrong.body).toContain(NL.chooseFromList);
  });

  it('refuses a form without the token or from another site', async () => {
    const browser = new Browser(t);
    await browser.post('/enquete', [['code', 'ZZZZ-YYYY']]);
    const forged = await browser.post('/enquete/vraag/Q1', [['Q1', '1']], { token: false });
    expect(forged.statusCode).toBe(403);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/enquete/versturen',
      payload: `token=${formToken(browser.cookie!)}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'cross-site',
      },
      cookies: { [RESIDENT_COOKIE]: browser.cookie! },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('asks for the code again when the cookie is gone, and has its own 404 page', async () => {
    const response = await t.app.inject({ url: '/enquete/vraag/Q1' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(NL.expired);
    const missing = await t.app.inject({ url: '/enquete/bestaat-niet' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain(NL.notFound);
  });
});

describe(`code entry rate limit (${testDatabaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MEETWERK_LOGIN_RATE_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers a Dutch page after too many codes', async () => {
    const post = () =>
      t.app.inject({
        method: 'POST',
        url: '/enquete',
        payload: 'code=AAAA-BBBB',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    for (let i = 0; i < 3; i++) expect((await post()).statusCode).toBe(400);
    const blocked = await post();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('text/html');
    expect(blocked.body).toContain(NL.tooMany);
  });

  it('limits guesses placed in the cookie too', async () => {
    const guess = (i: number) =>
      t.app.inject({ url: '/enquete/vraag/Q1', cookies: { [RESIDENT_COOKIE]: `GUES${i}AAA` } });
    // Six times the code-form limit: room for a person paging through, not for guessing.
    for (let i = 0; i < 18; i++) expect((await guess(i)).statusCode).toBe(200);
    expect((await guess(99)).statusCode).toBe(429);
  });
});

describe(`global limit on wrong codes (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let world: FieldworkWorld;

  beforeAll(async () => {
    t = await createTestApp({ MEETWERK_CODE_FAILURES_PER_MINUTE: '3' });
    world = await fieldworkWorld(t, 'druk');
    await invite(t.database, world, world.assen, ['ABCD-EFGH', 'HJKM-NPQR', 'STUV-WXYZ']);
  });
  afterAll(() => t.close());

  it('pauses new codes from every address after too many wrong ones; residents answering go on', async () => {
    const answering = new Browser(t);
    expect((await answering.post('/enquete', [['code', 'ABCD-EFGH']])).statusCode).toBe(303);
    // Wrong codes from three different addresses: each address is far below its own limit.
    // The third goes to the outcome monitor's code form: one limit for both pages.
    for (const [address, url] of [
      ['10.0.0.1', '/enquete'],
      ['10.0.0.2', '/enquete'],
      ['10.0.0.3', '/monitor'],
    ] as const) {
      const wrong = await t.app.inject({
        method: 'POST',
        url,
        remoteAddress: address,
        payload: 'code=AAAA-BBBB',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(wrong.statusCode).toBe(400);
      if (url === '/enquete') expect(wrong.body).toContain(NL.codeUnknown);
    }

    // A right code that was not used before now waits too: nothing is looked up.
    const fresh = new Browser(t);
    const busy = await fresh.post('/enquete', [['code', 'HJKM-NPQR']]);
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('120');
    expect(busy.headers['content-type']).toContain('text/html');
    expect(busy.body).toContain('Het is nu erg druk. Probeer het over een paar minuten opnieuw.');
    expect(busy.body).toContain('<html lang="nl"');
    expect(fresh.cookie).toBeUndefined();
    // A guess placed in a cookie waits as well.
    const cookieGuess = await t.app.inject({
      url: '/enquete/vraag/Q1',
      cookies: { [RESIDENT_COOKIE]: 'STUVWXYZ' },
    });
    expect(cookieGuess.statusCode).toBe(503);

    // The resident who was already answering continues and can send in.
    const page = await answering.get('/enquete/vraag/Q1');
    expect(page.statusCode).toBe(200);
    expect(await answering.answer('Q1', [['Q1', '1']])).toBe('/enquete/vraag/Q3');
    const sent = await answering.post('/enquete/versturen', []);
    expect(sent.headers.location).toBe('/enquete/klaar');
    const stored = await inTenant(
      t.database.db,
      { tenantId: world.bureau.id, accountId: null },
      (trx) => trx.selectFrom('responses').select('answers').execute(),
    );
    expect(stored).toEqual([{ answers: { Q1: ['1'] } }]);
  });
});
