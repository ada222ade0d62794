import { describe, expect, it } from 'vitest';
import { suppressPartition } from './suppression.js';

describe('suppressPartition', () => {
  it('hides nothing when no cell is small', () => {
    expect(suppressPartition([10, 25, 40], 10)).toEqual([false, false, false]);
  });

  it('hides one small cell and the smallest other one, so the small cell cannot be computed back', () => {
    // 120 − 40 − 50 would give the 7 if only it were hidden; hiding the 23 too leaves 30 for two cells
    expect(suppressPartition([50, 7, 23, 40], 10)).toEqual([false, true, true, false]);
  });

  it('takes the first of equally small cells for the secondary suppression', () => {
    expect(suppressPartition([30, 3, 30, 40], 10)).toEqual([true, true, false, false]);
  });

  it('treats 0 as a small cell', () => {
    expect(suppressPartition([0, 40, 50, 60], 10)).toEqual([true, true, false, false]);
  });

  it('hides both cells of a two-way breakdown with one small cell', () => {
    expect(suppressPartition([4, 200], 10)).toEqual([true, true]);
  });

  it('leaves two small cells that hold at least the threshold together', () => {
    // hidden 6 + 7 = 13 ≥ 10: only their sum can be computed
    expect(suppressPartition([6, 7, 100, 200], 10)).toEqual([true, true, false, false]);
  });

  it('hides more when the hidden cells together are still fewer than the threshold', () => {
    // 3 + 4 = 7 could be computed back as a group of 7; hide the 30 as well
    expect(suppressPartition([3, 4, 30, 100, 200], 10)).toEqual([true, true, true, false, false]);
  });

  it('may leave one cell visible: the hidden ones then only show as a sum of at least the threshold', () => {
    // 5 + 100 hidden: 200 is shown, 105 = total − 200 reveals neither 5 nor 100
    expect(suppressPartition([5, 100, 200], 10)).toEqual([true, true, false]);
    // 3 + 4 = 7 is still too small a group, so the 100 goes too
    expect(suppressPartition([3, 4, 100], 10)).toEqual([true, true, true]);
  });

  it('hides everything when all cells are small', () => {
    expect(suppressPartition([2, 3, 4], 10)).toEqual([true, true, true]);
    expect(suppressPartition([9], 10)).toEqual([true]);
  });

  it('never leaves a hidden total below the threshold or exactly one hidden cell', () => {
    const cases = [
      [1, 2, 3, 50, 60],
      [0, 0, 0, 11],
      [9, 10, 11, 12],
      [9, 9, 9, 9, 100],
      [12, 0, 15, 1, 80, 7],
    ];
    for (const counts of cases) {
      const hide = suppressPartition(counts, 10);
      const hidden = counts.filter((_, i) => hide[i]);
      const visible = counts.length - hidden.length;
      // every small cell hidden
      counts.forEach((c, i) => {
        if (c < 10) expect(hide[i]).toBe(true);
      });
      if (hidden.length > 0) {
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(visible === 0 || hidden.reduce((a, b) => a + b, 0) >= 10).toBe(true);
      }
    }
  });

  it('returns an empty list for an empty breakdown and rejects bad counts', () => {
    expect(suppressPartition([], 10)).toEqual([]);
    expect(() => suppressPartition([1.5, 3], 10)).toThrow(RangeError);
    expect(() => suppressPartition([-1, 3], 10)).toThrow(RangeError);
  });
});
