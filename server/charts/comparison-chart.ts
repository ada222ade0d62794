import { BarChart, CustomChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Figure } from '../../shared/api/results.schema.js';
import { escapeHtml } from '../public/html.js';
import { percent, shown } from './format.js';

echarts.use([BarChart, CustomChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * Horizontal bar charts of the share positive per question, a gemeente against its comparison
 * group, rendered on the server as SVG by ECharts (no script in the page). Each question has
 * two bars: the gemeente's (solid) and the comparison's (striped, so colour is never the only
 * difference), each with its 95% interval as a whisker and its value written next to it.
 * A suppressed figure has no bar but the words "te weinig antwoorden".
 *
 * The SVG is made fit for a strict page: no `style` attributes or `<style>` element (the CSP
 * allows only the stylesheet), no event hints, numbers rounded; it carries `role="img"`, a
 * `<title>` and a `<desc>` that name it for screen readers. A page always shows the same data
 * as a table and a one-sentence summary next to it.
 */

export const OWN_COLOUR = '#154273';
export const COMPARISON_COLOUR = '#a14d00';
const TEXT_COLOUR = '#1a1a1a';
const GRID_COLOUR = '#c5cad1';
const AXIS_COLOUR = '#3d5374';
const WIDTH = 330;
const ROW_HEIGHT = 60;
const TOP = 34;
const BOTTOM = 30;
const LEFT = 70;
const RIGHT = 62;
const BAR_WIDTH = 16;
const BAR_GAP_PX = 5;
const FONT = 'Arial, Helvetica, sans-serif';

export interface ChartRow {
  /** Short name on the axis, e.g. "Vraag 1". */
  label: string;
  own: Figure | null;
  comparison: Figure | null;
}

export interface ComparisonChartInput {
  /** Unique on the page: used for the ids of the title and description. */
  id: string;
  title: string;
  /** The one-sentence summary, read as the chart's description. */
  summary: string;
  ownName: string;
  comparisonName: string;
  rows: ChartRow[];
}

type Row = [index: number, low: number, high: number, value: number, offset: number];

/** The whisker of the interval plus the value (or "te weinig antwoorden") behind it. */
function whiskers(rows: ChartRow[], pick: 'own' | 'comparison', offset: number) {
  const data: (Row | [number, null, null, null, number])[] = rows.map((row, index) => {
    const figure = shown(row[pick]);
    return figure
      ? [index, figure.ciLaag, figure.ciHoog, figure.pctPositief, offset]
      : [index, null, null, null, offset];
  });
  return {
    type: 'custom' as const,
    silent: true,
    z: 3,
    encode: { x: [1, 2], y: 0 },
    data,
    renderItem: (
      _params: unknown,
      api: { value: (i: number) => number | null; coord: (p: [number, number]) => number[] },
    ) => {
      const index = api.value(0) ?? 0;
      const low = api.value(1);
      const high = api.value(2);
      const value = api.value(3);
      const shift = api.value(4) ?? 0;
      if (low === null || high === null || value === null || Number.isNaN(low)) {
        const [x = 0, y = 0] = api.coord([0, index]);
        return {
          type: 'text',
          x: x + 4,
          y: y + shift,
          style: {
            text: 'te weinig antwoorden',
            fill: TEXT_COLOUR,
            fontSize: 13,
            fontFamily: FONT,
            verticalAlign: 'middle',
          },
        };
      }
      const [x1 = 0, y0 = 0] = api.coord([low, index]);
      const [x2 = 0] = api.coord([high, index]);
      const [xv = 0] = api.coord([value, index]);
      const y = y0 + shift;
      const cap = 4;
      const line = { stroke: TEXT_COLOUR, lineWidth: 1.5 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1, y1: y, x2, y2: y }, style: line },
          { type: 'line', shape: { x1, y1: y - cap, x2: x1, y2: y + cap }, style: line },
          { type: 'line', shape: { x1: x2, y1: y - cap, x2, y2: y + cap }, style: line },
          {
            type: 'text',
            x: Math.max(x2, xv) + 5,
            y,
            style: {
              text: percent(value),
              fill: TEXT_COLOUR,
              fontSize: 14,
              fontFamily: FONT,
              fontWeight: 'bold',
              verticalAlign: 'middle',
            },
          },
        ],
      };
    },
  };
}

