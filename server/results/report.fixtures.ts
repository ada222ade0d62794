import type {
  Breakdown,
  Comparison,
  Figure,
  GemeenteResults,
  QuestionResult,
} from '../../shared/api/results.schema.js';
import { countingRuleInfo, DEFAULT_COUNTING_RULE } from '../../shared/results/counting-rules.js';
import { figureFromCounts, suppressedFigure } from '../../shared/results/figures.js';
import { multipleTestingNote, twoProportionTest, ALPHA } from '../../shared/results/statistics.js';
import { CEO_WMO_TEMPLATE } from '../../shared/surveys/ceo-wmo.template.js';

/**
 * Results and breakdowns made from counts with the shared statistics, for tests of the charts,
 * the public portal pages and the PDF report that should not depend on a database. The numbers
 * are worked out exactly as the results service does (Wilson interval, pooled z-test), so a test
 * can compare what a page shows against them.
 */

/** Valid and positive answers per question: the gemeente's and the comparison group's. */
export interface FixtureCounts {
  own: [positive: number, valid: number] | null;
  comparison: [positive: number, valid: number] | null;
}

/** A plausible round: Q2 suppressed for the gemeente, Q4 significantly lower, Q9 higher. */
export const FIXTURE_COUNTS: Record<string, FixtureCounts> = {
  Q1: { own: [151, 201], comparison: [5120, 6900] },
  Q2: { own: [8, 9], comparison: [4900, 6870] },
  Q3: { own: [170, 205], comparison: [5650, 6950] },
  Q4: { own: [120, 198], comparison: [5030, 6800] },
  Q5: { own: [52, 210], comparison: [1680, 7000] },
  Q6: { own: [160, 206], comparison: [5330, 6990] },
  Q7: { own: [150, 203], comparison: [5180, 6950] },
  Q8: { own: [148, 199], comparison: [5020, 6880] },
  Q9: { own: [180, 207], comparison: [5520, 6980] },
  Q10: { own: [30, 41], comparison: [4930, 6900] },
};

const DREMPEL = 10;

function figure(counts: [number, number] | null, threshold = DREMPEL): Figure {
  return counts ? figureFromCounts(counts[0], counts[1], threshold) : suppressedFigure();
}

function comparison(own: Figure, other: Figure, groups: number): Comparison {
  const test =
    own.onderdrukt || other.onderdrukt
      ? null
      : twoProportionTest(own.nPositief!, own.nGeldig!, other.nPositief!, other.nGeldig!);
  return {
    soort: 'project',
    label: `Gemiddelde van ${groups} andere gemeenten`,
    aantalGemeenten: groups,
    cijfer: other,
    verschil: test ? own.pctPositief! - other.pctPositief! : null,
    pWaarde: test ? test.p : null,
    significant: test ? test.p < ALPHA : null,
  };
}

export interface FixtureOptions {
  cbsCode?: string;
  naam?: string;
  counts?: Record<string, FixtureCounts>;
  weging?: GemeenteResults['weging'];
}

export function fixtureResults(options: FixtureOptions = {}): GemeenteResults {
  const counts = options.counts ?? FIXTURE_COUNTS;
  const groups = 21;
  const vragen: QuestionResult[] = CEO_WMO_TEMPLATE.questions
    .filter((q) => q.type === 'stelling' || q.type === 'janee')
    .filter((q) => counts[q.id])
    .map((q) => {
      const c = counts[q.id]!;
      const own = figure(c.own);
      const other = figure(c.comparison);
      return {
        vraagId: q.id,
        tekst: q.text,
        thema: q.theme,
        type: q.type,
        cijfer: own,
        verdeling: null,
        vergelijkingen: [comparison(own, other, groups)],
        gewogen: null,
      };
    });
  const tests = vragen.filter((v) => v.vergelijkingen[0]?.pWaarde !== null).length;
  return {
    enquete: {
      id: '0b9c4f0e-5d2a-4f59-9a53-3f8c2f0d7a11',
      naam: 'Cliëntervaringsonderzoek Wmo 2025',
      jaar: 2025,
      status: 'afgesloten',
    },
    gemeente: {
      cbsCode: options.cbsCode ?? 'GM0106',
      naam: options.naam ?? 'Assen',
      provincie: 'Drenthe',
      inwoners: 69_000,
    },
    telregel: countingRuleInfo(DEFAULT_COUNTING_RULE),
    drempel: DREMPEL,
    respons: {
      uitgenodigd: 560,
      reacties: 212,
      pct: (100 * 212) / 560,
      perKanaal: [
        { kanaal: 'online', n: 121 },
        { kanaal: 'papier', n: 91 },
      ],
    },
    meervoudigToetsen: { aantalToetsen: tests, toelichting: multipleTestingNote(tests) },
    weging: options.weging ?? null,
    vragen,
  };
}

/**
 * Age groups: the youngest and the oldest group are both hidden, so the total gives only their
 * sum, never one hidden cell.
 */
export function fixtureBreakdowns(): Breakdown[] {
  const rule = countingRuleInfo(DEFAULT_COUNTING_RULE);
  const row = (vraagId: string, cells: ([number, number] | null)[]) => ({
    vraagId,
    tekst: CEO_WMO_TEMPLATE.questions.find((q) => q.id === vraagId)!.text,
    cijfers: cells.map((c) => figure(c)),
  });
  return [
    {
      dimensie: 'leeftijd',
      telregel: rule,
      drempel: DREMPEL,
      categorieen: [
        { code: '18-64', label: '18 tot 65 jaar' },
        { code: '65-74', label: '65 tot 75 jaar' },
        { code: '75-84', label: '75 tot 85 jaar' },
        { code: '85+', label: '85 jaar en ouder' },
      ],
      vragen: [
        row('Q1', [null, [40, 60], [105, 135], null]),
        row('Q6', [null, [44, 61], [110, 139], null]),
        row('Q9', [null, [50, 62], [124, 139], null]),
      ],
    },
    {
      dimensie: 'kanaal',
      telregel: rule,
      drempel: DREMPEL,
      categorieen: [
        { code: 'online', label: 'Online' },
        { code: 'papier', label: 'Op papier' },
      ],
      vragen: [
        row('Q1', [
          [90, 118],
          [61, 83],
        ]),
        row('Q9', [
          [104, 121],
          [76, 86],
        ]),
      ],
    },
  ];
}
