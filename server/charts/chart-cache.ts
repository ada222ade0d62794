import { Cache } from '../platform/cache.js';
import { renderComparisonChart, type ComparisonChartInput } from './comparison-chart.js';

/**
 * Rendered charts kept by their full input: the same gemeente, round and counts give the same
 * input and so the same chart, and new counts give a new key by themselves (nothing to
 * invalidate). Bounded: the least recently used chart goes first.
 */
export class ChartCache {
  private readonly charts: Cache<string>;
  hits = 0;
  misses = 0;

  constructor(limit = 400) {
    this.charts = new Cache({ size: limit });
  }

  render(input: ComparisonChartInput): string {
    const key = JSON.stringify(input);
    const known = this.charts.get(key);
    if (known !== undefined) {
      this.hits += 1;
      return known;
    }
    this.misses += 1;
    const svg = renderComparisonChart(input);
    this.charts.set(key, svg);
    return svg;
  }

  get size(): number {
    return this.charts.size;
  }
}
