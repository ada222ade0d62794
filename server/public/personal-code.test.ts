import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  hashCode,
  isWellFormedCode,
  newCode,
  normaliseCode,
} from './personal-code.js';

describe('personal codes', () => {
  it('has at least 10^9 possibilities and no characters people confuse', () => {
    expect(CODE_ALPHABET.length ** CODE_LENGTH).toBeGreaterThanOrEqual(1e9);
    for (const ambiguous of '01OIL') expect(CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it('makes codes in two groups of four from the alphabet, all different', () => {
    const codes = Array.from({ length: 5000 }, () => newCode());
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character of the alphabet turns up: the draw is not stuck on a subset.
    expect(new Set(codes.join('').replaceAll('-', '')).size).toBe(CODE_ALPHABET.length);
  });

  it('accepts the code as people type it', () => {
    expect(normaliseCode(' k7mf x3pq ')).toBe('K7MFX3PQ');
    expect(normaliseCode('K7MF-X3PQ')).toBe('K7MFX3PQ');
    expect(hashCode('k7mf - x3pq')).toBe(hashCode('K7MF-X3PQ'));
    expect(isWellFormedCode('k7mf x3pq')).toBe(true);
    expect(isWellFormedCode('K7MF-X3P')).toBe(false);
    expect(isWellFormedCode('K7MF-X3P0')).toBe(false);
  });

  it('stores the SHA-256 of the normalised code, in hex', () => {
    const expected = createHash('sha256').update('K7MFX3PQ').digest('hex');
    expect(hashCode('K7MF-X3PQ')).toBe(expected);
    expect(hashCode('K7MF-X3PQ')).toMatch(/^[0-9a-f]{64}$/);
  });
});
