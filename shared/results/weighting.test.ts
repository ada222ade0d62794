import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './statistics.js';
import { effectiveSampleSize, poststratificationWeights, weightedFigure } from './weighting.js';

describe('poststratificationWeights', () => {
  it('gives w = (N_s/N)/(n_s/n): population 50/50, sample 80/20 → 0.625 and 2.5', () => {
    const plan = poststratificationWeights(
      [
        { stratum: '1|m', count: 500 },
        { stratum: '1|v', count: 500 },
      ],
      [
        { stratum: '1|m', count: 80 },
        { stratum: '1|v', count: 20 },
      ],
    );
    expect(plan.possible).toBe(true);
    expect(plan.reason).toBeNull();
    expect(plan.weights.get('1|m')).toBeCloseTo(0.5 / 0.8, 12); // 0.625
    expect(plan.weights.get('1|v')).toBeCloseTo(0.5 / 0.2, 12); // 2.5
  });

  it('adds up repeated strata and ignores empty population strata without respondents', () => {
    const plan = poststratificationWeights(
      [
        { stratum: 'a', count: 300 },
        { stratum: 'a', count: 300 },
        { stratum: 'b', count: 400 },
        { stratum: 'c', count: 0 },
      ],
      [
        { stratum: 'a', count: 30 },
        { stratum: 'b', count: 70 },
      ],
    );
    expect(plan.possible).toBe(true);
    expect(plan.weights.get('a')).toBeCloseTo(0.6 / 0.3, 12); // 2
    expect(plan.weights.get('b')).toBeCloseTo(0.4 / 0.7, 12);
    expect(plan.weights.has('c')).toBe(false);
    // the weighted sample adds up to n: 30·2 + 70·(4/7) = 100
    expect(30 * (plan.weights.get('a') ?? 0) + 70 * (plan.weights.get('b') ?? 0)).toBeCloseTo(
      100,
      10,
    );
  });

  it('is impossible when a population group has no respondents, and says which', () => {
    const label = (s: string) => (s === '3|v' ? 'vrouwen van 75 jaar of ouder' : s);
    const plan = poststratificationWeights(
      [
        { stratum: '3|m', count: 100 },
        { stratum: '3|v', count: 200 },
      ],
      [{ stratum: '3|m', count: 40 }],
      label,
    );
    expect(plan.possible).toBe(false);
    expect(plan.weights.size).toBe(0);
    expect(plan.reason).toBe(
      'Weging is niet mogelijk: in deze groep uit de bevolking zijn geen respondenten: vrouwen van 75 jaar of ouder.',
    );
  });

  it('is impossible when respondents fall outside the population groups', () => {
    const plan = poststratificationWeights(
      [{ stratum: '1|m', count: 100 }],
      [
        { stratum: '1|m', count: 40 },
        { stratum: '9|x', count: 3 },
      ],
    );
    expect(plan.possible).toBe(false);
    expect(plan.reason).toContain('9|x');
  });

  it('is impossible with empty inputs', () => {
    expect(poststratificationWeights([], [{ stratum: 'a', count: 1 }]).possible).toBe(false);
    expect(poststratificationWeights([{ stratum: 'a', count: 1 }], []).possible).toBe(false);
    expect(poststratificationWeights([], []).reason).toMatch(/^Weging is niet mogelijk/);
  });
});

describe('effectiveSampleSize', () => {
  it('is (Σw·n)²/Σw²·n: 80 × 0.625 and 20 × 2.5 → 100²/156.25 = 64', () => {
    // Σw·n = 50 + 50 = 100; Σw²·n = 0.390625·80 + 6.25·20 = 31.25 + 125 = 156.25
    expect(
      effectiveSampleSize([
        { weight: 0.625, count: 80 },
        { weight: 2.5, count: 20 },
      ]),
    ).toBeCloseTo(64, 10);
  });

  it('equals n without weighting and 0 for nobody', () => {
    expect(effectiveSampleSize([{ weight: 1, count: 37 }])).toBeCloseTo(37, 12);
    expect(effectiveSampleSize([{ weight: 3, count: 37 }])).toBeCloseTo(37, 12);
    expect(effectiveSampleSize([])).toBe(0);
  });
});

