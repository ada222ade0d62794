import { describe, expect, it } from 'vitest';
import {
  erfc,
  multipleTestingNote,
  normalCdf,
  twoProportionTest,
  wilsonInterval,
  Z_95,
} from './statistics.js';

describe('Z_95', () => {
  it('is the 97.5th percentile of the standard normal distribution', () => {
    expect(normalCdf(Z_95)).toBeCloseTo(0.975, 12);
  });
});

describe('wilsonInterval', () => {
  it('matches the formula worked out by hand for 75 of 100', () => {
    // z² = 1.959963984540054² = 3.841458820694124
    // denominator = 1 + 3.841458820694124 / 100 = 1.038414588206941
    // centre = (0.75 + 3.841458820694124 / 200) / 1.038414588206941 = 0.7692072941034706 / 1.038414588206941
    // half = (1.959963984540054 / 1.038414588206941) · √(0.75 · 0.25 / 100 + 3.841458820694124 / 40000)
    const centre = 0.7692072941034706 / 1.038414588206941;
    const half =
      (1.959963984540054 / 1.038414588206941) * Math.sqrt(0.001875 + 0.00009603647051735311);
    const interval = wilsonInterval(75, 100);
    expect(interval?.low).toBeCloseTo(centre - half, 12);
    expect(interval?.high).toBeCloseTo(centre + half, 12);
    // and rounded: 65.7% to 82.5%
    expect(interval?.low).toBeCloseTo(0.65696, 5);
    expect(interval?.high).toBeCloseTo(0.82455, 5);
  });

  it('matches published values (Newcombe 1998, method 3)', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, low, high] of cases) {
      const interval = wilsonInterval(x, n);
      expect(interval?.low).toBeCloseTo(low, 4);
      expect(interval?.high).toBeCloseTo(high, 4);
    }
  });

  it('handles 0%: 0 of 10 is [0, z²/(n + z²)] = [0, 0.2775]', () => {
    const interval = wilsonInterval(0, 10);
    expect(interval?.low).toBe(0);
    // upper bound for 0 successes simplifies to z²/(n + z²) = 3.841458820694124 / 13.841458820694124
    expect(interval?.high).toBeCloseTo(3.841458820694124 / 13.841458820694124, 12);
    expect(interval?.high).toBeCloseTo(0.2775, 4);
  });

  it('handles 100%: 10 of 10 is [n/(n + z²), 1] = [0.7225, 1]', () => {
    const interval = wilsonInterval(10, 10);
    expect(interval?.high).toBe(1);
    expect(interval?.low).toBeCloseTo(10 / 13.841458820694124, 12);
    expect(interval?.low).toBeCloseTo(0.7225, 4);
  });

  it('handles n = 1: 1 of 1 is [1/(1 + z²), 1], 0 of 1 is [0, z²/(1 + z²)]', () => {
    const one = wilsonInterval(1, 1);
    expect(one?.low).toBeCloseTo(1 / 4.841458820694124, 12);
    expect(one?.low).toBeCloseTo(0.2065, 4);
    expect(one?.high).toBe(1);
    const none = wilsonInterval(0, 1);
    expect(none?.low).toBe(0);
    expect(none?.high).toBeCloseTo(3.841458820694124 / 4.841458820694124, 12);
  });

  it('is null without valid answers and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, Number.NaN)).toThrow(RangeError);
  });

  it('accepts other z values and non-whole successes (weighted figures)', () => {
    // z = 1: 5 of 10 → centre 0.5, half = (1/1.1)·√(0.025 + 0.0025) = 0.150755672…
    const interval = wilsonInterval(5, 10, 1);
    expect(interval?.low).toBeCloseTo(0.5 - Math.sqrt(0.0275) / 1.1, 12);
    expect(interval?.high).toBeCloseTo(0.5 + Math.sqrt(0.0275) / 1.1, 12);
    const weighted = wilsonInterval(32.5, 64);
    expect(weighted?.low).toBeLessThan(32.5 / 64);
    expect(weighted?.high).toBeGreaterThan(32.5 / 64);
  });
});

describe('normalCdf', () => {
  it('matches tabulated values to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 12);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447, 7);
    expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 7);
    expect(normalCdf(2.575829)).toBeCloseTo(0.995, 7);
    expect(normalCdf(4.5)).toBeCloseTo(0.9999966, 7);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('keeps relative precision far in the tail (on both sides of the switch at 3)', () => {
    // Φ(−5) = 2.866515718791939e-7, Φ(−8) = 6.22096057427178e-16 (published tables)
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 10);
    expect(normalCdf(-8) / 6.22096057427178e-16).toBeCloseTo(1, 10);
    // erfc(3) = 2.209049699858544e-5: the series and the continued fraction agree at the switch
    expect(erfc(2.9999999) / erfc(3)).toBeCloseTo(1, 5);
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
  });

  it('is symmetric: Φ(x) + Φ(−x) = 1', () => {
    for (const x of [0.1, 0.5, 1.3, 2.2, 2.9, 3.1, 4.7]) {
      expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
    }
  });
});

