import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BREAKDOWN_DIMENSIONS,
  type Breakdown,
  type GemeenteResults,
} from '../../shared/api/results.schema.js';
import { suppressedFigure } from '../../shared/results/figures.js';
import { wilsonInterval } from '../../shared/results/statistics.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { FIXTURE_COUNTS, fixtureBreakdowns, fixtureResults } from './report.fixtures.js';
import { renderResultsReport } from './report.pdf.js';
import { insertHandResponses, resultsWorld, times, type ResultsWorld } from './results.testing.js';

/**
 * The report is read back as a PDF reader would: every content stream inflated, the text
 * operators decoded (pdfkit writes standard-font text as TJ arrays of Windows-1252 hex strings),
 * pages counted from the page tree.
 */
function readPdf(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  const pages: string[] = [];
  // Each page's content stream, in the order pdfkit wrote them (page order).
  for (const match of raw.matchAll(/<<([^>]*?)\/Length (\d+)[^>]*?>>\nstream\n/g)) {
    const start = match.index + match[0].length;
    const length = Number(match[2]);
    const body = pdf.subarray(start, start + length);
    const text = /FlateDecode/.test(match[0]) ? zlib.inflateSync(body) : body;
    const content = text.toString('latin1');
    if (!/ TJ/.test(content)) continue;
    const lines: string[] = [];
    for (const tj of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
    pages.push(lines.join('\n'));
  }
  const pageCount = (raw.match(/\/Type \/Page\n/g) ?? []).length;
  return { pages, pageCount, text: pages.join('\n') };
}

const NOW = new Date('2026-11-23T12:00:00Z');

describe('results report (PDF)', () => {
  it('is a PDF with cover, summary, each theme, breakdowns, method and page numbers', async () => {
    const started = performance.now();
    const pdf = await renderResultsReport(fixtureResults(), fixtureBreakdowns(), { now: NOW });
    const ms = performance.now() - started;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const { pages, pageCount, text } = readPdf(pdf);
    expect(pageCount).toBe(pages.length);
    // Cover, summary, four themes, breakdowns, method: at least 8 pages, not absurdly many.
    expect(pageCount).toBeGreaterThanOrEqual(8);
    expect(pageCount).toBeLessThanOrEqual(14);
    expect(pages[0]).toContain('Resultaten Assen');
    expect(pages[0]).toContain('Meting 2025');
    expect(pages[0]).toContain('Rapportage voor de gemeenteraad van Assen');
    for (const heading of [
      'Samenvatting',
      'Toegang',
      'Cliëntondersteuning',
      'Kwaliteit',
      'Effect',
      'Uitsplitsingen',
      'Methode en respons',
    ]) {
      expect(text).toContain(heading);
    }
    // Each theme starts a page with its heading.
    for (const heading of ['Toegang', 'Cliëntondersteuning', 'Kwaliteit', 'Effect']) {
      expect(pages.some((page) => page.startsWith(heading))).toBe(true);
    }
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${pageCount}`));
    // The method section names the counting rule with its version, the threshold and the tests.
    const results = fixtureResults();
    expect(text).toContain(`${results.telregel.naam} (versie ${results.telregel.versie}`);
    expect(text).toContain('Wilson');
    expect(text).toContain('z-toets');
    expect(text).toContain('minder dan 10 geldige antwoorden');
    expect(text.replace(/\n/g, ' ')).toContain(
      results.meervoudigToetsen.toelichting.slice(0, 40).replace(/’/g, '\x92'),
    );
    expect(ms).toBeLessThan(3000);
  });

  it('shows figures in Dutch notation with n and interval, and the story figures', async () => {
    const results = fixtureResults();
    const { text } = readPdf(await renderResultsReport(results, [], { now: NOW }));
    const [q1pos, q1n] = FIXTURE_COUNTS.Q1!.own!;
    const q1 = results.vragen.find((q) => q.vraagId === 'Q1')!.cijfer!;
    const pct = ((100 * q1pos) / q1n).toFixed(1).replace('.', ',');
    expect(text).toContain(`${pct}%`);
    expect(text).toContain(
      `${q1.ciLaag!.toFixed(1).replace('.', ',')}–${q1.ciHoog!.toFixed(1).replace('.', ',')}%`.replace(
        '–',
        '\x96',
      ),
    );
    // Story: mean over toegang, kwaliteit and effect; Q9 and Q5.
    const story = results.vragen.filter(
      (q) => ['toegang', 'kwaliteit', 'effect'].includes(q.thema) && !q.cijfer!.onderdrukt,
    );
    const mean = story.reduce((s, q) => s + q.cijfer!.pctPositief!, 0) / story.length;
    const region =
      story.reduce((s, q) => s + q.vergelijkingen[0]!.cijfer.pctPositief!, 0) / story.length;
    expect(text).toContain(
      `Gemiddeld ${mean.toFixed(1).replace('.', ',')}% positief over de ${story.length} vragen`,
    );
    expect(text).toContain(`(Regio: ${region.toFixed(1).replace('.', ',')}%)`);
    const q9 = results.vragen.find((q) => q.vraagId === 'Q9')!.cijfer!;
    expect(text).toContain(`${q9.pctPositief!.toFixed(1).replace('.', ',')}%`);
    expect(text).toContain('Wist van de onafhankelijke cli');
  });

  it('never prints a number for a suppressed figure', async () => {
    const results = fixtureResults();
    const { text } = readPdf(await renderResultsReport(results, fixtureBreakdowns(), { now: NOW }));
    // Q2 has 8 of 9 positive: suppressed. Its table row says so, and 88,9% appears nowhere.
    expect(text).toContain('2. Ik werd snel geholpen.\nTe weinig antwoorden');
    expect(text).not.toContain('88,9%');
    expect(text).not.toMatch(/n = 9\b/);
    // Breakdown cells below the threshold are dashes with a footnote.
    expect(text).toContain('\x96\xb9');
    expect(text).toContain('te weinig antwoorden: minder dan 10');
    const q1Breakdown = fixtureBreakdowns()[0]!;
    expect(q1Breakdown.vragen[0]!.cijfers[0]!.onderdrukt).toBe(true);
  });

  it('prints weighting and several comparisons when the results have them', async () => {
    const base = fixtureResults({
      weging: { gevraagd: true, mogelijk: true, toelichting: 'Gewogen naar leeftijd en geslacht.' },
    });
    const results: GemeenteResults = {
      ...base,
      vragen: base.vragen.map((q) => ({
        ...q,
        gewogen: q.cijfer!.onderdrukt
          ? null
          : { pctPositief: 70.04, ciLaag: 60, ciHoog: 79, nEffectief: 150.2 },
        vergelijkingen: [
          ...q.vergelijkingen,
          { ...q.vergelijkingen[0]!, soort: 'vorige' as const, label: '2024', aantalGemeenten: 1 },
          {
            soort: 'grootteklasse' as const,
            label: 'Geen gemeenten van dezelfde grootte',
            aantalGemeenten: 0,
            cijfer: suppressedFigure(),
            verschil: null,
            pWaarde: null,
            significant: null,
          },
        ],
      })),
    };
    const { text } = readPdf(await renderResultsReport(results, [], { now: NOW }));
    expect(text).toContain('Weging');
    expect(text).toContain('Gewogen naar leeftijd en geslacht.');
    expect(text).toContain('70,0% (150)');
    expect(text).toContain('Vergelijking met de vorige meting (2024)');
    expect(text).toContain('Vergelijking met de regio');
    // A comparison without any figure is one line, not a table of dashes.
    expect(text).toContain(
      'Vergelijking met gemeenten van dezelfde grootte: niet mogelijk (geen gemeenten van dezelfde grootte).',
    );
    expect(text).not.toContain('Vergelijking met gemeenten van dezelfde grootte (');
  });
});

describe('results report from the real results API', () => {
  let t: TestApp;
  let world: ResultsWorld;
  beforeAll(async () => {
    t = await createTestApp();
    world = await resultsWorld(t, 'rap');
    const { bureau, surveyId } = world;
    // Assen: Q1 36 of 48 positive online; Q9 7 of 9 (suppressed: below 10); 12 on paper.
    await insertHandResponses(t.database, bureau.id, surveyId, world.assen.id, [
      ...times(30, { channel: 'online', answers: { Q1: ['1'], Q5: ['1'] } }),
      ...times(6, { channel: 'online', answers: { Q1: ['2'], Q5: ['2'], Q9: ['1'] } }),
      ...times(12, { channel: 'papier', answers: { Q1: ['4'], Q5: ['2'] } }),
      ...times(1, { channel: 'papier', answers: { Q9: ['2'] } }),
      ...times(2, { channel: 'papier', answers: { Q9: ['5'] } }),
    ]);
    await insertHandResponses(t.database, bureau.id, surveyId, world.emmen.id, [
      ...times(40, { answers: { Q1: ['2'], Q5: ['2'], Q9: ['1'] } }),
      ...times(20, { answers: { Q1: ['3'], Q5: ['1'], Q9: ['4'] } }),
    ]);
  });
  afterAll(() => t?.close());

  it('prints the figures the API gives, suppressed ones without a number', async () => {
    const base = `/api/v1/resultaten/${world.surveyId}/gemeenten/GM0106`;
    const response = await world.onderzoeker.get(base);
    expect(response.statusCode).toBe(200);
    const results = response.json<GemeenteResults>();
    const breakdowns: Breakdown[] = [];
    for (const dimension of BREAKDOWN_DIMENSIONS) {
      const answer = await world.onderzoeker.get(`${base}/uitsplitsingen/${dimension}`);
      if (answer.statusCode === 200) breakdowns.push(answer.json<Breakdown>());
    }
    expect(breakdowns.length).toBeGreaterThan(0);
    const { text, pageCount } = readPdf(
      await renderResultsReport(results, breakdowns, { now: NOW }),
    );
    expect(pageCount).toBeGreaterThanOrEqual(7);
    expect(text).toContain('Resultaten Assen');
    // Q1: 36 of 48.
    const ci = wilsonInterval(36, 48)!;
    const nl = (v: number) => v.toFixed(1).replace('.', ',');
    // 48 valid answers: a signal, marked with an asterisk.
    expect(text).toContain(`48\n75,0%*\n${nl(100 * ci.low)}\x96${nl(100 * ci.high)}%`);
    // Q9: 7 of 9 valid, below the threshold: never 77,8%, never n = 9.
    expect(text).toContain(
      '9. Door de ondersteuning die ik krijg, kan ik mij beter redden.\nTe weinig antwoorden',
    );
    expect(text).not.toContain('77,8%');
    // Its breakdown cells (6 online, 3 on paper) are dashes with the footnote.
    expect(text).toContain('Naar manier van invullen');
    expect(text).toContain('\x96\xb9');
    expect(text).toContain(`${results.telregel.naam} (versie ${results.telregel.versie}`);
  });

  it('is served by the report route as the same PDF a gemeenteraad gets', async () => {
    const url = `/api/v1/resultaten/${world.surveyId}/gemeenten/GM0106/rapport.pdf`;
    const response = await world.onderzoeker.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages, pageCount } = readPdf(pdf);
    expect(pageCount).toBe(pages.length);
    for (const heading of [
      'Samenvatting',
      'Toegang',
      'Effect',
      'Uitsplitsingen',
      'Methode en respons',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`Pagina ${pageCount} van ${pageCount}`);
    expect(text).not.toContain('77,8%');
    // Someone without access to the round gets no report.
    expect((await world.groningenBeleid.get(url)).statusCode).toBeGreaterThanOrEqual(403);
  });
});
