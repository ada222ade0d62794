import { describe, expect, it } from 'vitest';
import { checkBsn, normaliseBsn, passesElfproef } from './bsn.js';

describe('BSN elfproef', () => {
  it('accepts the official test numbers', () => {
    expect(passesElfproef('999900006')).toBe(true);
    expect(passesElfproef('999993653')).toBe(true);
    expect(checkBsn(' 999993653 ')).toEqual({ ok: true, bsn: '999993653' });
  });

  it('works the sum out as the reference says', () => {
    // 9·9 + 8·9 + 7·9 + 6·9 + 5·9 + 4·3 + 3·6 + 2·5 − 3 = 352 = 32·11
    const digits = [9, 9, 9, 9, 9, 3, 6, 5, 3];
    const sum = digits.slice(0, 8).reduce((s, d, i) => s + (9 - i) * d, 0) - digits[8]!;
    expect(sum % 11).toBe(0);
  });

  it('rejects a number with one digit changed or two digits swapped', () => {
    expect(passesElfproef('999900007')).toBe(false);
    expect(passesElfproef('999993635')).toBe(false);
    expect(checkBsn('999993654')).toEqual({
      ok: false,
      reason: 'Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.',
    });
  });

  it('rejects all zeros, wrong lengths and letters', () => {
    expect(passesElfproef('000000000')).toBe(false);
    expect(checkBsn('00000000').ok).toBe(false);
    expect(checkBsn('9999000060').ok).toBe(false);
    expect(checkBsn('1234567').ok).toBe(false);
    expect(checkBsn('99990000A').ok).toBe(false);
    expect(checkBsn('').ok).toBe(false);
  });

  it('reads eight digits with a leading zero, and ignores dots, spaces and dashes', () => {
    expect(normaliseBsn('9999.00.006')).toBe('999900006');
    expect(normaliseBsn('9999 93 653')).toBe('999993653');
  });

  it('reads eight digits as nine with a 0 in front, then applies the elfproef', () => {
    expect(normaliseBsn('99990000')).toBe('099990000');
    // 0·9 + 9·8 + 9·7 + 9·6 + 9·5 = 234, and 234 mod 11 = 3: the length is fine, the sum is not.
    expect(checkBsn('99990000')).toEqual({
      ok: false,
      reason: 'Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.',
    });
  });
});
