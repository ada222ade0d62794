import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CODES,
  DEFAULT_RESULTS,
  DEFAULT_TASKS,
  defaultCode,
  isLocalCode,
} from './taxonomy.js';

describe('the default taxonomy', () => {
  it('has unique codes, each with a Dutch name and definition', () => {
    const codes = DEFAULT_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of DEFAULT_CODES) {
      expect(c.naam.length, c.code).toBeGreaterThan(3);
      expect(c.definitie.length, c.code).toBeGreaterThan(30);
      expect(isLocalCode(c.code)).toBe(false);
    }
    expect(DEFAULT_TASKS.every((c) => /^T\d{2}$/.test(c.code))).toBe(true);
    expect(DEFAULT_RESULTS.every((c) => /^R\d{2}$/.test(c.code))).toBe(true);
  });

  it('names the tasks and results the source asks for, and referral destinations', () => {
    const names = DEFAULT_CODES.map((c) => c.naam.toLowerCase());
    for (const wanted of [
      'informatie en advies',
      'praktische hulp bij formulieren en administratie',
      'ondersteuning bij het keukentafelgesprek',
      'doorverwijzing',
      'hulp bij digitale zaken',
      'netwerkversterking',
      'afgerond',
      'vervolgafspraak',
    ]) {
      expect(names, wanted).toContain(wanted);
    }
    const destinations = DEFAULT_RESULTS.flatMap((c) => (c.verwijzing ? [c.verwijzing] : []));
    expect(destinations).toEqual([
      'wijkteam',
      'schuldhulpverlening',
      'wmo-loket',
      'zorg',
      'overig',
    ]);
    expect(defaultCode('T01')?.naam).toBe('Informatie en advies');
    expect(isLocalCode('L-TAALCAFE')).toBe(true);
  });
});
