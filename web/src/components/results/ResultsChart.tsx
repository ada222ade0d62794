import type { QuestionResult } from '../../../../shared/api/results.schema.js';
import { chartComparison, scaleX } from './results-model.js';

const LABEL = 44;
const PLOT = 300;
const RIGHT = 12;
const TOP = 22;
const ROW = 30;
const BAR = 14;
const TICKS = [0, 25, 50, 75, 100];

export interface ResultsChartProps {
  questions: readonly QuestionResult[];
  /** The text summary, also read as the chart's name. */
  summary: string;
}

/**
 * Share positive per question as horizontal bars, with the 95% interval as a whisker and the
 * first comparison as a diamond. One role="img" with a summary: the table beside it carries
 * every number, so nothing is lost for screen readers or without colour.
 */
export function ResultsChart({ questions, summary }: ResultsChartProps) {
  const height = TOP + questions.length * ROW + 4;
  const width = LABEL + PLOT + RIGHT;
  const anyComparison = questions.some((q) => chartComparison(q) !== null);
  const comparisonLabel = questions.map(chartComparison).find((c) => c !== null)?.label;
  return (
    <figure className="mw-results-figure">
      <svg
        role="img"
        aria-label={summary}
        className="mw-results-chart"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {TICKS.map((tick) => {
          const x = LABEL + scaleX(tick, PLOT);
          return (
            <g key={tick}>
              <line x1={x} x2={x} y1={TOP - 4} y2={height} className="mw-results-chart__grid" />
              <text
                x={x}
                y={TOP - 8}
                textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}
                className="mw-results-chart__tick"
              >
                {tick}%
              </text>
            </g>
          );
        })}
        {questions.map((question, index) => {
          const y = TOP + index * ROW + (ROW - BAR) / 2;
          const mid = y + BAR / 2;
          const figure = question.cijfer;
          const shown = figure && !figure.onderdrukt && figure.pctPositief !== null;
          const comparison = chartComparison(question);
          return (
            <g key={question.vraagId}>
              <text x={0} y={mid + 4} className="mw-results-chart__label">
                {question.vraagId}
              </text>
              {shown ? (
                <>
                  <rect
                    x={LABEL}
                    y={y}
                    width={scaleX(figure.pctPositief!, PLOT)}
                    height={BAR}
                    className={
                      figure.signaal
                        ? 'mw-results-chart__bar mw-results-chart__bar--signal'
                        : 'mw-results-chart__bar'
                    }
                  />
                  {figure.ciLaag !== null && figure.ciHoog !== null && (
                    <g className="mw-results-chart__whisker">
                      <line
                        x1={LABEL + scaleX(figure.ciLaag, PLOT)}
                        x2={LABEL + scaleX(figure.ciHoog, PLOT)}
                        y1={mid}
                        y2={mid}
                      />
                      <line
                        x1={LABEL + scaleX(figure.ciLaag, PLOT)}
                        x2={LABEL + scaleX(figure.ciLaag, PLOT)}
                        y1={mid - 5}
                        y2={mid + 5}
                      />
                      <line
                        x1={LABEL + scaleX(figure.ciHoog, PLOT)}
                        x2={LABEL + scaleX(figure.ciHoog, PLOT)}
                        y1={mid - 5}
                        y2={mid + 5}
                      />
                    </g>
                  )}
                </>
              ) : (
                <text x={LABEL + 4} y={mid + 4} className="mw-results-chart__label">
                  – niet getoond
                </text>
              )}
              {comparison && comparison.cijfer.pctPositief !== null && (
                <path
                  d={diamond(LABEL + scaleX(comparison.cijfer.pctPositief, PLOT), mid)}
                  className="mw-results-chart__marker"
                />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mw-chart-legend">
        <span>
          <svg aria-hidden="true" viewBox="0 0 20 12" className="mw-legend-swatch">
            <rect x="0" y="1" width="20" height="10" className="mw-results-chart__bar" />
          </svg>
          percentage positief
        </span>
        <span>
          <svg aria-hidden="true" viewBox="0 0 20 12" className="mw-legend-swatch">
            <g className="mw-results-chart__whisker">
              <line x1="2" x2="18" y1="6" y2="6" />
              <line x1="2" x2="2" y1="1" y2="11" />
              <line x1="18" x2="18" y1="1" y2="11" />
            </g>
          </svg>
          95%-interval
        </span>
        {anyComparison && comparisonLabel && (
          <span>
            <svg aria-hidden="true" viewBox="0 0 20 12" className="mw-legend-swatch">
              <path d={diamond(10, 6)} className="mw-results-chart__marker" />
            </svg>
            {comparisonLabel}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

function diamond(x: number, y: number): string {
  const r = 6;
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}