function optionFor(input: ComparisonChartInput) {
  const values = (pick: 'own' | 'comparison') =>
    input.rows.map((row) => shown(row[pick])?.pctPositief ?? null);
  const bar = {
    type: 'bar' as const,
    barWidth: BAR_WIDTH,
    barGap: `${(BAR_GAP_PX / BAR_WIDTH) * 100}%`,
  };
  // With the category axis upside down, the first series is drawn above the second.
  const half = BAR_WIDTH / 2 + BAR_GAP_PX / 2;
  return {
    animation: false,
    aria: { enabled: false },
    textStyle: { fontFamily: FONT, color: TEXT_COLOUR },
    legend: {
      top: 4,
      left: 4,
      itemWidth: 22,
      itemHeight: 12,
      textStyle: { fontSize: 14, color: TEXT_COLOUR, fontFamily: FONT },
      data: [input.ownName, input.comparisonName],
      selectedMode: false,
    },
    grid: { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM, containLabel: false },
    xAxis: {
      type: 'value' as const,
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { formatter: '{value}%', fontSize: 13, color: AXIS_COLOUR },
      splitLine: { lineStyle: { color: GRID_COLOUR } },
    },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: input.rows.map((row) => row.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: AXIS_COLOUR } },
      axisLabel: { fontSize: 14, color: TEXT_COLOUR },
    },
    series: [
      {
        ...bar,
        name: input.ownName,
        data: values('own'),
        itemStyle: { color: OWN_COLOUR },
      },
      {
        ...bar,
        name: input.comparisonName,
        data: values('comparison'),
        itemStyle: {
          color: COMPARISON_COLOUR,
          decal: {
            symbol: 'rect',
            symbolSize: 1,
            dashArrayX: [1, 0],
            dashArrayY: [2, 3],
            rotation: -Math.PI / 4,
            color: 'rgba(255,255,255,0.55)',
          },
        },
      },
      whiskers(input.rows, 'own', -half),
      whiskers(input.rows, 'comparison', half),
    ],
  };
}

/** Presentation properties ECharts writes in `style`, which the CSP would refuse. */
const STYLE_PROPERTIES = new Set(['font-size', 'font-family', 'font-weight', 'font-style']);

function styleToAttributes(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim()))
    .filter(([name, value]) => name && value && STYLE_PROPERTIES.has(name))
    .map(([name, value]) => ` ${name}="${escapeHtml(value!.replace(/["']/g, ''))}"`)
    .join('');
}

/** Makes ECharts' SVG fit for an inline, script-free, style-free, accessible page. */
export function cleanSvg(svg: string, input: { id: string; title: string; summary: string }) {
  const titleId = `${input.id}-titel`;
  const descId = `${input.id}-beschrijving`;
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? `0 0 ${WIDTH} 200`;
  const body = svg
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<rect width="[\d.]+" height="[\d.]+" x="0" y="0" fill="none"><\/rect>/, '')
    .replace(/ style="([^"]*)"/g, (_m, style: string) => styleToAttributes(style))
    .replace(/ (class|pointer-events|xml:space|ecmeta_[a-z_]+)="[^"]*"/g, '')
    // The font is set once on the root below.
    .replace(/ font-family="[^"]*"/g, '')
    .replace(/(<path d="[^"]*") fill="#000"( stroke=)/g, '$1$2')
    .replace(/(\d+\.\d)\d+/g, '$1')
    .replace(/\n/g, '');
  // Pattern ids must be unique on a page that shows several charts.
  const unique = body.replace(/zr\d+-p(\d+)/g, `${input.id}-p$1`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" class="bm-chart" role="img" ` +
    `focusable="false" font-family="${FONT}" aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<title id="${titleId}">${escapeHtml(input.title)}</title>` +
    `<desc id="${descId}">${escapeHtml(input.summary)}</desc>${unique}</svg>`
  );
}

