import { describe, expect, it } from 'vitest';
import {
  infiniteSampleSize,
  invitationsNeeded,
  requiredRespondents,
  sampleSizeAdvice,
} from './sample-size.js';

describe('sample size calculator', () => {
  it('computes n0 = 1.96² · 0.25 / e²', () => {
    // 3.8416 · 0.25 = 0.9604; 0.9604 / 0.0025 = 384.16
    expect(infiniteSampleSize(0.05)).toBeCloseTo(384.16, 10);
    // 0.9604 / 0.0009 = 1067.111…
    expect(infiniteSampleSize(0.03)).toBeCloseTo(1067.1111, 4);
  });

  it('applies the finite-population correction (worked by hand)', () => {
    // N = 1000, e = 5%: 384.16 / (1 + 383.16/1000) = 384.16 / 1.38316 = 277.74 → 278
    expect(requiredRespondents(1000, 0.05)).toBe(278);
    // N = 23000, e = 3%: 1067.111 / (1 + 1066.111/23000) = 1067.111 / 1.046353 = 1019.85 → 1020
    expect(requiredRespondents(23000, 0.03)).toBe(1020);
    // N = 593 (De Wolden 2021), e = 5%: 384.16 / (1 + 383.16/593) = 384.16 / 1.646138 = 233.37 → 234
    expect(requiredRespondents(593, 0.05)).toBe(234);
  });

  it('never asks for more respondents than the population has', () => {
    // N = 10: 384.16 / (1 + 38.316) = 9.77 → 10, everyone
    expect(requiredRespondents(10, 0.05)).toBe(10);
    expect(requiredRespondents(1, 0.05)).toBe(1);
    expect(requiredRespondents(0, 0.05)).toBe(0);
  });

  it('divides by the expected response rate, rounds up and caps at the population', () => {
    // 278 / 0.35 = 794.29 → 795
    expect(invitationsNeeded(278, 0.35, 1000)).toBe(795);
    // 1020 / 0.35 = 2914.29 → 2915
    expect(invitationsNeeded(1020, 0.35, 23000)).toBe(2915);
    // 70 / 0.7 is 100.00000000000001 in floating point: still 100
    expect(invitationsNeeded(70, 0.7, 1000)).toBe(100);
    // a response rate of 100%: invite exactly the respondents needed
    expect(invitationsNeeded(278, 1, 1000)).toBe(278);
    // 234 / 0.43 = 544.2 → 545 of 593
    expect(invitationsNeeded(234, 0.43, 593)).toBe(545);
    // 234 / 0.35 = 668.6 → more than 593: invite all 593
    expect(invitationsNeeded(234, 0.35, 593)).toBe(593);
  });

  it('says when everyone must be invited', () => {
    expect(sampleSizeAdvice(1000, 0.05, 0.35)).toEqual({
      population: 1000,
      respondents: 278,
      invitations: 795,
      inviteEveryone: false,
    });
    expect(sampleSizeAdvice(300, 0.05, 0.35).inviteEveryone).toBe(true);
    expect(sampleSizeAdvice(0, 0.05, 0.35)).toEqual({
      population: 0,
      respondents: 0,
      invitations: 0,
      inviteEveryone: false,
    });
  });

  it('refuses impossible inputs', () => {
    expect(() => requiredRespondents(100, 0)).toThrow(RangeError);
    expect(() => requiredRespondents(-1, 0.05)).toThrow(RangeError);
    expect(() => invitationsNeeded(10, 0, 100)).toThrow(RangeError);
    expect(() => invitationsNeeded(10, 1.2, 100)).toThrow(RangeError);
  });
});
