import { describe, expect, it } from 'vitest';
import {
  readBirthYear,
  readDate,
  readGemeenteCode,
  readPostcode,
  readProductCategorie,
  readSex,
} from './register-fields.js';

const value = <T>(result: { ok: true; value: T } | { ok: false; reason: string }) =>
  result.ok ? result.value : `FOUT: ${result.reason}`;

describe('client register fields', () => {
  it('normalises postcodes to 1234 AB', () => {
    expect(value(readPostcode('9401ab'))).toBe('9401 AB');
    expect(value(readPostcode(' 9401  AB '))).toBe('9401 AB');
    expect(readPostcode('0401 AB').ok).toBe(false);
    expect(readPostcode('94011 AB').ok).toBe(false);
    expect(readPostcode('B-1000').ok).toBe(false);
  });

  it('reads ISO and Dutch dates, and refuses dates that do not exist', () => {
    expect(value(readDate('2025-01-31'))).toBe('2025-01-31');
    expect(value(readDate('31-01-2025'))).toBe('2025-01-31');
    expect(value(readDate('1-2-2025'))).toBe('2025-02-01');
    expect(value(readDate('01/02/2025'))).toBe('2025-02-01');
    expect(value(readDate('29-02-2024'))).toBe('2024-02-29');
    expect(readDate('29-02-2025')).toEqual({
      ok: false,
      reason: 'Datum "29-02-2025" bestaat niet. Controleer dag, maand en jaar.',
    });
    expect(readDate('2025/13/01').ok).toBe(false);
    expect(readDate('gisteren').ok).toBe(false);
    expect(readDate('12-31-2025').ok).toBe(false);
  });

  it('reads a birth year from 1900 to this year, keeping only the year of a full date', () => {
    expect(value(readBirthYear('1948', 2026))).toBe(1948);
    expect(value(readBirthYear('14-03-1948', 2026))).toBe(1948);
    expect(value(readBirthYear('2026', 2026))).toBe(2026);
    expect(readBirthYear('2027', 2026).ok).toBe(false);
    expect(readBirthYear('1899', 2026).ok).toBe(false);
    expect(readBirthYear('48', 2026).ok).toBe(false);
  });

  it('reads m/v/x, man/vrouw in any case, and onbekend as no value', () => {
    expect(
      ['M', 'man', 'Vrouw', 'V', 'x', 'onbekend', 'Onbekend'].map((s) => value(readSex(s))),
    ).toEqual(['m', 'm', 'v', 'v', 'x', null, null]);
    expect(readSex('1').ok).toBe(false);
  });

  it('reads WMO020 productcategorieen, padding one digit', () => {
    expect(value(readProductCategorie('1'))).toBe('01');
    expect(value(readProductCategorie('07'))).toBe('07');
    expect(value(readProductCategorie('02 Begeleiding'))).toBe('02');
    expect(value(readProductCategorie('18'))).toBe('18');
    expect(readProductCategorie('0').ok).toBe(false);
    expect(readProductCategorie('19').ok).toBe(false);
    expect(readProductCategorie('01A01').ok).toBe(false);
  });

  it('reads gemeente codes with or without GM', () => {
    expect(['GM0106', 'gm0106', '0106', '106'].map((c) => value(readGemeenteCode(c)))).toEqual([
      'GM0106',
      'GM0106',
      'GM0106',
      'GM0106',
    ]);
    expect(readGemeenteCode('Assen').ok).toBe(false);
    expect(readGemeenteCode('GM01066').ok).toBe(false);
  });
});
