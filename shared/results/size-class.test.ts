import { describe, expect, it } from 'vitest';
import { SIZE_CLASSES, sizeClassOf } from './size-class.js';

describe('sizeClassOf', () => {
  it('puts the boundaries in the higher class (min inclusive, max exclusive)', () => {
    expect(sizeClassOf(0)?.id).toBe(1);
    expect(sizeClassOf(19_999)?.id).toBe(1);
    expect(sizeClassOf(20_000)?.id).toBe(2);
    expect(sizeClassOf(49_999)?.id).toBe(2);
    expect(sizeClassOf(50_000)?.id).toBe(3);
    expect(sizeClassOf(99_999)?.id).toBe(3);
    expect(sizeClassOf(100_000)?.id).toBe(4);
    expect(sizeClassOf(935_000)?.label).toBe('100.000 inwoners of meer');
  });

  it('is null when the number of inhabitants is unknown or invalid', () => {
    expect(sizeClassOf(null)).toBeNull();
    expect(sizeClassOf(undefined)).toBeNull();
    expect(sizeClassOf(-1)).toBeNull();
    expect(sizeClassOf(Number.NaN)).toBeNull();
  });

  it('has four adjoining classes with Dutch labels', () => {
    expect(SIZE_CLASSES.map((c) => c.label)).toEqual([
      'minder dan 20.000 inwoners',
      '20.000 tot 50.000 inwoners',
      '50.000 tot 100.000 inwoners',
      '100.000 inwoners of meer',
    ]);
    for (let i = 1; i < SIZE_CLASSES.length; i++) {
      expect(SIZE_CLASSES[i]?.min).toBe(SIZE_CLASSES[i - 1]?.max);
    }
  });
});
