import { describe, expect, it } from 'vitest';
import { formatDay, formatPeriod, formatWeek } from './dates.js';

describe('periods in Dutch words', () => {
  it('says days, weeks and months as people read them', () => {
    expect(formatDay('2026-03-05')).toBe('5 maart 2026');
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
    // ISO week 1 of 2026 starts on Monday 29 December 2025.
    expect(formatWeek('2026-W01')).toBe('week 1 (vanaf 29 dec)');
    expect(formatPeriod('2026-W05')).toBe('week 5 van 2026 (vanaf 26 jan)');
    expect(formatPeriod('2026-03')).toBe('maart 2026');
    expect(formatPeriod('2026-03-05')).toBe('5 maart 2026');
  });
});
