import ExcelJS from 'exceljs';
import {
  COMPARISON_LABELS,
  RESULTS_EXPORT_COLUMNS,
  type Comparison,
  type ComparisonKind,
  type Figure,
  type GemeenteResults,
} from '../../shared/api/results.schema.js';
import { countingRuleInfo } from '../../shared/results/counting-rules.js';
import { inTenant, type Db, type Scope } from '../db/database.js';
import { csvLine } from '../exports/csv.js';
import { problems } from '../http/problem.js';
import { listAnswers } from './results.repository.js';
import { gemeenteResults } from './results.service.js';
import { loadRound, roundOverview, type LoadedRound } from './round.service.js';

/**
 * Exports of results (docs/results.md): the figures as CSV (one row per gemeente × question,
 * the format of `meetwerk results export`) and as XLSX, and the raw anonymous answers in the
 * response-import format. Every export passes the same suppression as the screens.
 */

/** Comparisons the CSV export offers, as the API and the command line name them. */
export const EXPORT_COMPARISONS = ['project', 'grootteklasse', 'vorige'] as const;
export type ExportComparison = (typeof EXPORT_COMPARISONS)[number];

/** Percentages with one decimal and a decimal point. */
const pct = (value: number | null) => (value === null ? '' : value.toFixed(1));
const pValue = (value: number | null) => (value === null ? '' : value.toFixed(4));
const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'ja' : 'nee');

/** One CSV row per question with a positive share of one gemeente's results. */
export function exportRows(results: GemeenteResults, kind: ComparisonKind): string[][] {
  const rows: string[][] = [];
  for (const vraag of results.vragen) {
    const figure = vraag.cijfer;
    if (!figure) continue;
    const comparison = vraag.vergelijkingen.find((v) => v.soort === kind);
    const shown = !figure.onderdrukt;
    rows.push([
      results.gemeente.cbsCode,
      vraag.vraagId,
      shown ? String(figure.nGeldig) : '',
      shown ? String(figure.nPositief) : '',
      shown ? pct(figure.pctPositief) : '',
      shown ? pct(figure.ciLaag) : '',
      shown ? pct(figure.ciHoog) : '',
      kind,
      comparison && !comparison.cijfer.onderdrukt ? pct(comparison.cijfer.pctPositief) : '',
      comparison ? pValue(comparison.pWaarde) : '',
      comparison ? yesNo(comparison.significant) : '',
      figure.onderdrukt ? 'ja' : 'nee',
    ]);
  }
  return rows;
}

/** Results of every gemeente the asker sees in full, in CBS order. */
async function allResults(
  db: Db,
  round: LoadedRound,
  vergelijk: ComparisonKind[],
): Promise<GemeenteResults[]> {
  const results: GemeenteResults[] = [];
  for (const gemeente of round.gemeenten) {
    if (!round.full.has(gemeente.id) || !gemeente.cbs_code) continue;
    results.push(
      await gemeenteResults(db, round, gemeente.cbs_code, {
        vergelijk,
        peergroep: [],
        gewogen: false,
      }),
    );
  }
  return results;
}

/**
 * The results export as CSV text: comma-separated, UTF-8 without BOM, CRLF line ends, header
 * `gemeente,vraag,n_geldig,…,onderdrukt`. Shared by the API and `meetwerk results export`.
 */
export async function resultsCsv(
  db: Db,
  viewer: Scope,
  surveyId: string,
  kind: ExportComparison,
): Promise<{ csv: string; round: LoadedRound; rows: number }> {
  const round = await loadRound(db, viewer, surveyId);
  let csv = csvLine(RESULTS_EXPORT_COLUMNS, ',');
  let rows = 0;
  for (const results of await allResults(db, round, [kind])) {
    for (const row of exportRows(results, kind)) {
      csv += csvLine(row, ',');
      rows += 1;
    }
  }
  return { csv, round, rows };
}

const figureCells = (figure: Figure | null) =>
  figure && !figure.onderdrukt
    ? [
        figure.nGeldig,
        figure.nPositief,
        round1(figure.pctPositief),
        round1(figure.ciLaag),
        round1(figure.ciHoog),
      ]
    : [null, null, null, null, null];

function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

const comparisonCells = (comparison: Comparison | undefined) =>
  comparison
    ? [
        comparison.cijfer.onderdrukt ? null : round1(comparison.cijfer.pctPositief),
        round1(comparison.verschil),
        comparison.pWaarde === null ? null : Math.round(comparison.pWaarde * 10000) / 10000,
        comparison.significant === null ? null : comparison.significant ? 'ja' : 'nee',
      ]
    : [null, null, null, null];

