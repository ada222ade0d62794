import { describe, expect, it } from 'vitest';
import { fixtureResults } from '../results/report.fixtures.js';
import { ChartCache } from './chart-cache.js';
import {
  COMPARISON_COLOUR,
  comparisonSummary,
  OWN_COLOUR,
  renderComparisonChart,
  type ChartRow,
} from './comparison-chart.js';
import { percent } from './format.js';

const results = fixtureResults();
const rows: (ChartRow & { significant: boolean | null })[] = results.vragen.map((q, i) => ({
  label: `Vraag ${i + 1}`,
  own: q.cijfer,
  comparison: q.vergelijkingen[0]!.cijfer,
  significant: q.vergelijkingen[0]!.significant,
}));

function chart(overrides: Partial<Parameters<typeof renderComparisonChart>[0]> = {}) {
  return renderComparisonChart({
    id: 'thema-toegang',
    title: 'Toegang: % positief in Assen en de regio',
    summary: comparisonSummary('Assen', 'de regio', rows),
    ownName: 'Assen',
    comparisonName: 'Regio',
    rows,
    ...overrides,
  });
}

/** WCAG relative luminance contrast of a colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('comparison chart (ECharts SVG on the server)', () => {
  it('is an accessible image: role, title and description referenced by id', () => {
    const svg = chart();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="thema-toegang-titel"');
    expect(svg).toContain('aria-describedby="thema-toegang-beschrijving"');
    expect(svg).toContain(
      '<title id="thema-toegang-titel">Toegang: % positief in Assen en de regio</title>',
    );
    expect(svg).toMatch(
      /<desc id="thema-toegang-beschrijving">In 7 van de 9 vragen ligt Assen boven de regio, in 2 eronder\./,
    );
  });

  it('has no script, no style, no event attributes (fit for the strict CSP)', () => {
    const svg = chart();
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<style/i);
    expect(svg).not.toMatch(/\sstyle=/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toMatch(/ecmeta_|pointer-events|class="zr/);
    expect(svg).not.toMatch(/<animate/);
  });

  it('writes every shown value in Dutch notation and never a suppressed one', () => {
    const svg = chart();
    for (const row of rows) {
      for (const figure of [row.own, row.comparison]) {
        if (figure && !figure.onderdrukt) expect(svg).toContain(percent(figure.pctPositief!));
      }
    }
    // Q2 of Assen (8 of 9) is suppressed: its place says so, its value 88,9% is nowhere.
    expect(rows[1]!.own!.onderdrukt).toBe(true);
    expect(svg).toContain('te weinig antwoorden');
    expect(svg).not.toContain('88,9');
    // Ten bars of the gemeente less the suppressed one, ten of the region.
    expect(svg.match(new RegExp(`fill="${OWN_COLOUR}"`, 'g'))!.length).toBeGreaterThanOrEqual(9);
    expect(svg).toContain('>Vraag 10<');
    expect(svg).toContain('>Assen<');
    expect(svg).toContain('>Regio<');
  });

  it('marks the comparison with a pattern as well as colour, both with 3:1 contrast', () => {
    const svg = chart();
    expect(svg).toMatch(/<pattern [^>]*id="thema-toegang-p0"/);
    expect(svg).toContain('fill="url(#thema-toegang-p0)"');
    expect(contrastWithWhite(OWN_COLOUR)).toBeGreaterThanOrEqual(3);
    expect(contrastWithWhite(COMPARISON_COLOUR)).toBeGreaterThanOrEqual(3);
  });

  it('escapes names and titles', () => {
    const svg = chart({ title: 'A & <b>', ownName: 'Sint <Test> & Co' });
    expect(svg).toContain('<title id="thema-toegang-titel">A &amp; &lt;b&gt;</title>');
    expect(svg).not.toContain('<Test>');
    expect(svg).not.toContain('<b>');
  });

  it('renders in a few milliseconds, and a cached chart costs nothing', () => {
    chart();
    const started = performance.now();
    for (let i = 0; i < 10; i++) chart({ id: `c${i}` });
    const perChart = (performance.now() - started) / 10;
    expect(perChart).toBeLessThan(200);
    const cache = new ChartCache(2);
    const input = { id: 'x', title: 'T', summary: 'S', ownName: 'A', comparisonName: 'R', rows };
    const first = cache.render(input);
    expect(cache.render({ ...input })).toBe(first);
    expect(cache.hits).toBe(1);
    cache.render({ ...input, id: 'y' });
    cache.render({ ...input, id: 'z' });
    expect(cache.size).toBe(2);
  });
});

describe('chart summary sentence', () => {
  it('counts questions above the region, significant ones and those not compared', () => {
    expect(comparisonSummary('Assen', 'de regio', rows)).toBe(
      'In 7 van de 9 vragen ligt Assen boven de regio, in 2 eronder. Bij 2 vragen is het verschil zo groot dat ' +
        'het waarschijnlijk geen toeval is. Bij 1 vraag zijn te weinig antwoorden om te vergelijken.',
    );
  });

  it('says "alle" and "beide" when every question lies on one side', () => {
    const q1 = rows[0]!;
    const q3 = rows[2]!;
    expect(comparisonSummary('Assen', 'de regio', [q1, q3])).toMatch(
      /^Bij beide vragen ligt Assen boven de regio\. /,
    );
    const q4 = rows[3]!;
    const q7 = rows[6]!;
    expect(comparisonSummary('Assen', 'de regio', [q4, q7, rows[1]!])).toMatch(
      /^Bij beide vragen ligt Assen onder de regio\. Bij 1 vraag is het verschil .* Bij 1 vraag zijn te weinig antwoorden om te vergelijken\.$/,
    );
    expect(comparisonSummary('Assen', 'de regio', [q1, q3, rows[5]!])).toMatch(
      /^Bij alle 3 vragen ligt Assen boven de regio\./,
    );
  });

  it('speaks of one question on its own, and of nothing to compare', () => {
    const q5 = rows[4]!;
    expect(comparisonSummary('Assen', 'de regio', [q5])).toBe(
      `Bij deze vraag ligt Assen boven de regio (${percent(q5.own!.pctPositief!)} tegen ${percent(q5.comparison!.pctPositief!)}). ` +
        'Het verschil kan op toeval berusten.',
    );
    expect(comparisonSummary('Assen', 'de regio', [rows[1]!])).toBe(
      'Er zijn te weinig antwoorden om Assen met de regio te vergelijken.',
    );
  });
});