describe('weightedFigure', () => {
  const plan = poststratificationWeights(
    [
      { stratum: 'm', count: 500 },
      { stratum: 'v', count: 500 },
    ],
    [
      { stratum: 'm', count: 80 },
      { stratum: 'v', count: 20 },
    ],
  );

  it('weights the shares: 60/80 and 18/20 at weights 0.625 and 2.5', () => {
    // Σw·pos = 0.625·60 + 2.5·18 = 37.5 + 45 = 82.5; Σw·valid = 50 + 50 = 100 → 82.5%
    // (unweighted: 78/100 = 78%); n_eff = 64 as above
    const result = weightedFigure(
      [
        { stratum: 'm', nPositief: 60, nGeldig: 80 },
        { stratum: 'v', nPositief: 18, nGeldig: 20 },
      ],
      plan,
    );
    expect(result.pctPositief).toBeCloseTo(82.5, 10);
    expect(result.nEffectief).toBeCloseTo(64, 10);
    // Wilson at p = 0.825, n = 64 written out
    const z2 = 3.841458820694124;
    const d = 1 + z2 / 64;
    const centre = (0.825 + z2 / 128) / d;
    const half = (Math.sqrt(z2) / d) * Math.sqrt((0.825 * 0.175) / 64 + z2 / (4 * 64 * 64));
    expect(result.ciLaag).toBeCloseTo(100 * (centre - half), 8);
    expect(result.ciHoog).toBeCloseTo(100 * (centre + half), 8);
    // wider than the unweighted interval at n = 100
    const plain = wilsonInterval(78, 100);
    expect((result.ciHoog ?? 0) - (result.ciLaag ?? 0)).toBeGreaterThan(
      100 * ((plain?.high ?? 0) - (plain?.low ?? 0)),
    );
  });

  it('gives respondents of unknown stratum weight 1', () => {
    // Σw·pos = 37.5 + 45 + 1·5 = 87.5; Σw·valid = 100 + 10 = 110
    // n_eff = 110² / (156.25 + 10) = 12100 / 166.25
    const result = weightedFigure(
      [
        { stratum: 'm', nPositief: 60, nGeldig: 80 },
        { stratum: 'v', nPositief: 18, nGeldig: 20 },
      ],
      plan,
      { nPositief: 5, nGeldig: 10 },
    );
    expect(result.pctPositief).toBeCloseTo((87.5 / 110) * 100, 10);
    expect(result.nEffectief).toBeCloseTo(12100 / 166.25, 10);
  });

  it('uses each question’s own valid answers (fewer than the respondents)', () => {
    // Σw·pos = 0.625·30 + 2.5·5 = 31.25; Σw·valid = 0.625·40 + 2.5·10 = 50 → 62.5%
    // n_eff = 50² / (0.390625·40 + 6.25·10) = 2500 / 78.125 = 32
    const result = weightedFigure(
      [
        { stratum: 'm', nPositief: 30, nGeldig: 40 },
        { stratum: 'v', nPositief: 5, nGeldig: 10 },
      ],
      plan,
    );
    expect(result.pctPositief).toBeCloseTo(62.5, 10);
    expect(result.nEffectief).toBeCloseTo(32, 10);
  });

  it('is all null when the plan is impossible or nobody gave a valid answer', () => {
    const empty = { pctPositief: null, ciLaag: null, ciHoog: null, nEffectief: null };
    const impossible = poststratificationWeights([], []);
    expect(weightedFigure([{ stratum: 'm', nPositief: 1, nGeldig: 2 }], impossible)).toEqual(empty);
    expect(weightedFigure([{ stratum: 'm', nPositief: 0, nGeldig: 0 }], plan)).toEqual(empty);
    expect(weightedFigure([], plan)).toEqual(empty);
  });

  it('throws when a stratum with answers has no weight', () => {
    expect(() => weightedFigure([{ stratum: 'x', nPositief: 1, nGeldig: 2 }], plan)).toThrow(
      RangeError,
    );
  });
});