export function chartHeight(rows: number): number {
  return TOP + BOTTOM + Math.max(1, rows) * ROW_HEIGHT;
}

/** One chart as an SVG string, ready to be placed in a page. Takes a few milliseconds. */
export function renderComparisonChart(input: ComparisonChartInput): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: WIDTH,
    height: chartHeight(input.rows.length),
  });
  try {
    chart.setOption(optionFor(input));
    return cleanSvg(chart.renderToSVGString(), input);
  } finally {
    chart.dispose();
  }
}

/**
 * The summary that goes with a chart, in plain Dutch: "In 3 van de 4 vragen ligt Assen boven de
 * regio, in 1 eronder." plus how many differences are significant and how many questions could
 * not be compared.
 */
export function comparisonSummary(
  ownName: string,
  comparisonName: string,
  rows: { own: Figure | null; comparison: Figure | null; significant: boolean | null }[],
): string {
  const compared = rows.filter((row) => shown(row.own) && shown(row.comparison));
  const missing = rows.length - compared.length;
  const above = compared.filter(
    (row) => shown(row.own)!.pctPositief > shown(row.comparison)!.pctPositief,
  );
  const significant = compared.filter((row) => row.significant === true).length;
  const sentences: string[] = [];
  if (compared.length === 0) {
    sentences.push(
      `Er zijn te weinig antwoorden om ${ownName} met ${comparisonName} te vergelijken.`,
    );
    return sentences.join(' ');
  }
  if (rows.length === 1) {
    const own = shown(compared[0]!.own)!;
    const other = shown(compared[0]!.comparison)!;
    const where =
      own.pctPositief > other.pctPositief
        ? 'boven'
        : own.pctPositief < other.pctPositief
          ? 'onder'
          : 'gelijk aan';
    sentences.push(
      `Bij deze vraag ligt ${ownName} ${where} ${comparisonName} ` +
        `(${percent(own.pctPositief)} tegen ${percent(other.pctPositief)}).`,
    );
  } else {
    const n = compared.length;
    const below = compared.filter(
      (row) => shown(row.own)!.pctPositief < shown(row.comparison)!.pctPositief,
    ).length;
    const equal = n - above.length - below;
    const all =
      n === 1
        ? 'Bij de ene vraag die te vergelijken is'
        : n === 2
          ? 'Bij beide vragen'
          : `Bij alle ${n} vragen`;
    if (above.length === n) {
      sentences.push(`${all} ligt ${ownName} boven ${comparisonName}.`);
    } else if (below === n) {
      sentences.push(`${all} ligt ${ownName} onder ${comparisonName}.`);
    } else {
      const rest = [below > 0 ? `in ${below} eronder` : '', equal > 0 ? `in ${equal} gelijk` : '']
        .filter(Boolean)
        .join(' en ');
      sentences.push(
        `In ${above.length} van de ${n} vragen ligt ${ownName} boven ${comparisonName}${rest ? `, ${rest}` : ''}.`,
      );
    }
  }
  if (rows.length === 1) {
    sentences.push(
      significant > 0
        ? 'Het verschil is zo groot dat het waarschijnlijk geen toeval is.'
        : 'Het verschil kan op toeval berusten.',
    );
  } else if (significant > 0) {
    sentences.push(
      significant === 1
        ? 'Bij 1 vraag is het verschil zo groot dat het waarschijnlijk geen toeval is.'
        : `Bij ${significant} vragen is het verschil zo groot dat het waarschijnlijk geen toeval is.`,
    );
  } else {
    sentences.push('De verschillen zijn klein genoeg om op toeval te kunnen berusten.');
  }
  if (missing > 0 && rows.length > 1) {
    sentences.push(
      missing === 1
        ? 'Bij 1 vraag zijn te weinig antwoorden om te vergelijken.'
        : `Bij ${missing} vragen zijn te weinig antwoorden om te vergelijken.`,
    );
  }
  return sentences.join(' ');
}
