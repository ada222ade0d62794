import { describe, expect, it } from 'vitest';
import { typedDecimal, typedNumber, typedWholeNumber } from './typed-input.js';

describe('numbers as typed in a Dutch form', () => {
  it('leaves a number box to the schema: empty is undefined, a wrong text NaN', () => {
    expect(typedNumber(' 2026 ')).toBe(2026);
    expect(typedNumber('  ')).toBeUndefined();
    expect(typedNumber('1,5')).toBeNaN();
    expect(typedNumber('twintig')).toBeNaN();
  });

  it('accepts only digits as a whole number', () => {
    expect(typedWholeNumber(' 15 ')).toBe(15);
    expect(typedWholeNumber('')).toBeNull();
    expect(typedWholeNumber('-2')).toBeNull();
    expect(typedWholeNumber('1,5')).toBeNull();
    expect(typedWholeNumber('1e3')).toBeNull();
  });

  it('reads a decimal comma and a decimal point alike, within the digits allowed', () => {
    expect(typedDecimal('0,5', 1, 2)).toBe(0.5);
    expect(typedDecimal(' 12.25 ', 4, 2)).toBe(12.25);
    expect(typedDecimal('', 4, 2)).toBeNull();
    expect(typedDecimal('12,345', 4, 2)).toBe('fout');
    expect(typedDecimal('12', 1, 2)).toBe('fout');
    expect(typedDecimal('1.000,5', 4, 2)).toBe('fout');
  });
});