describe('twoProportionTest', () => {
  it('matches the hand-worked example 60/100 against 45/100', () => {
    // pooled p = 105/200 = 0.525; se = √(0.525 · 0.475 · (1/100 + 1/100)) = √0.0049875
    // z = 0.15 / 0.0706222 = 2.12398; p = 2 · (1 − Φ(2.12398)) = 0.03367
    const result = twoProportionTest(60, 100, 45, 100);
    expect(result?.difference).toBeCloseTo(0.15, 12);
    expect(result?.z).toBeCloseTo(0.15 / Math.sqrt(0.0049875), 12);
    expect(result?.z).toBeCloseTo(2.12398, 5);
    expect(result?.p).toBeCloseTo(0.0337, 4);
  });

  it('is symmetric in its groups and signs the difference', () => {
    const a = twoProportionTest(30, 40, 120, 200);
    const b = twoProportionTest(120, 200, 30, 40);
    // 0.75 − 0.6 = 0.15; pooled 150/240 = 0.625; se = √(0.625 · 0.375 · (1/40 + 1/200)) = √0.00703125
    expect(a?.difference).toBeCloseTo(0.15, 12);
    expect(a?.z).toBeCloseTo(0.15 / Math.sqrt(0.00703125), 12);
    expect(b?.z).toBeCloseTo(-(a?.z ?? 0), 12);
    expect(b?.p).toBeCloseTo(a?.p ?? 0, 12);
    expect(a?.p).toBeGreaterThan(0.05); // z ≈ 1.789: not significant
  });

  it('gives p = 1 for equal shares and for pooled shares of 0 or 1', () => {
    expect(twoProportionTest(20, 40, 50, 100)).toEqual({ difference: 0, z: 0, p: 1 });
    expect(twoProportionTest(0, 10, 0, 30)).toEqual({ difference: 0, z: 0, p: 1 });
    expect(twoProportionTest(10, 10, 30, 30)).toEqual({ difference: 0, z: 0, p: 1 });
  });

  it('handles 0% against 100% with n = 1 on one side', () => {
    // 0/1 vs 5/5: pooled 5/6; se = √(5/6 · 1/6 · (1 + 1/5)) = √(1/6) ; z = −1 / √(1/6) = −2.449490
    const result = twoProportionTest(0, 1, 5, 5);
    expect(result?.difference).toBe(-1);
    expect(result?.z).toBeCloseTo(-Math.sqrt(6), 12);
    expect(result?.p).toBeCloseTo(0.0143059, 6);
  });

  it('is null when a group has no valid answers and rejects impossible counts', () => {
    expect(twoProportionTest(0, 0, 5, 10)).toBeNull();
    expect(twoProportionTest(5, 10, 0, 0)).toBeNull();
    expect(() => twoProportionTest(11, 10, 5, 10)).toThrow(RangeError);
  });
});

describe('multipleTestingNote', () => {
  it('says the expected number of chance findings for many tests', () => {
    expect(multipleTestingNote(40)).toContain('40 verschillen');
    expect(multipleTestingNote(40)).toContain('ongeveer 2 verschillen'); // 40 / 20
    expect(multipleTestingNote(290)).toContain('ongeveer 15 verschillen'); // 290 / 20 = 14.5 → 15
    expect(multipleTestingNote(1000)).toContain('1.000 verschillen');
    expect(multipleTestingNote(1000)).toContain('ongeveer 50 verschillen');
    expect(multipleTestingNote(20)).toContain('ongeveer één verschil');
  });

  it('gives the chance of at least one chance finding for a few tests', () => {
    // 1 − 0.95⁵ = 0.2262 → 23%
    expect(multipleTestingNote(5)).toContain('ongeveer 23%');
    // 1 − 0.95² = 0.0975 → 10%
    expect(multipleTestingNote(2)).toContain('ongeveer 10%');
  });

  it('says there is one test, or none', () => {
    expect(multipleTestingNote(1)).toMatch(/^Er is één verschil getoetst\./);
    expect(multipleTestingNote(0)).toBe('Er is geen verschil getoetst.');
  });
});
