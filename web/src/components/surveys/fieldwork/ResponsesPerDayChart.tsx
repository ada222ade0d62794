import type { FieldworkProgress } from '../../../../../shared/api/responses.schema.js';
import { formatDay } from './ProgressTables.js';

const BAR = 24;
const GAP = 8;
const HEIGHT = 120;

/**
 * Responses per day as bars. Decoration for sighted users: one role="img" with a summary, and
 * the table next to it carries every number.
 */
export function ResponsesPerDayChart({ days }: { days: FieldworkProgress['perDag'] }) {
  const shown = days.slice(-30);
  const max = Math.max(1, ...shown.map((d) => d.totaal));
  const total = shown.reduce((sum, d) => sum + d.totaal, 0);
  const busiest = shown.reduce((best, d) => (d.totaal > (best?.totaal ?? -1) ? d : best), shown[0]);
  const summary = busiest
    ? `Reacties per dag over ${shown.length} dagen, samen ${total}. Drukste dag: ${formatDay(busiest.datum)} met ${busiest.totaal}. De cijfers staan in de tabel.`
    : 'Nog geen reacties.';
  const width = shown.length * (BAR + GAP);
  return (
    <svg
      role="img"
      aria-label={summary}
      className="mw-bar-chart"
      viewBox={`0 0 ${Math.max(width, BAR)} ${HEIGHT + 20}`}
      preserveAspectRatio="xMinYMax meet"
    >
      {shown.map((day, index) => {
        const height = Math.round((day.totaal / max) * HEIGHT);
        const x = index * (BAR + GAP);
        return (
          <g key={day.datum}>
            <rect
              x={x}
              y={HEIGHT - height}
              width={BAR}
              height={height}
              className="mw-bar-chart__bar"
            />
            <text
              x={x + BAR / 2}
              y={HEIGHT + 14}
              textAnchor="middle"
              className="mw-bar-chart__label"
            >
              {day.totaal}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
