import { describe, expect, it } from 'vitest';
import { formatPercent, perDaySummary, ratePoints } from './progress-model.js';

const day = (datum: string, totaal: number, cumulatief: number, rate: number | null) => ({
  datum,
  online: totaal,
  papier: 0,
  telefoon: 0,
  totaal,
  cumulatief,
  responspercentage: rate,
});

describe('the fieldwork monitor per day', () => {
  const days = [
    day('2026-03-02', 1, 1, 14.3),
    day('2026-03-03', 1, 2, 28.6),
    day('2026-03-04', 3, 5, 71.4),
  ];

  it('writes rates with a decimal comma and always one decimal', () => {
    expect(formatPercent(14.3)).toBe('14,3%');
    expect(formatPercent(60)).toBe('60,0%');
    expect(formatPercent(null)).toBe('–');
  });

  it('puts the cumulative rate over the middle of each bar, 100% at the top', () => {
    expect(ratePoints(days, { width: 24, gap: 8 }, 120)).toEqual([
      { x: 12, y: 102.8 },
      { x: 44, y: 85.7 },
      { x: 76, y: 34.3 },
    ]);
    // No invitations, no rate: no point rather than a point at 0%.
    expect(ratePoints([day('2026-03-02', 1, 1, null)], { width: 24, gap: 8 }, 120)).toEqual([]);
  });

  it('tells a screen reader the total, the busiest day and the rate so far', () => {
    expect(perDaySummary(days)).toBe(
      'Reacties per dag over 3 dagen, samen 5. Drukste dag: 4 mrt met 3. ' +
        'Respons op 4 mrt: 71,4%. De cijfers staan in de tabel.',
    );
    expect(perDaySummary([])).toBe('Nog geen reacties.');
  });
});
