import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProportionTest, wilsonInterval } from '../../shared/results/statistics.js';
import {
  insertHandResponses,
  resultsWorld,
  times,
  type ResultsWorld,
} from '../results/results.testing.js';
import { areaStylesheet } from '../public/stylesheet.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

/**
 * The public portal through the real app, the real results service and a hand-made round:
 * Assen (60 responses) and Emmen (100) opted in; Tynaarlo (40) and Aa en Hunze (30) did not, but
 * count in the region. Every figure the page shows is worked out here by hand.
 */

/** The one stylesheet the pages link: the public base and the portal's own rules. */
const CSS_BYTES = Buffer.byteLength(areaStylesheet(new URL('./benchmark.css', import.meta.url)));
const nl = (value: number) => value.toFixed(1).replace('.', ',');

let t: TestApp;
let world: ResultsWorld;

/** Answers of one respondent: Q1–Q10 and nothing else. */
function answers(codes: Partial<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [question, code] of Object.entries(codes)) if (code) out[question] = [code];
  return out;
}

async function optIn(cbsCodes: string[]) {
  await t.database.asOwner((owner) =>
    owner
      .updateTable('tenants')
      .set({ benchmark_public: true })
      .where('cbs_code', 'in', cbsCodes)
      .execute(),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  world = await resultsWorld(t, 'bm');
  const { bureau, surveyId } = world;
  // Assen: Q1 45 of 60 positive; Q2 only 5 valid answers (the rest "weet niet"): suppressed;
  // Q3 all positive; Q5 15 "ja" of 45 answers (a signal: fewer than 50).
  await insertHandResponses(t.database, bureau.id, surveyId, world.assen.id, [
    ...times(5, { answers: answers({ Q1: '1', Q2: '2', Q3: '1', Q5: '1' }) }),
    ...times(10, { answers: answers({ Q1: '1', Q2: '9', Q3: '1', Q5: '1' }) }),
    ...times(30, { answers: answers({ Q1: '2', Q2: '9', Q3: '1', Q5: '2' }) }),
    ...times(15, { answers: answers({ Q1: '4', Q2: '9', Q3: '2' }) }),
  ]);
  // Emmen: Q1 60 of 100; Q2 50 of 100; Q3 50 of 100; Q5 20 of 100.
  await insertHandResponses(t.database, bureau.id, surveyId, world.emmen.id, [
    ...times(20, { answers: answers({ Q1: '2', Q2: '1', Q3: '1', Q5: '1' }) }),
    ...times(30, { answers: answers({ Q1: '2', Q2: '2', Q3: '2', Q5: '2' }) }),
    ...times(10, { answers: answers({ Q1: '2', Q2: '4', Q3: '4', Q5: '2' }) }),
    ...times(40, { answers: answers({ Q1: '3', Q2: '5', Q3: '5', Q5: '2' }) }),
  ]);
  // Tynaarlo: Q1 20 of 40; Q2 20 of 40; Q3 20 of 40; Q5 10 of 40.
  await insertHandResponses(t.database, bureau.id, surveyId, world.tynaarlo.id, [
    ...times(10, { answers: answers({ Q1: '1', Q2: '1', Q3: '1', Q5: '1' }) }),
    ...times(10, { answers: answers({ Q1: '1', Q2: '1', Q3: '1', Q5: '2' }) }),
    ...times(20, { answers: answers({ Q1: '5', Q2: '4', Q3: '4', Q5: '2' }) }),
  ]);
  // Aa en Hunze: Q1 30 of 30; Q2 15 of 30; Q3 15 of 30; Q5 0 of 30.
  await insertHandResponses(t.database, bureau.id, surveyId, world.aaEnHunze.id, [
    ...times(15, { answers: answers({ Q1: '1', Q2: '1', Q3: '1', Q5: '2' }) }),
    ...times(15, { answers: answers({ Q1: '1', Q2: '3', Q3: '3', Q5: '2' }) }),
  ]);
  await optIn(['GM0106', 'GM0114']);
});

