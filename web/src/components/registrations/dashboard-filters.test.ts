import { describe, expect, it } from 'vitest';
import { defaultFilters, filterProblems, filtersFrom, searchFor } from './dashboard-filters.js';

const today = '2026-11-23';

describe('dashboard filters in the address', () => {
  it('shows the last year per month when the address says nothing', () => {
    expect(filtersFrom(new URLSearchParams(), today)).toEqual({
      van: '2025-11-24',
      tot: '2026-11-23',
      per: 'maand',
    });
    expect(searchFor(defaultFilters(today), today).toString()).toBe('');
  });

  it('reads and writes every filter', () => {
    const filters = {
      van: '2026-01-01',
      tot: '2026-03-31',
      per: 'week' as const,
      stadsdeel: 'sd-escamp',
      locatie: 'loc-1',
    };
    const search = searchFor(filters, today);
    expect(search.toString()).toBe(
      'van=2026-01-01&tot=2026-03-31&per=week&stadsdeel=sd-escamp&locatie=loc-1',
    );
    expect(filtersFrom(search, today)).toEqual(filters);
  });

  it('falls back to the defaults for broken or reversed values', () => {
    const broken = filtersFrom(new URLSearchParams('van=gisteren&per=jaar&stadsdeel=%20'), today);
    expect(broken).toEqual(defaultFilters(today));
    const reversed = filtersFrom(new URLSearchParams('van=2026-05-01&tot=2026-04-01'), today);
    expect(reversed).toEqual(defaultFilters(today));
  });

  it('explains wrong typed dates in Dutch', () => {
    expect(filterProblems('2026-01-01', '2026-12-31')).toEqual({});
    expect(filterProblems('2026-13-01', '')).toEqual({
      van: 'Vul een bestaande begindatum in, zoals 2026-01-01.',
      tot: 'Vul een bestaande einddatum in, zoals 2026-12-31.',
    });
    expect(filterProblems('2026-05-01', '2026-04-01').tot).toBe(
      'De einddatum ligt voor de begindatum.',
    );
    expect(filterProblems('2020-01-01', '2026-01-01').tot).toMatch(/drie jaar/);
  });
});
