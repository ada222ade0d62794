// Over 400 lines: one document; its sections share the page layout, the Writer and the tables.
import PDFDocument from 'pdfkit';
import {
  BREAKDOWN_LABELS,
  COMPARISON_KINDS,
  COMPARISON_LABELS,
  type Breakdown,
  type Comparison,
  type ComparisonKind,
  type Figure,
  type GemeenteResults,
  type QuestionResult,
} from '../../shared/api/results.schema.js';
import { SIGNAL_BELOW } from '../../shared/results/figures.js';
import { THEME_LABELS, THEMES, type Theme } from '../../shared/surveys/questionnaire.js';
import {
  comparisonOf,
  dutchDate,
  interval,
  percent,
  points,
  pValue,
  shown,
  SUPPRESSED_TEXT,
  whole,
} from '../charts/format.js';
import { printable } from '../documents/printable.js';

/**
 * The results report of one gemeente for the gemeenteraad (PRODUCT.md M2): a cover, a summary
 * with the response and the three figures the story is told with, one section per theme with a
 * bar chart (drawn with vector operators, sharp in print) and a table of every figure with its
 * n, interval and comparison, the breakdowns, and a method and response section that names the
 * counting rule, the threshold, the interval, the test and the note on many tests at once.
 *
 * Suppressed figures never show a number: "Te weinig antwoorden" in the theme tables, "–" in the
 * breakdowns (with a footnote). A report is some ten pages of operators: it is built in memory
 * and handed over as one Buffer.
 */

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 22 * MM, bottom: 22 * MM, left: 20 * MM, right: 20 * MM };
const LEFT = MARGIN.left;
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const BODY = 10;
const SMALL = 8.5;
const OWN_COLOUR = '#154273';
const OTHER_COLOUR = '#a14d00';
const TEXT_COLOUR = '#1a1a1a';
const MUTED = '#4a5568';
const RULE_COLOUR = '#9aa5b1';
const SHADE = '#eef1f4';
const STORY_THEMES: Theme[] = ['toegang', 'kwaliteit', 'effect'];

type Doc = PDFKit.PDFDocument;

interface Numbered {
  number: number;
  question: QuestionResult;
}

/** Text as the standard PDF fonts can print it. */
const t = (text: string) => printable(text);

function comparisonKinds(results: GemeenteResults): ComparisonKind[] {
  const present = new Set(results.vragen.flatMap((q) => q.vergelijkingen.map((c) => c.soort)));
  return COMPARISON_KINDS.filter((kind) => present.has(kind));
}

/** The comparison the charts and the summary use: the region when there is one. */
function mainKind(results: GemeenteResults): ComparisonKind | null {
  const kinds = comparisonKinds(results);
  return kinds.includes('project') ? 'project' : (kinds[0] ?? null);
}

/** Short names for legends and headings; tables give the full label. */
const SHORT_NAMES: Record<ComparisonKind, string> = {
  project: 'Regio',
  vorige: 'Vorige meting',
  grootteklasse: 'Gemeenten van dezelfde grootte',
  peergroep: 'Zelf gekozen groep',
};

/** The same, as used in a sentence: "naast de regio". */
const IN_SENTENCE: Record<ComparisonKind, string> = {
  project: 'de regio',
  vorige: 'de vorige meting',
  grootteklasse: 'gemeenten van dezelfde grootte',
  peergroep: 'de zelf gekozen groep',
};

function comparisonLabel(results: GemeenteResults, kind: ComparisonKind): string {
  const label = results.vragen
    .flatMap((q) => q.vergelijkingen)
    .find((c) => c.soort === kind)?.label;
  return label ?? COMPARISON_LABELS[kind];
}

function numbered(results: GemeenteResults): Numbered[] {
  return results.vragen
    .filter((q) => q.cijfer !== null)
    .map((question, i) => ({ number: i + 1, question }));
}

// --- Layout helpers -------------------------------------------------------------------------