afterAll(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

/** The page with every run of white space made one space, as a browser shows it. */
const textOf = async (url: string) => (await get(url)).body.replace(/\s+/g, ' ');

/** The cells of the table row of one question on a gemeente page. */
function rowOf(page: string, number: number): string {
  const match = new RegExp(`<tr> ?<th scope="row">Vraag ${number}\\. [^<]*</th>(.*?)</tr>`).exec(
    page,
  );
  if (!match) throw new Error(`no row for Vraag ${number}`);
  return match[1]!;
}

describe('benchmark index', () => {
  it('lists only the gemeenten that opted in, by province, with links', async () => {
    const response = await get('/benchmark');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const page = await textOf('/benchmark');
    expect(page).toContain('<h1 class="utrecht-heading-1">Hoe staat uw gemeente ervoor?</h1>');
    expect(page).toContain('<a class="utrecht-link" href="/benchmark/GM0106">Assen</a>');
    expect(page).toContain('<a class="utrecht-link" href="/benchmark/GM0114">Emmen</a>');
    expect(page).toContain('<h2 class="utrecht-heading-2">Drenthe</h2>');
    expect(page).not.toContain('Tynaarlo');
    expect(page).not.toContain('Aa en Hunze');
    expect(page).not.toContain('Groningen</a>');
  });

  it('finds a gemeente by (part of) its name with a plain GET form', async () => {
    const page = await textOf('/benchmark?zoek=ASS');
    expect(page).toContain('<form class="bm-search" method="get" action="/benchmark"');
    expect(page).toContain('1 gemeente gevonden met "ASS"');
    expect(page).toContain('href="/benchmark/GM0106"');
    expect(page).not.toContain('href="/benchmark/GM0114"');
    const none = await textOf('/benchmark?zoek=%3Cscript%3Ex');
    expect(none).toContain('Geen gemeente gevonden met "&lt;script&gt;x"');
    expect(none).not.toMatch(/<script/i);
  });
});

describe('benchmark gemeente page', () => {
  it('shows the figures against the region, worked out by hand', async () => {
    const response = await get('/benchmark/GM0106');
    expect(response.statusCode).toBe(200);
    const page = await textOf('/benchmark/GM0106');
    expect(page).toContain('Assen: wat vinden inwoners van de hulp uit de Wmo?');
    // Response: 60 filled in.
    expect(page).toContain('<dt>Vragenlijst ingevuld</dt> <dd>60</dd>');
    // Q1: 45 of 60 = 75,0%, Wilson interval; region: (60 + 20 + 30) of (100 + 40 + 30).
    const q1 = rowOf(page, 1);
    const ci = wilsonInterval(45, 60)!;
    expect(q1).toContain('75,0%');
    expect(q1).toContain(`${nl(100 * ci.low)}–${nl(100 * ci.high)}%`);
    expect(q1).toContain('<td class="bm-number">60</td>');
    expect(q1).toContain(`${nl((100 * 110) / 170)}%`);
    expect(q1).toContain(`${nl(75 - (100 * 110) / 170).replace(/^/, '+')} procentpunt`);
    expect(twoProportionTest(45, 60, 110, 170)!.p).toBeGreaterThan(0.05);
    expect(q1).toContain('geen duidelijk verschil');
    // Q3: 60 of 60 against 85 of 170: significant.
    const q3 = rowOf(page, 3);
    expect(q3).toContain('100,0%');
    expect(q3).toContain(`${nl((100 * 85) / 170)}%`);
    expect(q3).toContain('duidelijk verschil');
    expect(q3).not.toContain('geen duidelijk verschil');
    // Q5 (ja/nee): 15 of 45 "ja", a signal.
    expect(rowOf(page, 5)).toMatch(/33,3% ?<span class="bm-tag">signaal<\/span>/);
    expect(rowOf(page, 5)).toContain('<td class="bm-number">45</td>');
    // Every theme with a chart, its summary and its table.
    for (const theme of ['toegang', 'clientondersteuning']) {
      expect(page).toContain(`<h2 class="utrecht-heading-2" id="thema-${theme}">`);
      expect(page).toContain(`aria-labelledby="thema-${theme}-titel"`);
      expect(page).toContain(`<caption id="thema-${theme}-tabel">`);
    }
    expect(page).toContain('Bij beide vragen ligt Assen boven de regio.');
    // Small numbers: "signaal" explained; method names the rule, Wilson and the test.
    expect(page).toContain('<span class="bm-tag">signaal</span>');
    expect(page).toContain('% (helemaal) mee eens, zonder &quot;weet niet&quot; (versie 1)');
    expect(page).toContain('95%-betrouwbaarheidsinterval volgens Wilson');
    expect(page).toContain('z-toets');
  });

  it('shows a suppressed figure as "Te weinig antwoorden", never as a number', async () => {
    const page = await textOf('/benchmark/GM0106');
    const q2 = rowOf(page, 2);
    const own = /<td colspan="3">([^<]*)<\/td>/.exec(q2);
    expect(own?.[1]).toBe('Te weinig antwoorden');
    expect(q2).toContain('Niet te vergelijken');
    // 5 of 5 positive would be 100,0%: it appears nowhere in the row or the chart's labels.
    expect(q2).not.toContain('100,0%');
    const chart = /<svg[^>]*aria-labelledby="thema-toegang-titel"[\s\S]*?<\/svg>/.exec(page)![0];
    expect(chart).toContain('te weinig antwoorden');
    expect(chart.match(/100,0%/g)).toHaveLength(1); // Q3 only
  });

  it('accepts a lower-case code, sends public cache headers, an ETag and the CSP', async () => {
    const response = await get('/benchmark/gm0106');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Assen: wat vinden inwoners');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const again = await get('/benchmark/GM0106', {
      'if-none-match': String(response.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('has no script, no inline style and stays under 60 KB with its stylesheet', async () => {
    for (const url of ['/benchmark', '/benchmark/GM0106', '/benchmark/GM0114']) {
      const page = (await get(url)).body;
      expect(page, url).not.toMatch(/<script/i);
      expect(page, url).not.toMatch(/\son[a-z]+=/i);
      expect(page, url).not.toMatch(/\sstyle=/i);
      expect(page, url).not.toContain('<style');
      expect(Buffer.byteLength(page) + CSS_BYTES, url).toBeLessThanOrEqual(60 * 1024);
    }
    const css = await get('/benchmark/stijl.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(Buffer.byteLength(css.body)).toBe(CSS_BYTES);
    expect(css.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers 404 in Dutch for gemeenten that did not opt in, unknown codes and other paths', async () => {
    for (const url of [
      '/benchmark/GM1730', // Tynaarlo: has responses, did not opt in
      '/benchmark/GM0014', // Groningen: opted in nowhere, no round
      '/benchmark/GM9999',
      '/benchmark/assen',
      '/benchmark/GM0106/extra',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(response.body, url).toContain('Deze pagina bestaat niet');
      expect(response.body, url).not.toContain('Tynaarlo');
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const slash = await get('/benchmark/');
    expect(slash.statusCode).toBe(301);
    expect(slash.headers.location).toBe('/benchmark');
    // Opting in later makes the page appear (a 404 is never kept).
    await optIn(['GM1730']);
    expect((await get('/benchmark/GM1730')).statusCode).toBe(200);
  });
});
