import { describe, expect, it } from 'vitest';
import { figureSchema } from '../api/results.schema.js';
import type { Question } from '../surveys/questionnaire.js';
import { DEFAULT_COUNTING_RULE, DONT_KNOW_COUNTS_RULE } from './counting-rules.js';
import {
  distributionFrom,
  figureFrom,
  figureFromCounts,
  SIGNAL_BELOW,
  suppressedFigure,
} from './figures.js';

const statement: Question = {
  id: 'Q6',
  theme: 'kwaliteit',
  type: 'stelling',
  text: 'De kwaliteit is goed.',
};
const yesNo: Question = {
  id: 'Q5',
  theme: 'clientondersteuning',
  type: 'janee',
  text: 'Wist u dat?',
};
const choice: Question = {
  id: 'V2',
  theme: 'achtergrond',
  type: 'meervoudig',
  text: 'Welke voorzieningen?',
  options: [
    { code: 'hh', label: 'Hulp bij het huishouden' },
    { code: 'hm', label: 'Hulpmiddel' },
    { code: 'vv', label: 'Vervoer' },
  ],
};

// z² for 95%, used to write the Wilson bounds out by hand below
const Z2 = 3.841458820694124;

describe('figureFrom', () => {
  it('computes n, % positive and the Wilson interval over valid answers', () => {
    // positive 30 + 45 = 75; valid 75 + 15 + 6 + 4 = 100; "weet niet" 12 and missing 8 left out
    const counts = { '1': 30, '2': 45, '3': 15, '4': 6, '5': 4, '9': 12, '': 8 };
    const figure = figureFrom(counts, statement, DEFAULT_COUNTING_RULE, 10);
    expect(figureSchema.parse(figure)).toEqual(figure);
    expect(figure.nGeldig).toBe(100);
    expect(figure.nPositief).toBe(75);
    expect(figure.pctPositief).toBe(75);
    // Wilson 75/100 written out: centre (0.75 + Z2/200)/(1 + Z2/100) ± z/(1 + Z2/100)·√(0.001875 + Z2/40000)
    const d = 1 + Z2 / 100;
    const centre = (0.75 + Z2 / 200) / d;
    const half = (Math.sqrt(Z2) / d) * Math.sqrt(0.001875 + Z2 / 40000);
    expect(figure.ciLaag).toBeCloseTo(100 * (centre - half), 10);
    expect(figure.ciHoog).toBeCloseTo(100 * (centre + half), 10);
    expect(figure.onderdrukt).toBe(false);
    expect(figure.signaal).toBe(false);
  });

  it('counts "weet niet" in the denominator under the second rule', () => {
    const counts = { '1': 30, '2': 45, '3': 15, '4': 6, '5': 4, '9': 12, '': 8 };
    const figure = figureFrom(counts, statement, DONT_KNOW_COUNTS_RULE, 10);
    expect(figure.nGeldig).toBe(112); // 100 + 12 "weet niet"
    expect(figure.nPositief).toBe(75);
    expect(figure.pctPositief).toBeCloseTo((75 / 112) * 100, 12);
  });

  it('gives % ja over ja + nee for yes/no questions', () => {
    const figure = figureFrom({ '1': 24, '2': 76, '': 5 }, yesNo, DEFAULT_COUNTING_RULE, 10);
    expect(figure).toMatchObject({
      nGeldig: 100,
      nPositief: 24,
      pctPositief: 24,
      onderdrukt: false,
    });
  });

  it('handles 0% and 100%: the interval touches 0 or 100 exactly', () => {
    const none = figureFrom({ '3': 20, '4': 20 }, statement, DEFAULT_COUNTING_RULE, 10);
    expect(none).toMatchObject({
      nGeldig: 40,
      nPositief: 0,
      pctPositief: 0,
      ciLaag: 0,
      signaal: true,
    });
    expect(none.ciHoog).toBeCloseTo((100 * Z2) / (40 + Z2), 10); // z²/(n + z²)
    const all = figureFrom({ '1': 40 }, statement, DEFAULT_COUNTING_RULE, 10);
    expect(all).toMatchObject({ nGeldig: 40, nPositief: 40, pctPositief: 100, ciHoog: 100 });
    expect(all.ciLaag).toBeCloseTo((100 * 40) / (40 + Z2), 10); // n/(n + z²)
  });

  it('shows n = 1 when the threshold allows it', () => {
    const figure = figureFrom({ '2': 1 }, statement, DEFAULT_COUNTING_RULE, 1);
    expect(figure).toMatchObject({ nGeldig: 1, nPositief: 1, pctPositief: 100, ciHoog: 100 });
    expect(figure.ciLaag).toBeCloseTo(100 / (1 + Z2), 10);
    expect(figure.signaal).toBe(true);
  });

  it('suppresses below the threshold: every number null', () => {
    const figure = figureFrom({ '1': 5, '4': 4, '9': 30 }, statement, DEFAULT_COUNTING_RULE, 10);
    expect(figure).toEqual(suppressedFigure());
    // but the same answers are shown when "weet niet" counts (9 + 30 = 39 valid)
    const other = figureFrom({ '1': 5, '4': 4, '9': 30 }, statement, DONT_KNOW_COUNTS_RULE, 10);
    expect(other).toMatchObject({ nGeldig: 39, nPositief: 5, onderdrukt: false, signaal: true });
    // exactly at the threshold: shown
    expect(figureFrom({ '1': 6, '4': 4 }, statement, DEFAULT_COUNTING_RULE, 10).onderdrukt).toBe(
      false,
    );
  });

  it('suppresses when everybody answered "weet niet" (no valid answers), whatever the threshold', () => {
    const counts = { '9': 120, '': 3 };
    expect(figureFrom(counts, statement, DEFAULT_COUNTING_RULE, 10)).toEqual(suppressedFigure());
    expect(figureFrom(counts, statement, DEFAULT_COUNTING_RULE, 0)).toEqual(suppressedFigure());
    expect(figureFrom({}, yesNo, DEFAULT_COUNTING_RULE, 10)).toEqual(suppressedFigure());
  });

  it('marks fewer than 50 valid answers as signaal', () => {
    expect(SIGNAL_BELOW).toBe(50);
    expect(figureFrom({ '1': 30, '3': 19 }, statement, DEFAULT_COUNTING_RULE, 10).signaal).toBe(
      true,
    );
    expect(figureFrom({ '1': 30, '3': 20 }, statement, DEFAULT_COUNTING_RULE, 10).signaal).toBe(
      false,
    );
  });

  it('throws for question types without a positive share and for bad counts', () => {
    expect(() => figureFrom({ hh: 3 }, choice, DEFAULT_COUNTING_RULE, 10)).toThrow(TypeError);
    expect(() => figureFrom({ '1': -1 }, statement, DEFAULT_COUNTING_RULE, 10)).toThrow(RangeError);
    expect(() => figureFrom({ '1': 2.5 }, statement, DEFAULT_COUNTING_RULE, 10)).toThrow(
      RangeError,
    );
    expect(() => figureFromCounts(11, 10, 0)).toThrow(RangeError);
  });
});

