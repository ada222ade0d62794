import { barChartModel, barChartSummary, type BarInput } from './bar-chart-model.js';

const ROW = 44;
const BAR = 16;
/** Share of the width the longest bar may take; the rest holds its value. */
const SPAN = 82;

export interface SortedBarChartProps {
  items: readonly BarInput[];
  /** Said before the summary, e.g. "Werkdruk per stadsdeel". */
  what: string;
  format: (value: number) => string;
  reference?: { value: number; label: string; above: string };
}

/**
 * Horizontal bars from high to low. Widths are percentages, so the chart reflows on a phone
 * instead of shrinking its text. The sentence above the bars says what they show, for everyone;
 * the picture itself is hidden from screen readers, and the table next to it has every figure.
 */
export function SortedBarChart({ items, what, format, reference }: SortedBarChartProps) {
  const model = barChartModel(items, reference?.value ?? null);
  const summary = barChartSummary(model, what, format, reference);
  const height = Math.max(1, model.bars.length) * ROW + (reference ? 24 : 0);
  return (
    <div className="mw-sorted-chart">
      <p className="utrecht-paragraph mw-sorted-chart__summary">{summary}</p>
      <svg
        aria-hidden="true"
        focusable="false"
        width="100%"
        height={height}
        className="mw-sorted-chart__svg"
      >
        {model.bars.map((bar, index) => {
          const y = index * ROW;
          return (
            <g key={bar.key}>
              <text x="0" y={y + 14} className="mw-sorted-chart__label">
                {bar.label}
              </text>
              <rect
                x="0"
                y={y + 20}
                width={`${Math.max(bar.length * SPAN, 0.3)}%`}
                height={BAR}
                className="mw-sorted-chart__bar"
              />
              <text x={`${bar.length * SPAN + 1}%`} y={y + 33} className="mw-sorted-chart__value">
                {format(bar.value)}
              </text>
            </g>
          );
        })}
        {reference && model.reference !== null && model.bars.length > 0 && (
          <g>
            <line
              x1={`${model.reference * SPAN}%`}
              x2={`${model.reference * SPAN}%`}
              y1="18"
              y2={model.bars.length * ROW}
              className="mw-sorted-chart__reference"
            />
            <text
              x={`${model.reference * SPAN}%`}
              y={model.bars.length * ROW + 18}
              textAnchor={model.reference > 0.5 ? 'end' : 'start'}
              className="mw-sorted-chart__reference-label"
            >
              {reference.label}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}
