import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRESSURE_SETTINGS,
  emptyCell,
  locationCell,
  mergeCells,
  percentile,
  pressureFigures,
  pressureHelp,
} from './pressure.js';
import { waitingDays, waitingInPeriod } from './waiting.js';

const WEIGHTS = DEFAULT_PRESSURE_SETTINGS.weights;

describe('the pressure formula', () => {
  it('interpolates percentiles as percentile_cont does', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([4], 0.9)).toBe(4);
    expect(percentile([3, 12, 7], 0.5)).toBe(7);
    // rank 0.9 × 2 = 1.8: 7 + 0.8 × (12 − 7) = 11
    expect(percentile([3, 12, 7], 0.9)).toBeCloseTo(11, 12);
    // rank 0.9 × 3 = 2.7: 26 + 0.7 × (30 − 26) = 28.8
    expect(percentile([30, 12, 26, 22], 0.9)).toBeCloseTo(28.8, 12);
    expect(percentile([30, 12, 26, 22], 0.5)).toBe(24);
  });

  it('adds waiting requests at the location’s mean minutes to the registered hours', () => {
    // 12 contacts, 480 minutes (mean 40); 3 waiting: 3 × 40 = 120 minutes.
    // Demand 8 + 2 = 10 h. Capacity 6 × 1 + 4 × 0.5 + 10 × 0.3 = 11. Ratio 10 / 11 = 0.909.
    const cell = locationCell(
      {
        contacts: 12,
        minutes: 480,
        notDigital: 3,
        languageBarrier: 6,
        tasks: { T01: 8, T05: 4 },
        capacityHours: { professional: 6, stagiair: 4, vrijwilliger: 10 },
        waiting: 3,
        waitingDays: [10, 4, 1],
      },
      30,
    );
    const f = pressureFigures(cell, WEIGHTS, 10, 30);
    expect(f).toMatchObject({
      geregistreerdeUren: 8,
      verwachteMinutenPerAanvraag: 40,
      wachtUren: 2,
      vraagUren: 10,
      effectieveCapaciteitUren: 11,
      drukratio: 0.909,
      wachttijdMediaanDagen: 4,
      aandeelNietDigitaal: 0.25,
      aandeelTaalbarriere: 0.5,
      taakmix: [
        { code: 'T01', aantal: 8, aandeel: 0.6667 },
        { code: 'T05', aantal: 4, aandeel: 0.3333 },
      ],
      onderdrukt: false,
    });
  });

  it('uses the default minutes when a location had no contacts, and has no ratio without capacity', () => {
    const cell = locationCell({ ...emptyCell(), waiting: 2, waitingDays: [5, 9] }, 30);
    const f = pressureFigures(cell, WEIGHTS, 10, 30);
    expect(f).toMatchObject({
      wachtUren: 1,
      vraagUren: 1,
      drukratio: null,
      wachttijdP90Dagen: 8.6,
    });
  });

  it('adds up locations, each with its own expected minutes, and withholds shares of few contacts', () => {
    const a = locationCell(
      { ...emptyCell(), contacts: 3, minutes: 60, notDigital: 1, waiting: 1, waitingDays: [2] },
      30,
    );
    const b = locationCell(
      { ...emptyCell(), contacts: 2, minutes: 120, notDigital: 2, waiting: 1, waitingDays: [6] },
      30,
    );
    const f = pressureFigures(mergeCells([a, b]), WEIGHTS, 10, 30);
    // Wait minutes 20 + 60 = 80 for 2 requests: 40 on average; demand 3 h + 80/60 h.
    expect(f.verwachteMinutenPerAanvraag).toBe(40);
    expect(f.vraagUren).toBe(4.33);
    expect(f.onderdrukt).toBe(true);
    expect(f.aandeelNietDigitaal).toBeNull();
    expect(f.taakmix).toEqual([]);
    expect(pressureFigures(mergeCells([a, b]), WEIGHTS, 5, 30).aandeelNietDigitaal).toBe(0.6);
  });

  it('says the same in the help text as it computes, with the gemeente’s weights', () => {
    const help = pressureHelp({ professional: 1, stagiair: 0.5, vrijwilliger: 0.25 }, 20).join(' ');
    expect(help).toContain('uren van vrijwilligers × 0,25');
    expect(help).toContain('(zonder contacten: 20 minuten)');
  });
});

describe('waiting times', () => {
  const requests = [
    { requestedOn: '2026-02-20', startedOn: '2026-03-04', lapsedOn: null },
    { requestedOn: '2026-03-01', startedOn: null, lapsedOn: null },
    { requestedOn: '2026-03-05', startedOn: null, lapsedOn: null },
    { requestedOn: '2026-02-25', startedOn: null, lapsedOn: '2026-03-03' },
    { requestedOn: '2026-03-09', startedOn: null, lapsedOn: null },
  ];

  it('counts who waits at the end of a period and the waiting times in it', () => {
    expect(waitingInPeriod(requests, '2026-03-02', '2026-03-08', '2026-11-01')).toEqual({
      waiting: 2,
      days: [12, 7, 3],
    });
    // A period still running is seen up to today.
    expect(waitingInPeriod(requests, '2026-03-02', '2026-03-08', '2026-03-06')).toEqual({
      waiting: 2,
      days: [12, 5, 1],
    });
    expect(waitingInPeriod(requests, '2026-04-01', '2026-04-30', '2026-03-06')).toEqual({
      waiting: 0,
      days: [],
    });
  });

  it('is start − request, or today − request while waiting, and nothing for a lapsed request', () => {
    expect(waitingDays(requests[0]!, '2026-11-01')).toBe(12);
    expect(waitingDays(requests[1]!, '2026-03-31')).toBe(30);
    expect(waitingDays(requests[3]!, '2026-11-01')).toBeNull();
  });
});