describe('suppressedFigure', () => {
  it('has all numbers null, onderdrukt and signaal true', () => {
    expect(suppressedFigure()).toEqual({
      nGeldig: null,
      nPositief: null,
      pctPositief: null,
      ciLaag: null,
      ciHoog: null,
      onderdrukt: true,
      signaal: true,
    });
  });
});

describe('distributionFrom', () => {
  it('lists every option in order with its share of all who answered ("weet niet" included)', () => {
    // answered: 30 + 45 + 15 + 6 + 4 + 20 = 120; missing (8) left out; option 5 … 9 in scale order
    const rows = distributionFrom(
      { '1': 30, '2': 45, '3': 15, '4': 6, '5': 4, '9': 20, '': 8 },
      statement,
    );
    expect(rows.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5', '9']);
    expect(rows[0]).toEqual({ code: '1', label: 'Helemaal mee eens', n: 30, pct: 25 });
    expect(rows.map((r) => r.n)).toEqual([30, 45, 15, 6, 4, 20]);
    expect(rows.map((r) => r.pct)).toEqual([25, 37.5, 12.5, 5, 400 / 120, 2000 / 120]);
  });

  it('includes options nobody chose, and gives 0% when nobody answered', () => {
    expect(distributionFrom({ '1': 3 }, yesNo)).toEqual([
      { code: '1', label: 'Ja', n: 3, pct: 100 },
      { code: '2', label: 'Nee', n: 0, pct: 0 },
    ]);
    expect(distributionFrom({ '': 12 }, yesNo).map((r) => [r.n, r.pct])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('takes the number of respondents for multiple-choice questions', () => {
    const counts = { hh: 30, hm: 20, vv: 10 };
    expect(distributionFrom(counts, choice).map((r) => r.pct)).toEqual([50, 2000 / 60, 1000 / 60]);
    expect(distributionFrom(counts, choice, 40).map((r) => r.pct)).toEqual([75, 50, 25]);
  });

  it('is empty for number and open questions', () => {
    expect(distributionFrom({ '12': 3 }, { ...statement, type: 'getal' })).toEqual([]);
  });
});