/** All figures of a round as an Excel workbook: explanation, overview, figures per gemeente. */
export async function resultsXlsx(
  db: Db,
  viewer: Scope,
  surveyId: string,
): Promise<{ bytes: Buffer; round: LoadedRound }> {
  const round = await loadRound(db, viewer, surveyId);
  const kinds: ComparisonKind[] = ['project', 'grootteklasse', 'vorige'];
  const all = await allResults(db, round, kinds);
  const overview = await roundOverview(db, viewer, surveyId);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Meetwerk';

  const rule = countingRuleInfo(round.rule);
  const info = workbook.addWorksheet('Toelichting');
  info.columns = [{ width: 28 }, { width: 100 }];
  info.addRows([
    ['Onderzoek', round.survey.name],
    ['Jaar', round.survey.year],
    ['Telregel', `${rule.naam} (${rule.id}, versie ${rule.versie})`],
    ['Omschrijving telregel', rule.omschrijving],
    [
      'Drempel kleine aantallen',
      all.length > 0
        ? [...new Set(all.map((r) => r.drempel))].join(', ') +
          ' respondenten: minder geldige antwoorden geeft geen cijfer (onderdrukt).'
        : '',
    ],
    ['Signaal', 'Minder dan 50 geldige antwoorden: een signaal, geen conclusie.'],
    ['Betrouwbaarheidsinterval', '95%-interval volgens Wilson.'],
    [
      'Vergelijkingen',
      'Verschil getoetst met de toets voor twee proporties; significant bij p < 0,05. ' +
        'Een gemeente met een onderdrukt cijfer telt niet mee in een vergelijkingsgroep.',
    ],
    ['Gemaakt op', new Date().toISOString().slice(0, 10)],
  ]);

  const overviewSheet = workbook.addWorksheet('Overzicht');
  overviewSheet.addRow([
    'CBS-code',
    'Gemeente',
    ...overview.vragen.map((v) => `${v.vraagId} % positief`),
  ]);
  for (const row of overview.gemeenten) {
    overviewSheet.addRow([
      row.gemeente.cbsCode,
      row.gemeente.naam,
      ...row.cijfers.map((c) => (c.onderdrukt ? 'onderdrukt' : round1(c.pctPositief))),
    ]);
  }

  const figures = workbook.addWorksheet('Cijfers');
  figures.addRow([
    'CBS-code',
    'Gemeente',
    'Vraag',
    'Tekst',
    'n geldig',
    'n positief',
    '% positief',
    'interval laag',
    'interval hoog',
    'signaal',
    'onderdrukt',
    ...kinds.flatMap((k) => [
      `${COMPARISON_LABELS[k]}: %`,
      `${COMPARISON_LABELS[k]}: verschil`,
      `${COMPARISON_LABELS[k]}: p`,
      `${COMPARISON_LABELS[k]}: significant`,
    ]),
  ]);
  for (const results of all) {
    for (const vraag of results.vragen) {
      if (!vraag.cijfer) continue;
      figures.addRow([
        results.gemeente.cbsCode,
        results.gemeente.naam,
        vraag.vraagId,
        vraag.tekst,
        ...figureCells(vraag.cijfer),
        vraag.cijfer.onderdrukt ? null : vraag.cijfer.signaal ? 'ja' : 'nee',
        vraag.cijfer.onderdrukt ? 'ja' : 'nee',
        ...kinds.flatMap((k) => comparisonCells(vraag.vergelijkingen.find((v) => v.soort === k))),
      ]);
    }
  }

  const distribution = workbook.addWorksheet('Verdeling');
  distribution.addRow(['CBS-code', 'Gemeente', 'Vraag', 'Antwoord', 'Code', 'Aantal', '%']);
  for (const results of all) {
    for (const vraag of results.vragen) {
      for (const entry of vraag.verdeling ?? []) {
        distribution.addRow([
          results.gemeente.cbsCode,
          results.gemeente.naam,
          vraag.vraagId,
          entry.label,
          entry.code,
          entry.n,
          round1(entry.pct),
        ]);
      }
    }
  }
  for (const sheet of [overviewSheet, figures, distribution]) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), round };
}

const ANSWER_BATCH = 5000;

/**
 * The raw anonymous answers of a round in the response-import format (docs/response-import.md)
 * without `code`: `kanaal;gemeente;<question ids>`, several codes as `1|3`. Only for the round's
 * owner; importable again into a round with the same questionnaire.
 */
export async function rawAnswersCsv(
  db: Db,
  viewer: Scope,
  surveyId: string,
): Promise<{ csv: string; rows: number; round: LoadedRound }> {
  const round = await loadRound(db, viewer, surveyId);
  if (round.ref.tenantId !== viewer.tenantId) {
    throw problems.notFound('Dit onderzoek bestaat niet, of u hebt er geen toegang toe.');
  }
  const ids = round.questionnaire.questions.map((q) => q.id);
  let csv = csvLine(['kanaal', 'gemeente', ...ids]);
  let rows = 0;
  await inTenant(db, viewer, async (trx) => {
    for (let offset = 0; ; offset += ANSWER_BATCH) {
      const batch = await listAnswers(trx, round.ref, offset, ANSWER_BATCH);
      for (const response of batch) {
        const answers = (response.answers ?? {}) as Record<string, string[]>;
        csv += csvLine([
          response.channel,
          response.cbsCode,
          ...ids.map((id) => (answers[id] ?? []).join('|')),
        ]);
        rows += 1;
      }
      if (batch.length < ANSWER_BATCH) break;
    }
  });
  return { csv, rows, round };
}
