import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Monitor } from '../../../shared/api/outcomes.schema.js';
import {
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../../testing/test-app.js';
import { CookieBrowser } from '../../testing/cookie-browser.js';
import { testDatabaseKind } from '../../testing/test-database.js';
import { today } from '../outcome.service.js';
import { MONITOR_NL as NL } from './monitor.messages.js';
import { parseDutchDate } from './monitor.routes.js';
import { MONITOR_COOKIE, monitorFormToken } from './monitor.session.js';

/** A resident's phone without JavaScript, on the monitor pages. */
class Phone extends CookieBrowser {
  constructor(t: TestApp) {
    super(t, MONITOR_COOKIE, monitorFormToken);
  }
}

describe(`the resident's own monitor at /monitor (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let prof: Client;
  let residentId: string;
  let code: string;

  beforeAll(async () => {
    t = await createTestApp();
    const eindhoven = await gemeente(t.database, 'GM0772');
    await createUser(t.database, 'beheer@test.nl', [{ tenant: eindhoven, role: 'beheerder' }]);
    const profId = await createUser(t.database, 'prof@test.nl', [
      { tenant: eindhoven, role: 'professional' },
    ]);
    const beheerder = await login(t.app, 'beheer@test.nl');
    prof = await login(t.app, 'prof@test.nl');
    const team = (await beheerder.post('/api/v1/wijkteams', { naam: 'Woensel' })).json<{
      id: string;
    }>().id;
    await beheerder.put(`/api/v1/wijkteams/${team}/leden/${profId}`, {});
    await beheerder.post('/api/v1/leefgebieden', { naam: '<script>alert(1)</script> & "zo"' });
    residentId = (
      await prof.post('/api/v1/bewoners', { referentie: 'WS-7', wijkteamId: team })
    ).json<{ id: string }>().id;
    await prof.post(`/api/v1/bewoners/${residentId}/metingen`, {
      datum: '2026-01-15',
      leefgebieden: [
        { code: 'mvo.financien', bewoner: 30 },
        { code: 'mvo.wonen', bewoner: 60 },
      ],
    });
    code = (await prof.post(`/api/v1/bewoners/${residentId}/code`)).json<{ code: string }>().code;
  });
  afterAll(() => t.close());

  it('shows the code page with the code from the link, strict headers, no script, small', async () => {
    const response = await t.app.inject({ url: `/monitor?code=${code}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.body).toContain(`value="${code}"`);
    expect(response.body).not.toMatch(/<script|style=/i);
    expect(response.body).toContain('<html lang="nl"');
    const css = await t.app.inject({ url: '/monitor/stijl.css' });
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body).toContain('.mo-points');
    expect(css.body).toContain('.rp-header');
    expect(Buffer.byteLength(response.body) + Buffer.byteLength(css.body)).toBeLessThan(60 * 1024);
  });

  it('is not swallowed by the staff web app: unknown /monitor pages are a resident page', async () => {
    const response = await t.app.inject({ url: '/monitor/bestaat-niet' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain(NL.notFound);
  });

  it('refuses an unknown or empty code in Dutch', async () => {
    const phone = new Phone(t);
    const unknown = await phone.post('/monitor', [['code', 'AAAA-BBBB']]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain(NL.codeUnknown);
    expect(unknown.body).toContain('<title>Fout: ');
    const empty = await phone.post('/monitor', [['code', ' ']]);
    expect(empty.body).toContain(NL.codeEmpty);
    expect(phone.cookie).toBeUndefined();
  });

  it('lets the resident choose, order, mark and save without JavaScript', async () => {
    const phone = new Phone(t);
    const entered = await phone.post('/monitor', [['code', code.toLowerCase().replace('-', ' ')]]);
    expect(entered.statusCode).toBe(303);
    expect(entered.headers.location).toBe('/monitor/kiezen');
    const cookie = entered.cookies.find((c) => c.name === MONITOR_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/monitor' });

    const choose = await phone.get('/monitor/kiezen');
    expect(choose.statusCode).toBe(200);
    // The last conversation's order is the starting choice; local domains are escaped.
    expect(choose.body).toMatch(
      /name="plaats\.mvo\.financien"[\s\S]*?<option value="1"\s+selected>/,
    );
    expect(choose.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;');
    expect(choose.body).not.toContain('<script>alert');

    const none = await phone.post('/monitor/kiezen', []);
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain(NL.chooseEmpty);

    const chosen = await phone.post('/monitor/kiezen', [
      ['plaats.mvo.wonen', '1'],
      ['plaats.mvo.sociaal-netwerk', '2'],
      ['plaats.mvo.financien', ''],
    ]);
    expect(chosen.statusCode).toBe(303);
    expect(chosen.headers.location).toBe('/monitor/lijn?keuze=mvo.wonen~mvo.sociaal-netwerk');

    const line = await phone.get(chosen.headers.location as string);
    expect(line.statusCode).toBe(200);
    // Eleven native radio buttons per domain, each with a visible label, in a fieldset with a legend.
    expect(line.body.match(/name="punt\.mvo\.wonen"/g)).toHaveLength(11);
    expect(line.body).toContain('<label for="punt-mvo-wonen-70">70</label>');
    expect(line.body).toContain('Wonen: hoe gaat het nu?');
    expect(line.body).toContain('Vorige keer (15-01-2026): 60 van 100.');
    expect(line.body).toMatch(/<legend[^>]*>Familie en vrienden: hoe gaat het nu\?<\/legend>/);
    expect(line.body).not.toMatch(/<script|style=/i);

    const missing = await phone.post('/monitor/lijn', [
      ['gebied', 'mvo.wonen'],
      ['gebied', 'mvo.sociaal-netwerk'],
      ['punt.mvo.wonen', '70'],
      ['doel.mvo.wonen', 'Een <b>eigen</b> huis'],
      ['datum.mvo.wonen', '31-02-2027'],
    ]);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain(NL.markMissing('Familie en vrienden'));
    expect(missing.body).toContain(NL.goalDateWrong('Wonen'));
    expect(missing.body).toContain('href="#punt-mvo-sociaal-netwerk-0"');
    expect(missing.body).toContain('value="Een &lt;b&gt;eigen&lt;/b&gt; huis"');
    expect(missing.body).toMatch(
      /id="punt-mvo-wonen-70"\s+name="punt\.mvo\.wonen"\s+value="70"\s+checked/,
    );

    const saved = await phone.post('/monitor/lijn', [
      ['gebied', 'mvo.wonen'],
      ['gebied', 'mvo.sociaal-netwerk'],
      ['punt.mvo.wonen', '70'],
      ['punt.mvo.sociaal-netwerk', '40'],
      ['doel.mvo.wonen', 'Een <b>eigen</b> huis'],
      ['datum.mvo.wonen', '31-12-2099'],
      ['leven', '7'],
    ]);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/monitor/klaar');
    const done = await phone.get('/monitor/klaar');
    expect(done.body).toContain('Wonen: 70 van 100');
    expect(done.body).toContain('Cijfer voor uw leven: 7');

    // Filling in again the same day replaces the own measurement (no second one, no double goal).
    await phone.post('/monitor/lijn', [
      ['gebied', 'mvo.wonen'],
      ['punt.mvo.wonen', '80'],
      ['doel.mvo.wonen', 'Een eigen huis'],
    ]);
    const monitor = (await prof.get(`/api/v1/bewoners/${residentId}`)).json<Monitor>();
    expect(monitor.metingen).toHaveLength(2);
    expect(monitor.metingen[1]).toMatchObject({
      bron: 'zelf',
      datum: today(),
      levenstevredenheid: null,
      leefgebieden: [{ code: 'mvo.wonen', bewoner: 80, professional: null, naaste: null }],
    });
    expect(monitor.doelen).toEqual([
      expect.objectContaining({
        leefgebied: 'mvo.wonen',
        omschrijving: 'Een eigen huis',
        streefdatum: null,
      }),
    ]);
    expect(monitor.veranderingen.find((c) => c.code === 'mvo.wonen')).toMatchObject({
      eerste: 60,
      laatste: 80,
      richting: 'verbeterd',
    });

    const stopped = await phone.post('/monitor/stoppen', []);
    expect(stopped.statusCode).toBe(200);
    expect(phone.cookie).toBeUndefined();
    const after = await phone.get('/monitor/kiezen');
    expect(after.body).toContain(NL.expired);
  });

  it('refuses posts without the form token or from another site (CSRF)', async () => {
    const phone = new Phone(t);
    await phone.post('/monitor', [['code', code]]);
    const fields: [string, string][] = [
      ['gebied', 'mvo.wonen'],
      ['punt.mvo.wonen', '10'],
    ];
    const noToken = await phone.post('/monitor/lijn', fields, { token: false });
    expect(noToken.statusCode).toBe(403);
    const wrongToken = await phone.post('/monitor/lijn', fields, {
      token: monitorFormToken('ZZZZZZZZ'),
    });
    expect(wrongToken.statusCode).toBe(403);
    const crossSite = await phone.post('/monitor/lijn', fields, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    const monitor = (await prof.get(`/api/v1/bewoners/${residentId}`)).json<Monitor>();
    expect(monitor.metingen[1]?.leefgebieden[0]?.bewoner).not.toBe(10);
  });

  it('reads Dutch and ISO dates, and refuses dates that do not exist', () => {
    expect(parseDutchDate('31-12-2026')).toBe('2026-12-31');
    expect(parseDutchDate('1/2/2027')).toBe('2027-02-01');
    expect(parseDutchDate('2027-02-01')).toBe('2027-02-01');
    expect(parseDutchDate('29-02-2027')).toBeUndefined();
    expect(parseDutchDate('morgen')).toBeUndefined();
  });
});

describe(`monitor code entry rate limit (${testDatabaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MEETWERK_LOGIN_RATE_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers a Dutch page after too many codes, also for guesses in the cookie', async () => {
    const post = () =>
      t.app.inject({
        method: 'POST',
        url: '/monitor',
        payload: 'code=AAAA-BBBB',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    for (let i = 0; i < 3; i++) expect((await post()).statusCode).toBe(400);
    const blocked = await post();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('text/html');
    expect(blocked.body).toContain(NL.tooMany);
    const guess = (i: number) =>
      t.app.inject({ url: '/monitor/kiezen', cookies: { [MONITOR_COOKIE]: `GUES${i}AAA` } });
    for (let i = 0; i < 18; i++) expect((await guess(i)).statusCode).toBe(200);
    expect((await guess(99)).statusCode).toBe(429);
  });
});

describe(`monitor global limit on wrong codes (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let codes: string[];
  beforeAll(async () => {
    t = await createTestApp({ MEETWERK_CODE_FAILURES_PER_MINUTE: '3' });
    const tilburg = await gemeente(t.database, 'GM0855');
    await createUser(t.database, 'beheer@test.nl', [{ tenant: tilburg, role: 'beheerder' }]);
    const profId = await createUser(t.database, 'prof@test.nl', [
      { tenant: tilburg, role: 'professional' },
    ]);
    const beheerder = await login(t.app, 'beheer@test.nl');
    const prof = await login(t.app, 'prof@test.nl');
    const team = (await beheerder.post('/api/v1/wijkteams', { naam: 'Noord' })).json<{
      id: string;
    }>().id;
    await beheerder.put(`/api/v1/wijkteams/${team}/leden/${profId}`, {});
    codes = [];
    for (const referentie of ['TB-1', 'TB-2']) {
      const id = (await prof.post('/api/v1/bewoners', { referentie, wijkteamId: team })).json<{
        id: string;
      }>().id;
      codes.push((await prof.post(`/api/v1/bewoners/${id}/code`)).json<{ code: string }>().code);
    }
  });
  afterAll(() => t.close());

  it('pauses new codes from every address after too many wrong ones; residents already in go on', async () => {
    const inside = new Phone(t);
    expect((await inside.post('/monitor', [['code', codes[0]!]])).statusCode).toBe(303);
    // Wrong codes from three different addresses: each address is far below its own limit.
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/monitor',
        remoteAddress: address,
        payload: 'code=AAAA-BBBB',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain(NL.codeUnknown);
    }

    // A right code that was not used before now waits: nothing is looked up, no cookie.
    const fresh = new Phone(t);
    const busy = await fresh.post('/monitor', [['code', codes[1]!]]);
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('120');
    expect(busy.headers['content-type']).toContain('text/html');
    expect(busy.headers['cache-control']).toBe('no-store');
    expect(busy.body).toContain(NL.busy);
    expect(busy.body).toContain('<html lang="nl"');
    expect(fresh.cookie).toBeUndefined();
    // A guess placed in a cookie waits as well.
    const cookieGuess = await t.app.inject({
      url: '/monitor/kiezen',
      cookies: { [MONITOR_COOKIE]: 'STUVWXYZ' },
    });
    expect(cookieGuess.statusCode).toBe(503);

    // The resident who was already in goes on.
    const page = await inside.get('/monitor/kiezen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(NL.chooseTitle);
  });
});
