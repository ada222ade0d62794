import { describe, expect, it } from 'vitest';
import { ageGroup, allocateProportionally } from './allocation.js';

describe('proportional allocation', () => {
  it('rounds by largest remainder and hits the total exactly', () => {
    // 100 over 500/300/200 (of 1000): 50 / 30 / 20, no rounding needed.
    const even = allocateProportionally(
      new Map([
        ['a', 500],
        ['b', 300],
        ['c', 200],
      ]),
      100,
    );
    expect(Object.fromEntries(even)).toEqual({ a: 50, b: 30, c: 20 });
    // 10 over 7/7/6 (of 20): exact shares 3.5 / 3.5 / 3.0 → floors 3/3/3, one place left;
    // a and b tie on remainder and size, the key that sorts first gets it.
    const tie = allocateProportionally(
      new Map([
        ['b', 7],
        ['a', 7],
        ['c', 6],
      ]),
      10,
    );
    expect(Object.fromEntries(tie)).toEqual({ a: 4, b: 3, c: 3 });
    // 7 over 45/35/20 (of 100): shares 3.15 / 2.45 / 1.40 → floors 3/2/1 (6), remainders
    // .15/.45/.40 → the one left goes to b.
    const hamilton = allocateProportionally(
      new Map([
        ['a', 45],
        ['b', 35],
        ['c', 20],
      ]),
      7,
    );
    expect(Object.fromEntries(hamilton)).toEqual({ a: 3, b: 3, c: 1 });
  });

  it('never gives more than the stratum has, nor more than the population', () => {
    const all = allocateProportionally(
      new Map([
        ['a', 3],
        ['b', 2],
      ]),
      50,
    );
    expect(Object.fromEntries(all)).toEqual({ a: 3, b: 2 });
    expect(Object.fromEntries(allocateProportionally(new Map([['a', 0]]), 5))).toEqual({ a: 0 });
  });
});

describe('age groups', () => {
  it('uses the age in the survey year', () => {
    expect(ageGroup(1962, 2026)).toBe('<65');
    expect(ageGroup(1961, 2026)).toBe('65-74');
    expect(ageGroup(1952, 2026)).toBe('65-74');
    expect(ageGroup(1951, 2026)).toBe('75-84');
    expect(ageGroup(1942, 2026)).toBe('75-84');
    expect(ageGroup(1941, 2026)).toBe('85+');
    expect(ageGroup(null, 2026)).toBe('onbekend');
  });
});
