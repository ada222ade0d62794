import { renderComparisonChart, type ComparisonChartInput } from './comparison-chart.js';

/**
 * Rendered charts kept by their full input: the same gemeente, round and counts give the same
 * input and so the same chart, and new counts give a new key by themselves (nothing to
 * invalidate). Bounded, oldest out first.
 */
export class ChartCache {
  private readonly charts = new Map<string, string>();
  hits = 0;
  misses = 0;

  constructor(private readonly limit = 400) {}

  render(input: ComparisonChartInput): string {
    const key = JSON.stringify(input);
    const known = this.charts.get(key);
    if (known !== undefined) {
      this.hits += 1;
      // Move to the back: recently used charts stay longest.
      this.charts.delete(key);
      this.charts.set(key, known);
      return known;
    }
    this.misses += 1;
    const svg = renderComparisonChart(input);
    this.charts.set(key, svg);
    if (this.charts.size > this.limit) {
      const oldest = this.charts.keys().next().value;
      if (oldest !== undefined) this.charts.delete(oldest);
    }
    return svg;
  }

  get size(): number {
    return this.charts.size;
  }
}
