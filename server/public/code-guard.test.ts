import { describe, expect, it } from 'vitest';
import { DEFAULT_CODE_FAILURES_PER_MINUTE, readConfig } from '../config.js';
import {
  ACCEPTED_CHANCE,
  CODE_SPACE,
  CodeGuard,
  DERIVED_CODE_FAILURES_PER_MINUTE,
  FailureWindow,
  FIELDWORK_MINUTES,
  LIVE_CODES,
} from './code-guard.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the global limit on wrong codes', () => {
  it('has a default worked out from the code space (ADR 0007)', () => {
    expect(CODE_SPACE).toBe(852_891_037_441);
    expect(FIELDWORK_MINUTES).toBe(60_480);
    // 0.05 × 852,891,037,441 / (23,000 × 60,480) = 30.66
    expect(DERIVED_CODE_FAILURES_PER_MINUTE).toBe(30);
    // The configuration writes the default out; it is this number.
    expect(DEFAULT_CODE_FAILURES_PER_MINUTE).toBe(DERIVED_CODE_FAILURES_PER_MINUTE);
    // Guessing at the limit for a whole fieldwork finds at most 0.05 codes on average.
    const expectedHits =
      (DEFAULT_CODE_FAILURES_PER_MINUTE * FIELDWORK_MINUTES * LIVE_CODES) / CODE_SPACE;
    expect(expectedHits).toBeLessThanOrEqual(ACCEPTED_CHANCE);
    expect(expectedHits).toBeGreaterThan(ACCEPTED_CHANCE * 0.95);
    expect(readConfig({}).codeFailuresPerMinute).toBe(30);
    expect(readConfig({ MEETWERK_CODE_FAILURES_PER_MINUTE: '500' }).codeFailuresPerMinute).toBe(
      500,
    );
    expect(() => readConfig({ MEETWERK_CODE_FAILURES_PER_MINUTE: 'veel' })).toThrow(
      'MEETWERK_CODE_FAILURES_PER_MINUTE moet een heel getal zijn',
    );
  });

  it('is full with `limit` failures inside one minute, and empties as they age', () => {
    const time = clock();
    const window = new FailureWindow(3, 60_000, time.now);
    window.record();
    time.advance(20_000);
    window.record();
    expect(window.isFull()).toBe(false);
    time.advance(20_000);
    window.record();
    expect(window.isFull()).toBe(true);
    // The first failure is now 60 s old: two in the last minute.
    time.advance(20_000);
    expect(window.isFull()).toBe(false);
    window.record();
    expect(window.isFull()).toBe(true);
    time.advance(60_000);
    expect(window.isFull()).toBe(false);
  });

  it('spread-out failures never fill it', () => {
    const time = clock();
    const window = new FailureWindow(10, 60_000, time.now);
    for (let i = 0; i < 1000; i += 1) {
      window.record();
      time.advance(6_001);
      expect(window.isFull()).toBe(false);
    }
  });

  it('is off with a limit of 0', () => {
    const window = new FailureWindow(0);
    for (let i = 0; i < 100; i += 1) window.record();
    expect(window.isFull()).toBe(false);
  });

  it('lets codes that passed before through while busy, and no new ones', () => {
    const time = clock();
    const guard = new CodeGuard(2, time.now);
    guard.passed('k7mf-x3pq');
    expect(guard.mayTry('ZZZZ-YYYY')).toBe(true);
    guard.failed();
    guard.failed();
    expect(guard.busy()).toBe(true);
    expect(guard.mayTry('K7MF X3PQ')).toBe(true);
    expect(guard.mayTry('ZZZZ-YYYY')).toBe(false);
    time.advance(60_000);
    expect(guard.busy()).toBe(false);
    expect(guard.mayTry('ZZZZ-YYYY')).toBe(true);
  });
});
