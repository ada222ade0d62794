import { linePoints, formatDay } from './outcomes-model.js';

const W = 236;
/** Room between the axis and the first and last point, so labels do not touch the ticks. */
const INSET = 14;
const H = 100;
const LEFT = 30;
const TOP = 10;
const BOTTOM = 24;
const RIGHT = 16;

export interface MarksLineChartProps {
  naam: string;
  verloop: readonly { datum: string; bewoner: number }[];
  summary: string;
}

/** The resident's marks on one domain over the measurement dates. */
export function MarksLineChart({ naam, verloop, summary }: MarksLineChartProps) {
  const points = linePoints(verloop, W, H).map((p) => ({ x: p.x + LEFT + INSET, y: p.y + TOP }));
  return (
    <figure className="mw-outcome-figure">
      <figcaption className="mw-outcome-figure__caption">{naam}</figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${LEFT + W + 2 * INSET + RIGHT} ${TOP + H + BOTTOM}`}
        className="mw-outcome-chart"
      >
        {[0, 50, 100].map((tick) => {
          const y = TOP + H - (tick / 100) * H;
          return (
            <g key={tick}>
              <line
                x1={LEFT}
                x2={LEFT + W + 2 * INSET}
                y1={y}
                y2={y}
                className="mw-outcome-chart__grid"
              />
              <text x={LEFT - 4} y={y + 4} textAnchor="end" className="mw-outcome-chart__tick">
                {tick}
              </text>
            </g>
          );
        })}
        <polyline
          points={points.map((p) => `${p.x},${p.y}`).join(' ')}
          className="mw-outcome-chart__line"
        />
        {points.map((p, index) => (
          <g key={verloop[index]!.datum + String(index)}>
            <circle cx={p.x} cy={p.y} r={4} className="mw-outcome-chart__dot" />
            <text x={p.x} y={p.y - 7} textAnchor="middle" className="mw-outcome-chart__value">
              {verloop[index]!.bewoner}
            </text>
            {(points.length <= 3 || index === 0 || index === points.length - 1) && (
              <text
                x={p.x}
                y={TOP + H + 16}
                textAnchor={
                  index === 0 && points.length > 1
                    ? 'start'
                    : index === points.length - 1 && points.length > 1
                      ? 'end'
                      : 'middle'
                }
                className="mw-outcome-chart__tick"
              >
                {formatDay(verloop[index]!.datum)}
              </text>
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
