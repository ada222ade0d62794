import {
  COMPARISON_KINDS,
  COMPARISON_LABELS,
  type Comparison,
  type ComparisonKind,
  type Figure,
  type GemeenteResults,
  type QuestionResult,
} from '../../../../shared/api/results.schema.js';
import { THEME_LABELS, type Theme } from '../../../../shared/surveys/questionnaire.js';

/*
 * Pure view-model functions of the results screens: how figures read in Dutch, what a
 * comparison says in words, and how the chosen view lives in the address bar. No React here,
 * so every wording is unit-tested.
 */

const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** The mark shown for a figure that is not shown. */
export const SUPPRESSED = '–';

/** "75,3%"; "–" when there is no figure. */
export function formatPct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return SUPPRESSED;
  return `${oneDecimal.format(value)}%`;
}

/** "71,2–79,1%": the 95% interval. */
export function formatInterval(low: number | null, high: number | null): string {
  if (low === null || high === null) return SUPPRESSED;
  return `${oneDecimal.format(low)}–${oneDecimal.format(high)}%`;
}

/** "1.234"; "–" when there is no number. Effective sizes are rounded to whole people. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return SUPPRESSED;
  return whole.format(value);
}

/** "+3,2 procentpunt", "−0,4 procentpunt", "0,0 procentpunt". */
export function formatDifference(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return SUPPRESSED;
  const rounded = Math.round(value * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${oneDecimal.format(Math.abs(rounded))} procentpunt`;
}

/** "p = 0,012"; "p < 0,001" for the very small. */
export function formatPValue(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return SUPPRESSED;
  if (p < 0.001) return 'p < 0,001';
  return `p = ${p.toLocaleString('nl-NL', { minimumFractionDigits: 3, maximumFractionDigits: 3 })}`;
}

export type Significance = 'hoger' | 'lager' | 'gelijk' | 'onbekend';

/** The direction of a difference, from the gemeente's point of view. */
export function directionOf(comparison: Pick<Comparison, 'verschil'>): Significance {
  const { verschil } = comparison;
  if (verschil === null || !Number.isFinite(verschil)) return 'onbekend';
  const rounded = Math.round(verschil * 10) / 10;
  if (rounded > 0) return 'hoger';
  if (rounded < 0) return 'lager';
  return 'gelijk';
}

/**
 * What a comparison says, in words (never by colour alone): "hoger, significant",
 * "lager, niet significant", "gelijk", or why there is nothing to say.
 */
export function significanceText(
  comparison: Pick<Comparison, 'verschil' | 'significant'> & { aantalGemeenten?: number },
): string {
  if (comparison.aantalGemeenten === 0) return 'geen cijfer om mee te vergelijken';
  const direction = directionOf(comparison);
  if (direction === 'onbekend' || comparison.significant === null) {
    return 'niet te vergelijken (te weinig antwoorden)';
  }
  if (direction === 'gelijk') {
    return comparison.significant ? 'gelijk' : 'gelijk, niet significant';
  }
  return `${direction}, ${comparison.significant ? 'significant' : 'niet significant'}`;
}

/** One sentence for a comparison, for summaries: "3,2 procentpunt hoger dan …". */
export function comparisonSentence(comparison: Comparison): string {
  if (comparison.aantalGemeenten === 0) return `${comparison.label}: geen vergelijking.`;
  const direction = directionOf(comparison);
  if (direction === 'onbekend' || comparison.verschil === null) {
    return `Geen vergelijking met ${lowerFirst(comparison.label)}: te weinig antwoorden.`;
  }
  if (direction === 'gelijk') return `Gelijk aan ${lowerFirst(comparison.label)}.`;
  const amount = oneDecimal.format(Math.abs(Math.round(comparison.verschil * 10) / 10));
  const tail = comparison.significant
    ? 'Dit verschil is significant.'
    : 'Dit verschil kan toeval zijn (niet significant).';
  return `${amount} procentpunt ${direction} dan ${lowerFirst(comparison.label)}. ${tail}`;
}

/** Common words that start a comparison's label; names of gemeenten keep their capital. */
const COMMON_STARTS = /^(Gemiddelde|Andere|Alle|Vorige|Zelf|Gemeenten|De|Het|Een)\b/;

function lowerFirst(text: string): string {
  return COMMON_STARTS.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A figure read aloud: "75,3% positief (95%-interval 71,2–79,1%, n = 312)". */
export function figureText(figure: Figure | null, drempel: number): string {
  if (!figure) return 'Geen percentage positief bij deze vraag.';
  if (figure.onderdrukt || figure.pctPositief === null) {
    return `Niet getoond: minder dan ${drempel} antwoorden.`;
  }
  const signal = figure.signaal ? ' Signaal: minder dan 50 antwoorden.' : '';
  return `${formatPct(figure.pctPositief)} positief (95%-interval ${formatInterval(figure.ciLaag, figure.ciHoog)}, n = ${formatCount(figure.nGeldig)}).${signal}`;
}

/* ---------- The chosen view in the address bar ---------- */

export interface ResultsView {
  vergelijk: ComparisonKind[];
  /** CBS codes of the gemeenten in the peer group. */
  peergroep: string[];
  gewogen: boolean;
}

/** What the API shows when nothing is chosen. */
export const DEFAULT_COMPARISONS: readonly ComparisonKind[] = ['project', 'vorige'];

const CBS = /^GM\d{4}$/;

/** Reads the view from the address; unknown or repeated values are dropped. */
export function viewFromSearch(search: URLSearchParams): ResultsView {
  const raw = search.get('vergelijk');
  const wanted =
    raw === null ? [...DEFAULT_COMPARISONS] : raw.split(',').map((part) => part.trim());
  const vergelijk = COMPARISON_KINDS.filter((kind) => wanted.includes(kind));
  const peergroep = [
    ...new Set(
      (search.get('peergroep') ?? '')
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter((code) => CBS.test(code)),
    ),
  ].sort();
  return { vergelijk, peergroep, gewogen: search.get('gewogen') === 'ja' };
}

/**
 * Writes the view to address parameters. `vergelijk` is always written (empty means "none"),
 * so a shared address shows exactly the same view. The peer group is only kept while it is
 * compared with.
 */
export function searchFromView(view: ResultsView, base?: URLSearchParams): URLSearchParams {
  const search = new URLSearchParams(base);
  search.set('vergelijk', COMPARISON_KINDS.filter((k) => view.vergelijk.includes(k)).join(','));
  const peers = [...new Set(view.peergroep)].sort();
  if (view.vergelijk.includes('peergroep') && peers.length > 0) {
    search.set('peergroep', peers.join(','));
  } else search.delete('peergroep');
  if (view.gewogen) search.set('gewogen', 'ja');
  else search.delete('gewogen');
  return search;
}

/** The query string of the gemeente results call, for this view. */
export function apiQueryFor(view: ResultsView): string {
  const search = new URLSearchParams();
  const kinds = COMPARISON_KINDS.filter(
    (k) => view.vergelijk.includes(k) && (k !== 'peergroep' || view.peergroep.length > 0),
  );
  search.set('vergelijk', kinds.join(','));
  if (kinds.includes('peergroep')) search.set('peergroep', [...view.peergroep].sort().join(','));
  search.set('gewogen', view.gewogen ? 'ja' : 'nee');
  return `?${search.toString()}`;
}

/** Words for the chosen comparisons, for the status line above the results. */
export function viewSummary(view: ResultsView): string {
  const kinds = COMPARISON_KINDS.filter((k) => view.vergelijk.includes(k));
  const parts = kinds.map((kind) =>
    kind === 'peergroep'
      ? `${lowerFirst(COMPARISON_LABELS[kind])} (${view.peergroep.length})`
      : lowerFirst(COMPARISON_LABELS[kind]),
  );
  const compared = parts.length ? `Vergeleken met: ${parts.join('; ')}.` : 'Zonder vergelijking.';
  return `${compared} ${view.gewogen ? 'Gewogen naar leeftijd en geslacht.' : 'Ongewogen.'}`;
}

/* ---------- Grouping and the chart ---------- */

/** The order of the themes on the page: the standard questions first, then the rest. */
export const THEME_ORDER: readonly Theme[] = [
  'toegang',
  'clientondersteuning',
  'kwaliteit',
  'effect',
  'achtergrond',
  'eigen',
];

export interface ThemeGroup {
  theme: Theme;
  label: string;
  questions: QuestionResult[];
}

export function groupByTheme(questions: readonly QuestionResult[]): ThemeGroup[] {
  return THEME_ORDER.map((theme) => ({
    theme,
    label: THEME_LABELS[theme],
    questions: questions.filter((q) => q.thema === theme),
  })).filter((group) => group.questions.length > 0);
}

/** Questions with a share positive: the ones the chart and the summary table show. */
export function figureQuestions(results: GemeenteResults): QuestionResult[] {
  return results.vragen.filter((q) => q.cijfer !== null);
}

/** The comparison the chart marks: the first one asked for that has a figure. */
export function chartComparison(question: QuestionResult): Comparison | null {
  return question.vergelijkingen.find((c) => c.cijfer.pctPositief !== null) ?? null;
}

/** A short text summary of all figures, for the chart's label and the page. */
export function resultsSummary(results: GemeenteResults): string {
  const shown = figureQuestions(results).filter(
    (q) => q.cijfer && !q.cijfer.onderdrukt && q.cijfer.pctPositief !== null,
  );
  if (shown.length === 0) {
    return `Voor ${results.gemeente.naam} zijn er te weinig antwoorden om percentages te tonen.`;
  }
  const sorted = [...shown].sort((a, b) => b.cijfer!.pctPositief! - a.cijfer!.pctPositief!);
  const best = sorted[0]!;
  const worst = sorted.at(-1)!;
  let higher = 0;
  let lower = 0;
  for (const question of shown) {
    for (const comparison of question.vergelijkingen) {
      if (comparison.significant && directionOf(comparison) === 'hoger') higher++;
      if (comparison.significant && directionOf(comparison) === 'lager') lower++;
    }
  }
  const parts = [
    `${results.gemeente.naam}: ${shown.length} vragen met een percentage positief, van ${formatPct(worst.cijfer!.pctPositief)} (${worst.vraagId}) tot ${formatPct(best.cijfer!.pctPositief)} (${best.vraagId}).`,
  ];
  const comparisons = shown.reduce((sum, q) => sum + q.vergelijkingen.length, 0);
  if (comparisons > 0) {
    parts.push(
      `Van de ${comparisons} vergelijkingen ${higher === 1 ? 'is' : 'zijn'} er ${higher} significant hoger en ${lower} significant lager.`,
    );
  }
  return parts.join(' ');
}

/** Horizontal position in the chart, 0–100% mapped to 0–width, clamped. */
export function scaleX(pct: number, width: number): number {
  return Math.round((Math.min(100, Math.max(0, pct)) / 100) * width * 10) / 10;
}
