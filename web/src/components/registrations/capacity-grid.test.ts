import { describe, expect, it } from 'vitest';
import { capacityChanges, cellKey, formatHours, parseHours, parseWeight } from './capacity-grid.js';

describe('the capacity week grid', () => {
  it('reads hours as Dutch numbers', () => {
    expect(parseHours('12,5')).toBe(12.5);
    expect(parseHours(' 8 ')).toBe(8);
    expect(parseHours('7.25')).toBe(7.25);
    expect(parseHours('')).toBeNull();
    expect(parseHours('-3')).toBe('fout');
    expect(parseHours('acht')).toBe('fout');
    expect(parseHours('2001')).toBe('fout');
    expect(formatHours(12.5)).toBe('12,5');
    expect(formatHours(null)).toBe('');
  });

  it('sends only the cells that changed, and names the wrong ones', () => {
    const stored = {
      [cellKey('professional', '2026-W05')]: 36,
      [cellKey('stagiair', '2026-W05')]: 16,
    };
    const typed = {
      [cellKey('professional', '2026-W05')]: '36',
      [cellKey('stagiair', '2026-W05')]: '',
      [cellKey('vrijwilliger', '2026-W05')]: '10,5',
      [cellKey('vrijwilliger', '2026-W06')]: 'tien',
    };
    const { changes, problems } = capacityChanges(typed, stored);
    expect(changes).toEqual([
      { soort: 'stagiair', week: '2026-W05', uren: null },
      { soort: 'vrijwilliger', week: '2026-W05', uren: 10.5 },
    ]);
    expect(Object.keys(problems)).toEqual(['vrijwilliger|2026-W06']);
  });

  it('reads the weight of an hour between 0 and 2', () => {
    expect(parseWeight('0,5')).toBe(0.5);
    expect(parseWeight('1')).toBe(1);
    expect(parseWeight('0.25')).toBe(0.25);
    expect(parseWeight('2,5')).toBeNull();
    expect(parseWeight('-1')).toBeNull();
    expect(parseWeight('')).toBeNull();
  });
});
