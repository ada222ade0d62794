import type { HistoryRow } from './outcomes-model.js';

const LABEL = 130;
const PLOT = 220;
const ROW = 34;
const TOP = 20;

/**
 * First and latest mark per domain as paired bars: the first as a hollow bar, the latest as a
 * solid bar, with the numbers printed, so neither colour nor shape alone carries the meaning.
 */
export function FirstLatestChart({
  rows,
  summary,
}: {
  rows: readonly Pick<HistoryRow, 'code' | 'naam' | 'eerste' | 'laatste'>[];
  summary: string;
}) {
  const shown = rows.filter((r) => r.eerste !== null && r.laatste !== null);
  const height = TOP + shown.length * ROW + 4;
  return (
    <figure className="mw-outcome-figure mw-outcome-figure--wide">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${LABEL + PLOT + 36} ${height}`}
        className="mw-outcome-chart"
      >
        <g className="mw-outcome-chart__legend">
          <rect x={LABEL} y={4} width={12} height={8} className="mw-outcome-chart__first" />
          <text x={LABEL + 16} y={12} className="mw-outcome-chart__tick">
            eerste
          </text>
          <rect x={LABEL + 70} y={4} width={12} height={8} className="mw-outcome-chart__latest" />
          <text x={LABEL + 86} y={12} className="mw-outcome-chart__tick">
            laatste
          </text>
        </g>
        {shown.map((row, index) => {
          const y = TOP + index * ROW;
          return (
            <g key={row.code}>
              <text x={LABEL - 6} y={y + 17} textAnchor="end" className="mw-outcome-chart__label">
                {row.naam.length > 20 ? `${row.naam.slice(0, 19)}…` : row.naam}
              </text>
              <rect
                x={LABEL}
                y={y + 3}
                width={(row.eerste! / 100) * PLOT}
                height={11}
                className="mw-outcome-chart__first"
              />
              <text
                x={LABEL + (row.eerste! / 100) * PLOT + 4}
                y={y + 12}
                className="mw-outcome-chart__tick"
              >
                {row.eerste}
              </text>
              <rect
                x={LABEL}
                y={y + 16}
                width={(row.laatste! / 100) * PLOT}
                height={11}
                className="mw-outcome-chart__latest"
              />
              <text
                x={LABEL + (row.laatste! / 100) * PLOT + 4}
                y={y + 26}
                className="mw-outcome-chart__tick"
              >
                {row.laatste}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
