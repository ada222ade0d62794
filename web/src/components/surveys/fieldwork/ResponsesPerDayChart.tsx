import type { FieldworkProgress } from '../../../../../shared/api/responses.schema.js';
import { TableContainer } from '../../Table.js';
import { perDaySummary, ratePoints } from './progress-model.js';

const BAR = 24;
const GAP = 8;
const HEIGHT = 120;

/**
 * Responses per day as bars, the cumulative response rate (0–100%) as a line over them. Every
 * day of the round, as in the table: the line is a running total and starts at the first day.
 * Decoration for sighted users: one role="img" with a summary, and the table next to it carries
 * every number. At least 1.5rem a day, so bars and labels stay readable on a phone: a long round
 * scrolls sideways in a focusable region, as wide tables do.
 */
export function ResponsesPerDayChart({ days }: { days: FieldworkProgress['perDag'] }) {
  const max = Math.max(1, ...days.map((d) => d.totaal));
  const width = days.length * (BAR + GAP);
  const points = ratePoints(days, { width: BAR, gap: GAP }, HEIGHT);
  return (
    <figure className="mw-bar-chart-figure">
      <TableContainer label="Grafiek: reacties en respons per dag">
        <svg
          role="img"
          aria-label={perDaySummary(days)}
          className="mw-bar-chart"
          style={{ minInlineSize: `${days.length * 1.5}rem` }}
          viewBox={`0 0 ${Math.max(width, BAR)} ${HEIGHT + 20}`}
          preserveAspectRatio="xMinYMax meet"
        >
          {days.map((day, index) => {
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
          <polyline
            points={points.map((p) => `${p.x},${p.y}`).join(' ')}
            className="mw-bar-chart__line"
          />
          {points.map((p) => (
            <circle key={`${p.x}`} cx={p.x} cy={p.y} r={3} className="mw-bar-chart__dot" />
          ))}
        </svg>
      </TableContainer>
      <figcaption className="mw-bar-chart__legend">
        Staven: reacties per dag. Lijn: respons tot en met die dag (0 tot 100%).
      </figcaption>
    </figure>
  );
}
