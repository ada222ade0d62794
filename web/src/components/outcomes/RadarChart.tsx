import { useId } from 'react';
import { FirstLatestChart } from './FirstLatestChart.js';
import type { HistoryRow } from './outcomes-model.js';
import {
  labelPlacement,
  polygonPoints,
  RADAR_LAYOUT,
  radarPoint,
  wrapLabel,
} from './radar-model.js';

const {
  radius: RADIUS,
  side: SIDE,
  topRoom: TOP_ROOM,
  legend: LEGEND,
  lineHeight: LINE,
  labelChars: LABEL_CHARS,
  labelGap: GAP,
} = RADAR_LAYOUT;
const RINGS = [25, 50, 75, 100] as const;

export interface RadarChartProps {
  rows: readonly Pick<HistoryRow, 'code' | 'naam' | 'eerste' | 'laatste'>[];
  /** The chart's name, e.g. "Eerste en laatste cijfer per leefgebied". */
  title: string;
  /** One sentence about the change, read after the title. */
  summary: string;
}

/**
 * First and latest mark per domain on a radar: one axis per domain (0 at the centre, 100 at the
 * edge), the first measurement as a dashed outline with square markers, the latest as a filled
 * shape with round markers, so neither colour nor shape alone carries the meaning. With fewer
 * than three domains a radar says nothing: the paired bars are shown instead.
 */
export function RadarChart({ rows, title, summary }: RadarChartProps) {
  const titleId = useId();
  const descId = useId();
  const shown = rows.filter((r) => r.eerste !== null && r.laatste !== null);
  if (shown.length < 3) return <FirstLatestChart rows={rows} summary={`${title}. ${summary}`} />;
  const count = shown.length;
  const centre = { x: SIDE + RADIUS, y: LEGEND + TOP_ROOM + RADIUS };
  const width = 2 * (SIDE + RADIUS);
  const height = LEGEND + 2 * (TOP_ROOM + RADIUS);
  const first = shown.map((r) => r.eerste!);
  const latest = shown.map((r) => r.laatste!);
  return (
    <figure className="mw-outcome-figure mw-outcome-figure--radar">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        className="mw-outcome-chart mw-radar"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        <g className="mw-radar__legend" aria-hidden="true">
          <line x1={centre.x - 96} x2={centre.x - 74} y1={12} y2={12} className="mw-radar__first" />
          <rect x={centre.x - 89} y={8} width={8} height={8} className="mw-radar__first-marker" />
          <text x={centre.x - 68} y={16} className="mw-outcome-chart__tick">
            eerste meting
          </text>
          <rect x={centre.x + 14} y={5} width={22} height={14} className="mw-radar__latest" />
          <circle cx={centre.x + 25} cy={12} r={4} className="mw-radar__latest-marker" />
          <text x={centre.x + 42} y={16} className="mw-outcome-chart__tick">
            laatste meting
          </text>
        </g>
        <g aria-hidden="true">
          {RINGS.map((ring) => (
            <polygon
              key={ring}
              points={polygonPoints(
                shown.map(() => ring),
                RADIUS,
                centre,
              )}
              className="mw-outcome-chart__grid mw-radar__ring"
            />
          ))}
          {shown.map((row, index) => {
            const end = radarPoint(index, count, 100, RADIUS, centre);
            return (
              <line
                key={row.code}
                x1={centre.x}
                y1={centre.y}
                x2={end.x}
                y2={end.y}
                className="mw-outcome-chart__grid"
              />
            );
          })}
          <polygon points={polygonPoints(latest, RADIUS, centre)} className="mw-radar__latest" />
          <polygon points={polygonPoints(first, RADIUS, centre)} className="mw-radar__first" />
          {first.map((value, index) => {
            const p = radarPoint(index, count, value, RADIUS, centre);
            return (
              <rect
                key={`e${shown[index]!.code}`}
                x={p.x - 3.5}
                y={p.y - 3.5}
                width={7}
                height={7}
                className="mw-radar__first-marker"
              />
            );
          })}
          {latest.map((value, index) => {
            const p = radarPoint(index, count, value, RADIUS, centre);
            return (
              <circle
                key={`l${shown[index]!.code}`}
                cx={p.x}
                cy={p.y}
                r={4}
                className="mw-radar__latest-marker"
              />
            );
          })}
          {RINGS.map((ring) => (
            <text
              key={ring}
              x={centre.x + 4}
              y={centre.y - (ring / 100) * RADIUS + 11}
              className="mw-outcome-chart__tick mw-radar__ring-label"
            >
              {ring}
            </text>
          ))}
          {shown.map((row, index) => {
            const lines = wrapLabel(row.naam, LABEL_CHARS);
            const place = labelPlacement(index, count, RADIUS, lines.length, LINE, GAP, centre);
            return (
              <text
                key={`n${row.code}`}
                x={place.x}
                y={place.y}
                textAnchor={place.anchor}
                className="mw-outcome-chart__label mw-radar__label"
              >
                {lines.map((line, n) => (
                  <tspan key={n} x={place.x} dy={n === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
