/*
 * A sorted horizontal bar chart as numbers: bar lengths, a reference line and the sentence a
 * screen reader hears instead of the picture. The table next to the chart has every figure.
 */

export interface BarInput {
  key: string;
  label: string;
  /** Null when the figure cannot be computed (no capacity entered, for instance). */
  value: number | null;
}

export interface Bar extends BarInput {
  value: number;
  /** Share of the longest bar, 0–1. */
  length: number;
}

export interface BarChartModel {
  bars: Bar[];
  /** Where the reference value falls, as a share of the axis; null when there is none. */
  reference: number | null;
  max: number;
  missing: BarInput[];
}

export function barChartModel(
  items: readonly BarInput[],
  reference: number | null = null,
): BarChartModel {
  const known = items.filter((item): item is BarInput & { value: number } =>
    Number.isFinite(item.value),
  );
  const sorted = [...known].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const max = Math.max(reference ?? 0, ...sorted.map((item) => item.value), Number.EPSILON);
  return {
    bars: sorted.map((item) => ({ ...item, length: item.value / max })),
    reference: reference === null ? null : reference / max,
    max,
    missing: items.filter((item) => !Number.isFinite(item.value)),
  };
}

/** "Hoogste druk: Escamp (1,32). Laagste: Haagse Hout (0,74). 2 van 8 boven 1." */
export function barChartSummary(
  model: BarChartModel,
  what: string,
  format: (value: number) => string,
  reference?: { value: number; above: string },
): string {
  const first = model.bars[0];
  const last = model.bars.at(-1);
  if (!first || !last) return `${what}: geen cijfers in deze periode.`;
  const parts = [
    `${what}, van hoog naar laag.`,
    `Hoogste: ${first.label} (${format(first.value)}).`,
  ];
  if (model.bars.length > 1) parts.push(`Laagste: ${last.label} (${format(last.value)}).`);
  if (reference) {
    const above = model.bars.filter((bar) => bar.value > reference.value).length;
    parts.push(`${above} van ${model.bars.length} ${reference.above}.`);
  }
  if (model.missing.length > 0)
    parts.push(`Zonder cijfer: ${model.missing.map((m) => m.label).join(', ')}.`);
  parts.push('De cijfers staan ook in de tabel.');
  return parts.join(' ');
}
