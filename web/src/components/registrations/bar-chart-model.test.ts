import { describe, expect, it } from 'vitest';
import { barChartModel, barChartSummary } from './bar-chart-model.js';

const format = (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

describe('the sorted bar chart', () => {
  const items = [
    { key: 'a', label: 'Centrum', value: 0.9 },
    { key: 'b', label: 'Escamp', value: 1.5 },
    { key: 'c', label: 'Loosduinen', value: null },
    { key: 'd', label: 'Haagse Hout', value: 0.6 },
  ];

  it('sorts from high to low and scales to the longest bar or the reference line', () => {
    const model = barChartModel(items, 1);
    expect(model.bars.map((bar) => bar.label)).toEqual(['Escamp', 'Centrum', 'Haagse Hout']);
    const lengths = model.bars.map((bar) => bar.length);
    expect(lengths[0]).toBe(1);
    expect(lengths[1]).toBeCloseTo(0.6);
    expect(lengths[2]).toBeCloseTo(0.4);
    expect(model.reference).toBeCloseTo(1 / 1.5);
    expect(model.missing.map((m) => m.label)).toEqual(['Loosduinen']);
    // All below the reference: the reference line is the end of the axis.
    const low = barChartModel([{ key: 'a', label: 'A', value: 0.5 }], 1);
    expect(low.reference).toBe(1);
    expect(low.bars[0]?.length).toBe(0.5);
  });

  it('tells a screen reader the highest, the lowest and how many are above the line', () => {
    const text = barChartSummary(barChartModel(items, 1), 'Werkdruk per stadsdeel', format, {
      value: 1,
      above: 'hebben meer vraag dan capaciteit',
    });
    expect(text).toBe(
      'Werkdruk per stadsdeel, van hoog naar laag. Hoogste: Escamp (1,5). Laagste: Haagse Hout (0,6). ' +
        '1 van 3 hebben meer vraag dan capaciteit. Zonder cijfer: Loosduinen. De cijfers staan ook in de tabel.',
    );
    expect(barChartSummary(barChartModel([]), 'Werkdruk', format)).toBe(
      'Werkdruk: geen cijfers in deze periode.',
    );
  });
});
