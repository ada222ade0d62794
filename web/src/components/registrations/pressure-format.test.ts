import { describe, expect, it } from 'vitest';
import { formatCount, formatRatio, formatShare, ratioMeaning } from './pressure-format.js';

describe('pressure figures in Dutch', () => {
  it('writes numbers the Dutch way and says why a figure is missing', () => {
    expect(formatRatio(1.234)).toBe('1,23');
    expect(formatRatio(null)).toBe('geen capaciteit');
    expect(formatCount(12345)).toBe('12.345');
    expect(formatShare(0.237)).toBe('24%');
    expect(formatShare(null)).toBe('te weinig contacten');
  });

  it('explains the ratio in words', () => {
    expect(ratioMeaning(1.3)).toBe('De vraag is 30% groter dan de capaciteit.');
    expect(ratioMeaning(0.8)).toBe('De vraag is 20% kleiner dan de capaciteit.');
    expect(ratioMeaning(1.02)).toBe('Vraag en capaciteit zijn ongeveer gelijk.');
    expect(ratioMeaning(null)).toBe('Er is geen capaciteit ingevoerd.');
  });
});
