import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isoWeekOf,
  monthsOfWeek,
  parseIsoWeek,
  periodRange,
  periodsBetween,
  weekShareInPeriod,
  weekStart,
  weeksInYear,
} from './iso-week.js';

describe('ISO weeks and months', () => {
  it('puts the days around new year in the week of their Thursday', () => {
    // 1 January 2026 is a Thursday: week 1 runs from Monday 29 December 2025.
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2026-01-04')).toBe('2026-W01');
    expect(isoWeekOf('2026-01-05')).toBe('2026-W02');
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
  });

  it('reads weeks as people write them and refuses weeks that do not exist', () => {
    expect(parseIsoWeek('2026-W05')).toBe('2026-W05');
    expect(parseIsoWeek('2026w5')).toBe('2026-W05');
    expect(parseIsoWeek('2026-W53')).toBe('2026-W53');
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('week 5')).toBeNull();
    expect(weekStart('2026-W10')).toBe('2026-03-02');
    expect(weekStart('2026-W01')).toBe('2025-12-29');
  });

  it('gives first and last days of weeks and months, also in leap years', () => {
    expect(periodRange('2026-W10')).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(periodRange('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodRange('2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysBetween('2026-02-20', '2026-03-04')).toBe(12);
  });

  it('lists the periods of a range and shares a week over two months by its days', () => {
    expect(periodsBetween('2026-01-15', '2026-04-01', 'maand')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(periodsBetween('2026-12-28', '2027-01-11', 'week')).toEqual([
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    // Week 14 of 2026: Monday 30 March to Sunday 5 April.
    expect(monthsOfWeek('2026-W14')).toEqual(['2026-03', '2026-04']);
    expect(weekShareInPeriod('2026-W14', '2026-03')).toBeCloseTo(2 / 7, 12);
    expect(weekShareInPeriod('2026-W14', '2026-04')).toBeCloseTo(5 / 7, 12);
    expect(weekShareInPeriod('2026-W14', '2026-W14')).toBe(1);
    expect(weekShareInPeriod('2026-W14', '2026-W15')).toBe(0);
  });
});