class Writer {
  y = MARGIN.top;
  constructor(readonly doc: Doc) {}

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page when `height` does not fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  heading(text: string, size = 16, gapBefore = 6): void {
    this.ensure(size * 1.3 + 60);
    this.y += gapBefore;
    this.doc
      .font('Helvetica-Bold')
      .fontSize(size)
      .fillColor(TEXT_COLOUR)
      .text(t(text), LEFT, this.y, { width: WIDTH });
    this.y = this.doc.y + size * 0.45;
  }

  paragraph(text: string, options: { size?: number; colour?: string; bold?: boolean } = {}): void {
    const size = options.size ?? BODY;
    this.doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    const height = this.doc.heightOfString(t(text), { width: WIDTH, lineGap: 1.5 });
    this.ensure(Math.min(height, 120));
    this.doc
      .fillColor(options.colour ?? TEXT_COLOUR)
      .text(t(text), LEFT, this.y, { width: WIDTH, lineGap: 1.5 });
    this.y = this.doc.y + size * 0.6;
    this.doc.fillColor(TEXT_COLOUR);
  }

  bullets(texts: string[]): void {
    this.doc.font('Helvetica').fontSize(BODY);
    for (const text of texts) {
      const height = this.doc.heightOfString(t(text), { width: WIDTH - 14, lineGap: 1.5 });
      this.ensure(height);
      this.doc.circle(LEFT + 4, this.y + 5, 1.6).fill(TEXT_COLOUR);
      this.doc.text(t(text), LEFT + 14, this.y, { width: WIDTH - 14, lineGap: 1.5 });
      this.y = this.doc.y + 3;
    }
    this.y += 4;
  }
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

interface Cell {
  text: string;
  bold?: boolean;
  colour?: string;
  /** Columns this cell covers (1 when not given). */
  span?: number;
}

type RowCells = (Cell | string)[];

/** A table that repeats its header on every page it runs onto. */
function table(
  w: Writer,
  columns: Column[],
  rows: (RowCells | { group: string })[],
  caption?: string,
): void {
  const doc = w.doc;
  const pad = 3;
  const size = SMALL;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const cellOf = (cell: Cell | string): Cell => (typeof cell === 'string' ? { text: cell } : cell);
  /** Cells with their place: a cell with `span` covers that many columns. */
  const placed = (cells: Cell[]) => {
    let column = 0;
    return cells.map((cell) => {
      const span = Math.max(1, cell.span ?? 1);
      const covered = columns.slice(column, column + span);
      const x = LEFT + columns.slice(0, column).reduce((sum, c) => sum + c.width, 0);
      const width = covered.reduce((sum, c) => sum + c.width, 0);
      const align = covered[0]?.align ?? 'left';
      column += span;
      return { cell, x, width, align };
    });
  };
  const heightOf = (cells: Cell[], bold: boolean) =>
    Math.max(
      ...placed(cells).map(({ cell, width }) => {
        doc.font(bold || cell.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
        return doc.heightOfString(t(cell.text), { width: width - 2 * pad });
      }),
    ) +
    2 * pad;
  const drawRow = (cells: Cell[], bold: boolean, shade: boolean) => {
    const height = heightOf(cells, bold);
    if (shade) doc.rect(LEFT, w.y, total, height).fill(SHADE);
    for (const { cell, x, width, align } of placed(cells)) {
      if (cell.text === '') continue;
      doc
        .font(bold || cell.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(size)
        .fillColor(cell.colour ?? TEXT_COLOUR)
        .text(t(cell.text), x + pad, w.y + pad, { width: width - 2 * pad, align });
    }
    w.y += height;
    doc
      .moveTo(LEFT, w.y)
      .lineTo(LEFT + total, w.y)
      .lineWidth(bold ? 0.9 : 0.4)
      .strokeColor(RULE_COLOUR)
      .stroke();
    doc.fillColor(TEXT_COLOUR);
  };
  const header = columns.map((c) => ({ text: c.header }));
  const startPage = () => {
    if (caption) {
      doc.font('Helvetica-Bold').fontSize(BODY).fillColor(TEXT_COLOUR);
      doc.text(t(caption), LEFT, w.y, { width: WIDTH });
      w.y = doc.y + 3;
    }
    drawRow(header, true, false);
  };
  w.ensure(heightOf(header, true) + 40 + (caption ? 16 : 0));
  startPage();
  for (const row of rows) {
    const cells =
      'group' in row ? [{ text: row.group, bold: true, span: columns.length }] : row.map(cellOf);
    const height = heightOf(cells, false);
    // A group's heading row never stays behind alone at the foot of a page.
    const keep = 'group' in row ? 2.2 * height : height;
    if (w.y + keep > BOTTOM) {
      w.newPage();
      startPage();
    }
    drawRow(cells, false, 'group' in row);
  }
  w.y += 8;
}

// --- Charts (vector) -------------------------------------------------------------------------

/** Diagonal stripes inside a rectangle: the comparison bar differs by more than its colour. */
function hatch(doc: Doc, x: number, y: number, width: number, height: number): void {
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.lineWidth(1).strokeColor('#ffffff').strokeOpacity(0.6);
  for (let offset = -height; offset < width; offset += 4) {
    doc
      .moveTo(x + offset, y + height)
      .lineTo(x + offset + height, y)
      .stroke();
  }
  doc.restore();
}

interface ChartLine {
  label: string;
  own: Figure | null;
  other: Figure | null;
}

function barChart(w: Writer, lines: ChartLine[], ownName: string, otherName: string | null): void {
  const doc = w.doc;
  const labelWidth = 52;
  const valueRoom = 58;
  const plotX = LEFT + labelWidth;
  const plotWidth = WIDTH - labelWidth - valueRoom;
  const bar = 9;
  const rowHeight = otherName ? 2 * bar + 12 : bar + 12;
  const legend = 16;
  const height = legend + lines.length * rowHeight + 16;
  w.ensure(height + 8);
  const top = w.y;
  // Legend
  doc.rect(LEFT, top + 2, 14, 8).fill(OWN_COLOUR);
  doc.font('Helvetica').fontSize(SMALL).fillColor(TEXT_COLOUR);
  doc.text(t(ownName), LEFT + 18, top + 2, { lineBreak: false });
  if (otherName) {
    const x = LEFT + 28 + doc.widthOfString(t(ownName)) + 8;
    doc.rect(x, top + 2, 14, 8).fill(OTHER_COLOUR);
    hatch(doc, x, top + 2, 14, 8);
    doc
      .fillColor(TEXT_COLOUR)
      .text(`${t(otherName)} (gestreept)`, x + 18, top + 2, { lineBreak: false });
  }
  const plotTop = top + legend;
  const plotBottom = plotTop + lines.length * rowHeight;
  const xOf = (pct: number) => plotX + (plotWidth * Math.max(0, Math.min(100, pct))) / 100;
  // Grid and axis
  doc.lineWidth(0.4).strokeColor(RULE_COLOUR);
  for (const tick of [0, 25, 50, 75, 100]) {
    doc.moveTo(xOf(tick), plotTop).lineTo(xOf(tick), plotBottom).stroke();
    doc
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(`${tick}%`, xOf(tick) - 15, plotBottom + 3, { width: 30, align: 'center' });
  }
  const drawBar = (figure: Figure | null, y: number, colour: string, striped: boolean) => {
    const value = shown(figure);
    doc.font('Helvetica').fontSize(7.5).fillColor(TEXT_COLOUR);
    if (!value) {
      doc.text('te weinig antwoorden', plotX + 3, y + 1, { lineBreak: false });
      return;
    }
    const end = xOf(value.pctPositief);
    if (end > plotX) {
      doc.rect(plotX, y, end - plotX, bar).fill(colour);
      if (striped) hatch(doc, plotX, y, end - plotX, bar);
    }
    const low = xOf(value.ciLaag);
    const high = xOf(value.ciHoog);
    const middle = y + bar / 2;
    doc.lineWidth(0.8).strokeColor(TEXT_COLOUR).strokeOpacity(1);
    doc.moveTo(low, middle).lineTo(high, middle).stroke();
    doc
      .moveTo(low, middle - 2.5)
      .lineTo(low, middle + 2.5)
      .stroke();
    doc
      .moveTo(high, middle - 2.5)
      .lineTo(high, middle + 2.5)
      .stroke();
    doc
      .font('Helvetica-Bold')
      .fontSize(7.5)
      .fillColor(TEXT_COLOUR)
      .text(percent(value.pctPositief), Math.max(end, high) + 3, y + 1, { lineBreak: false });
  };
  lines.forEach((line, i) => {
    const y = plotTop + i * rowHeight + 6;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(TEXT_COLOUR)
      .text(t(line.label), LEFT, y + (otherName ? bar - 4 : 1), {
        width: labelWidth - 6,
        lineBreak: false,
      });
    drawBar(line.own, y, OWN_COLOUR, false);
    if (otherName) drawBar(line.other, y + bar + 1, OTHER_COLOUR, true);
  });
  doc.lineWidth(0.8).strokeColor(MUTED).moveTo(plotX, plotTop).lineTo(plotX, plotBottom).stroke();
  w.y = plotBottom + 18;
  doc.fillColor(TEXT_COLOUR).strokeColor(TEXT_COLOUR);
}

// --- Sections ------------------------------------------------------------------------------------

function figureText(figure: Figure | null): string {
  const value = shown(figure);
  if (!value) return SUPPRESSED_TEXT;
  return `${percent(value.pctPositief)} (marge ${interval(value.ciLaag, value.ciHoog)}, n = ${whole(value.nGeldig)})${
    value.signaal ? ', signaal' : ''
  }`;
}

function cover(w: Writer, results: GemeenteResults, now: Date): void {
  const doc = w.doc;
  const name = t(results.gemeente.naam);
  doc.rect(0, 0, PAGE.width, 62 * MM).fill(OWN_COLOUR);
  doc
    .font('Helvetica')
    .fontSize(12)
    .fillColor('#ffffff')
    .text('Cliëntervaringsonderzoek Wmo', LEFT, 24 * MM, { width: WIDTH });
  doc
    .font('Helvetica-Bold')
    .fontSize(28)
    .text(`Resultaten ${name}`, LEFT, 32 * MM, { width: WIDTH });
  doc
    .font('Helvetica')
    .fontSize(14)
    .text(`Meting ${results.enquete.jaar}`, LEFT, doc.y + 4, { width: WIDTH });
  doc.fillColor(TEXT_COLOUR);
  w.y = 80 * MM;
  w.paragraph(`Rapportage voor de gemeenteraad van ${results.gemeente.naam}`, {
    size: 14,
    bold: true,
  });
  w.paragraph(`Onderzoek: ${results.enquete.naam}`, { size: 11 });
  const facts = [
    `Gemeente: ${results.gemeente.naam}${results.gemeente.provincie ? ` (${results.gemeente.provincie})` : ''}, CBS-code ${results.gemeente.cbsCode}`,
    `Meting: ${results.enquete.jaar}`,
    `Telregel: ${results.telregel.naam} (versie ${results.telregel.versie})`,
    `Respons: ${whole(results.respons.reacties)} ingevulde vragenlijsten${
      results.respons.pct !== null ? ` (${percent(results.respons.pct)})` : ''
    }`,
    `Gemaakt op ${dutchDate(now)}`,
  ];
  w.y += 6;
  w.bullets(facts);
  w.y += 10;
  w.paragraph(
    'Dit rapport geeft de uitkomsten van het cliëntervaringsonderzoek Wmo (artikel 2.5.1 Wmo ' +
      '2015): hoe inwoners met een maatwerkvoorziening de toegang, de kwaliteit en het effect ' +
      'van hun ondersteuning ervaren. Bij elk cijfer staan het aantal geldige antwoorden (n) en ' +
      'de marge (95%-betrouwbaarheidsinterval). Hoofdstuk "Methode en respons" beschrijft hoe ' +
      'de cijfers zijn berekend.',
    { colour: MUTED },
  );
}

/** Mean of the shown figures' percentages over the questions of some themes. */
function meanOf(figures: (Figure | null)[]): { mean: number; count: number } | null {
  const values = figures.map(shown).filter((f) => f !== null);
  if (values.length === 0) return null;
  return {
    mean: values.reduce((sum, f) => sum + f.pctPositief, 0) / values.length,
    count: values.length,
  };
}

function summary(w: Writer, results: GemeenteResults, kind: ComparisonKind | null): void {
  w.newPage();
  w.heading('Samenvatting', 18);
  const { respons } = results;
  w.paragraph(
    respons.pct !== null
      ? `Van de ${whole(respons.uitgenodigd)} uitgenodigde cliënten hebben er ${whole(respons.reacties)} de vragenlijst ingevuld: een respons van ${percent(respons.pct)}.`
      : `${whole(respons.reacties)} cliënten hebben de vragenlijst ingevuld.`,
  );
  w.heading('Kerncijfers', 13);
  // The comparison's mean is taken over the same questions as the gemeente's own.
  const story = results.vragen.filter((q) => STORY_THEMES.includes(q.thema) && shown(q.cijfer));
  const ownMean = meanOf(story.map((q) => q.cijfer));
  const others = kind ? story.map((q) => comparisonOf(q.vergelijkingen, kind)?.cijfer ?? null) : [];
  const otherMean = others.length > 0 && others.every((f) => shown(f)) ? meanOf(others) : null;
  const q9 = results.vragen.find((q) => q.vraagId === 'Q9');
  const q5 = results.vragen.find((q) => q.vraagId === 'Q5');
  const otherName = kind ? SHORT_NAMES[kind] : null;
  const lines: string[] = [];
  lines.push(
    ownMean
      ? `Gemiddeld ${percent(ownMean.mean)} positief over de ${ownMean.count} vragen over toegang, kwaliteit en effect${
          otherMean && otherName ? ` (${otherName}: ${percent(otherMean.mean)})` : ''
        }.`
      : `Positief over toegang, kwaliteit en effect: ${SUPPRESSED_TEXT.toLowerCase()}.`,
  );
  lines.push(
    q9
      ? `Kan zich beter redden door de ondersteuning (vraag "${q9.tekst}"): ${figureText(q9.cijfer)}.`
      : 'De vraag of cliënten zich beter kunnen redden, is in dit onderzoek niet gesteld.',
  );
  lines.push(
    q5
      ? `Wist van de onafhankelijke cliëntondersteuner (% ja): ${figureText(q5.cijfer)}.`
      : 'De vraag naar de onafhankelijke cliëntondersteuner is in dit onderzoek niet gesteld.',
  );
  w.bullets(lines);
  if (kind && otherName) {
    const differences = numbered(results)
      .map(({ number, question }) => ({
        number,
        question,
        comparison: comparisonOf(question.vergelijkingen, kind),
      }))
      .filter((d) => d.comparison?.significant === true && d.comparison.verschil !== null);
    w.heading(`Duidelijke verschillen met ${IN_SENTENCE[kind]}`, 13);
    if (differences.length === 0) {
      w.paragraph('Bij geen enkele vraag is het verschil significant (p < 0,05).');
    } else {
      w.bullets(
        differences.map(
          ({ number, question, comparison }) =>
            `Vraag ${number} (${question.tekst}): ${points(comparison!.verschil!)} procentpunt ${
              comparison!.verschil! > 0 ? 'hoger' : 'lager'
            } (p ${pValue(comparison!.pWaarde ?? 1).startsWith('<') ? '' : '= '}${pValue(comparison!.pWaarde ?? 1)}).`,
        ),
      );
    }
    w.paragraph(results.meervoudigToetsen.toelichting, { size: SMALL, colour: MUTED });
  }
}

function themeSection(
  w: Writer,
  results: GemeenteResults,
  theme: Theme,
  items: Numbered[],
  kind: ComparisonKind | null,
): void {
  w.newPage();
  w.heading(THEME_LABELS[theme], 18);
  const ownName = results.gemeente.naam;
  const otherName = kind ? SHORT_NAMES[kind] : null;
  w.paragraph(
    `Percentage positief per vraag in ${ownName}${kind ? `, naast ${IN_SENTENCE[kind]}` : ''}. De streepjes geven de marge (95%-betrouwbaarheidsinterval).`,
    { size: SMALL, colour: MUTED },
  );
  barChart(
    w,
    items.map(({ number, question }) => ({
      label: `Vraag ${number}`,
      own: question.cijfer,
      other: kind ? (comparisonOf(question.vergelijkingen, kind)?.cijfer ?? null) : null,
    })),
    ownName,
    otherName,
  );
  const weighted = items.some(({ question }) => question.gewogen !== null);
  const columns: Column[] = [
    { header: 'Vraag', width: WIDTH - 174 - (weighted ? 75 : 0) },
    { header: 'n', width: 38, align: 'right' },
    { header: '% positief', width: 58, align: 'right' },
    { header: 'Marge (95%)', width: 78, align: 'right' },
  ];
  if (weighted) columns.push({ header: 'Gewogen (n eff.)', width: 75, align: 'right' });
  const figureRows: RowCells[] = items.map(({ number, question }) => {
    const value = shown(question.cijfer);
    const cells: RowCells = [`${number}. ${question.tekst}`];
    if (!value) {
      cells.push({ text: SUPPRESSED_TEXT, span: 3 });
    } else {
      cells.push(
        whole(value.nGeldig),
        `${percent(value.pctPositief)}${value.signaal ? '*' : ''}`,
        interval(value.ciLaag, value.ciHoog),
      );
    }
    if (weighted) {
      const g = question.gewogen;
      cells.push(
        value && g && g.pctPositief !== null
          ? `${percent(g.pctPositief)}${g.nEffectief !== null ? ` (${whole(g.nEffectief)})` : ''}`
          : '–',
      );
    }
    return cells;
  });
  table(w, columns, figureRows, `${THEME_LABELS[theme]}: cijfers van ${ownName}`);
  if (items.some(({ question }) => shown(question.cijfer)?.signaal)) {
    w.paragraph(
      `* Signaal: minder dan ${SIGNAL_BELOW} geldige antwoorden. Zie dit cijfer als een aanwijzing, niet als een conclusie.`,
      { size: SMALL, colour: MUTED },
    );
  }
  // The main comparison first; a comparison without any figure (no earlier round, say) gets a
  // line instead of a table of dashes.
  const kinds = comparisonKinds(results).sort((a, b) => (a === kind ? -1 : b === kind ? 1 : 0));
  for (const k of kinds) {
    if (!items.some(({ question }) => shown(comparisonOf(question.vergelijkingen, k)?.cijfer))) {
      w.paragraph(
        `Vergelijking met ${IN_SENTENCE[k]}: niet mogelijk (${comparisonLabel(results, k).toLowerCase()}).`,
        { size: SMALL, colour: MUTED },
      );
      continue;
    }
    const rows: RowCells[] = items.map(({ number, question }) => {
      const comparison = comparisonOf(question.vergelijkingen, k);
      return [`${number}. ${question.tekst}`, ...comparisonCells(comparison)];
    });
    table(
      w,
      [
        { header: 'Vraag', width: 175 },
        { header: '% vergelijking', width: 78, align: 'right' },
        { header: 'Verschil (punt)', width: 70, align: 'right' },
        { header: 'p-waarde', width: 60, align: 'right' },
        { header: 'Significant', width: WIDTH - 383 },
      ],
      rows,
      `Vergelijking met ${IN_SENTENCE[k]} (${comparisonLabel(results, k)})`,
    );
  }
}

function comparisonCells(comparison: Comparison | null): string[] {
  if (!comparison) return ['–', '–', '–', 'niet vergeleken'];
  const other = shown(comparison.cijfer);
  return [
    other ? percent(other.pctPositief) : SUPPRESSED_TEXT,
    comparison.verschil !== null ? points(comparison.verschil) : '–',
    comparison.pWaarde !== null ? pValue(comparison.pWaarde) : '–',
    comparison.significant === null
      ? 'niet te toetsen'
      : comparison.significant
        ? 'ja (p < 0,05)'
        : 'nee',
  ];
}

function breakdownSection(w: Writer, breakdowns: Breakdown[], results: GemeenteResults): void {
  if (breakdowns.length === 0) return;
  w.newPage();
  w.heading('Uitsplitsingen', 18);
  w.paragraph(
    'De cijfers per groep cliënten. Een "–" betekent dat er te weinig antwoorden zijn om een ' +
      'cijfer te tonen, of dat het cijfer verborgen is omdat het anders uit de andere cijfers ' +
      'terug te rekenen is.',
  );
  const numbers = new Map(numbered(results).map((n) => [n.question.vraagId, n.number]));
  for (const breakdown of breakdowns) {
    w.heading(`Naar ${BREAKDOWN_LABELS[breakdown.dimensie].toLowerCase()}`, 13);
    const rows: (RowCells | { group: string })[] = [];
    let suppressed = false;
    for (const vraag of breakdown.vragen) {
      const number = numbers.get(vraag.vraagId);
      rows.push({ group: `${number ? `Vraag ${number}. ` : ''}${vraag.tekst}` });
      breakdown.categorieen.forEach((category, i) => {
        const value = shown(vraag.cijfers[i]);
        if (!value) suppressed = true;
        rows.push(
          value
            ? [
                category.label,
                whole(value.nGeldig),
                `${percent(value.pctPositief)}${value.signaal ? '*' : ''}`,
                interval(value.ciLaag, value.ciHoog),
              ]
            : [category.label, '–', '–¹', '–'],
        );
      });
    }
    table(
      w,
      [
        { header: BREAKDOWN_LABELS[breakdown.dimensie], width: WIDTH - 240 },
        { header: 'n', width: 60, align: 'right' },
        { header: '% positief', width: 80, align: 'right' },
        { header: 'Marge (95%)', width: 100, align: 'right' },
      ],
      rows,
    );
    if (suppressed) {
      w.paragraph(
        `¹ – = te weinig antwoorden: minder dan ${whole(breakdown.drempel)}, of verborgen zodat het niet uit de andere cijfers terug te rekenen is.`,
        { size: SMALL, colour: MUTED },
      );
    }
  }
  const signal = breakdowns.some((b) =>
    b.vragen.some((v) => v.cijfers.some((f) => shown(f)?.signaal)),
  );
  if (signal) {
    w.paragraph(`* Signaal: minder dan ${SIGNAL_BELOW} geldige antwoorden.`, {
      size: SMALL,
      colour: MUTED,
    });
  }
}

function methodSection(w: Writer, results: GemeenteResults): void {
  w.newPage();
  w.heading('Methode en respons', 18);
  const { respons } = results;
  w.heading('Respons', 13);
  w.bullets([
    `Uitgenodigd: ${whole(respons.uitgenodigd)}`,
    `Ingevulde vragenlijsten: ${whole(respons.reacties)}`,
    `Respons: ${respons.pct !== null ? percent(respons.pct) : 'niet bekend (niemand uitgenodigd via Meetwerk)'}`,
    ...respons.perKanaal.map((k) => `Via ${k.kanaal}: ${whole(k.n)}`),
  ]);
  w.heading('Telregel', 13);
  w.paragraph(
    `${results.telregel.naam} (versie ${results.telregel.versie}, code ${results.telregel.id}).`,
    { bold: true },
  );
  w.paragraph(results.telregel.omschrijving);
  w.heading('Marge (Wilson-interval)', 13);
  w.paragraph(
    'Bij elk percentage staat een 95%-betrouwbaarheidsinterval volgens Wilson (score-interval). ' +
      'Deze methode geeft ook bij kleine aantallen en bij percentages dicht bij 0% of 100% een ' +
      'betrouwbare marge.',
  );
  w.heading('Toets van verschillen', 13);
  w.paragraph(
    'Verschillen met de vergelijkingsgroep zijn getoetst met een tweezijdige z-toets voor twee ' +
      'proporties (met gepoolde proportie). Een verschil heet significant als p kleiner is dan ' +
      '0,05. De vergelijkingsgroep telt de antwoorden van de andere gemeenten samen; een ' +
      'gemeente waarvan het cijfer verborgen is, telt daarin niet mee.',
  );
  w.paragraph(
    `Meervoudig toetsen (${whole(results.meervoudigToetsen.aantalToetsen)} toetsen): ${results.meervoudigToetsen.toelichting}`,
  );
  w.heading('Kleine aantallen', 13);
  w.paragraph(
    `Een cijfer van minder dan ${whole(results.drempel)} geldige antwoorden wordt niet getoond ` +
      '("Te weinig antwoorden" of "–"). Waar een getoond cijfer het mogelijk zou maken een ' +
      `verborgen cijfer terug te rekenen, wordt ook dat verborgen. Cijfers van minder dan ${SIGNAL_BELOW} ` +
      'geldige antwoorden zijn een signaal, geen conclusie.',
  );
  if (results.weging) {
    w.heading('Weging', 13);
    w.paragraph(results.weging.toelichting);
  }
}

function pageNumbers(doc: Doc, results: GemeenteResults): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(SMALL)
      .fillColor(MUTED)
      .text(
        `${t(results.gemeente.naam)} - cliëntervaringsonderzoek Wmo ${results.enquete.jaar}`,
        LEFT,
        PAGE.height - 14 * MM,
        { width: WIDTH / 2, lineBreak: false },
      )
      .text(
        `Pagina ${i + 1 - range.start} van ${range.count}`,
        LEFT + WIDTH / 2,
        PAGE.height - 14 * MM,
        {
          width: WIDTH / 2,
          align: 'right',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
}

export interface ReportOptions {
  /** The date printed on the cover. */
  now?: Date;
}

/** The PDF report of one gemeente's results, for the gemeenteraad. */
export async function renderResultsReport(
  results: GemeenteResults,
  breakdowns: Breakdown[],
  options: ReportOptions = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: t(
        `Resultaten cliëntervaringsonderzoek Wmo ${results.enquete.jaar} - ${results.gemeente.naam}`,
      ),
      Subject: t(results.enquete.naam),
      Producer: 'Meetwerk',
      Creator: 'Meetwerk',
    },
  });
  const chunks: Buffer[] = [];
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new Writer(doc);
  const kind = mainKind(results);
  cover(w, results, options.now ?? new Date());
  summary(w, results, kind);
  const items = numbered(results);
  for (const theme of THEMES) {
    const inTheme = items.filter((item) => item.question.thema === theme);
    if (inTheme.length > 0) themeSection(w, results, theme, inTheme, kind);
  }
  breakdownSection(w, breakdowns, results);
  methodSection(w, results);
  pageNumbers(doc, results);
  doc.end();
  return ended;
}
