import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import {
  CLOSING,
  executedBy,
  facts,
  help,
  HOW_TO,
  opening,
  signature,
  subject,
  type LetterKind,
} from './letter-text.js';
import { inLetterFont, LETTER_FONT, useLetterFonts } from './fonts.js';
import { inStandardFont, printable } from './printable.js';

/**
 * Names and addresses from the register (and the bureau's name), with the typeface that prints
 * them as written: the standard font (Windows-1252: every Dutch letter, é, ç, ñ, ö) when it can,
 * for it costs nothing to lay out and matches the rest of the letter; else the embedded Noto
 * Sans (fonts.ts), with every Latin, Greek and Cyrillic letter (Ş, ı, ł, ř, …), for that text
 * only. Laying out a font of its own costs about a millisecond per new word, so it is used
 * where it is needed, not for the whole letter.
 */
function asWritten(lines: string[]): { lines: string[]; font: string } {
  const standard = lines.every((line) =>
    [...line].every((char) => inStandardFont(char) || /\p{Cc}/u.test(char)),
  );
  return standard
    ? { lines: lines.map((line) => printable(line)), font: 'Helvetica' }
    : { lines: lines.map((line) => printable(line, inLetterFont)), font: LETTER_FONT.regular };
}

/** One letter: who it goes to and their code. */
export interface LetterRecipient {
  name: string;
  address: string;
  postcode: string;
  city: string;
  code: string;
  /** The invitee's gemeente; its CBS code only goes into the mailing file. */
  gemeente: { id: string; name: string; cbsCode?: string };
}

export interface Logo {
  data: Uint8Array;
  mime: string;
}

export interface LetterBatch {
  kind: LetterKind;
  /** Where residents answer, without a trailing slash: `<publicUrl>/enquete`. */
  publicUrl: string;
  date: Date;
  /** yyyy-mm-dd */
  answerBefore: string;
  helpPhone: string | null;
  /** The bureau that runs the survey for the gemeenten, if it is not the gemeente itself. */
  executedBy: string | null;
  /** Logos by gemeente id: PNG or JPEG (PDF cannot show SVG). */
  logos: ReadonlyMap<string, Logo>;
  /** Off in tests only, so the text can be read from the file. */
  compress?: boolean;
}

/** pdfkit can embed an image once and show it on every page; its types do not say so. */
interface OpenedImage {
  width: number;
  height: number;
}
type LetterDocument = PDFKit.PDFDocument & {
  openImage(src: Buffer): OpenedImage;
  image(src: OpenedImage, x: number, y: number, options: PDFKit.Mixins.ImageOption): void;
};

const MM = 72 / 25.4;
const LEFT = 25 * MM;
const WIDTH = 210 * MM - 2 * LEFT;
/** The address sits where a Dutch window envelope (venster links, EA5/6 and C5) shows it. */
const WINDOW = { x: 22 * MM, y: 52 * MM, width: 85 * MM };
const BODY_SIZE = 11.5;
const SUBJECT_Y = 95 * MM;
const GREETING_Y = SUBJECT_Y + 19 * MM;
const DATE_FORMAT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

export function dutchDate(date: Date | string): string {
  return DATE_FORMAT.format(typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date);
}

export function answerUrl(publicUrl: string, code?: string): string {
  const base = `${publicUrl.replace(/\/+$/, '')}/enquete`;
  return code === undefined ? base : `${base}?code=${encodeURIComponent(code)}`;
}

/**
 * Writes one PDF with one A4 page per recipient to `out`, page by page: a page is written and
 * forgotten before the next is made, and when `out` is slow (a download) the writer waits, so
 * memory stays flat however large the batch. Resolves when the last byte is handed to `out`.
 */
export async function writeLetters(
  out: Writable,
  recipients: Iterable<LetterRecipient>,
  batch: LetterBatch,
  onPage?: (done: number) => void,
): Promise<number> {
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    compress: batch.compress ?? true,
    info: { Title: subject(batch.kind), Producer: 'Meetwerk', Creator: 'Meetwerk' },
  }) as LetterDocument;
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.on('data', (chunk: Buffer) => out.write(chunk));
  doc.on('end', () => out.end());
  useLetterFonts(doc);
  const logos = openLogos(doc, batch.logos);
  const templates = new Map<string, PageTemplate>();
  let pages = 0;
  for (const recipient of recipients) {
    if (out.destroyed) break;
    drawLetter(doc, recipient, batch, logos.get(recipient.gemeente.id), templates);
    pages += 1;
    onPage?.(pages);
    // pdfkit hands its bytes over on a later tick: without a pause here every page would wait
    // in memory until the last one is drawn.
    await new Promise((resolve) => setImmediate(resolve));
    if (out.writableNeedDrain) await drainedOrClosed(out);
  }
  doc.end();
  await ended;
  return pages;
}

/** A reader that goes away (a cancelled download) never drains: stop waiting then too. */
function drainedOrClosed(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

function openLogos(doc: LetterDocument, logos: ReadonlyMap<string, Logo>) {
  const opened = new Map<string, OpenedImage>();
  for (const [id, logo] of logos) {
    if (logo.mime !== 'image/png' && logo.mime !== 'image/jpeg') continue;
    try {
      opened.set(id, doc.openImage(Buffer.from(logo.data)));
    } catch {
      // A logo pdfkit cannot read: the letter shows the gemeente's name instead.
    }
  }
  return opened;
}

/** Where the personal parts go in the part of the page that is the same for a gemeente. */
interface Slots {
  code: { x: number; y: number };
  qr: { x: number; y: number; size: number };
}

/**
 * The part of a letter that is the same for every invitee of one gemeente (all text but the
 * name, address and code), as the PDF drawing operators pdfkit wrote for the first page.
 * Later pages get those operators again instead of laying out ~1,500 characters anew: text
 * layout is most of the cost of a page, and 23,000 letters must take under a minute.
 */
interface PageTemplate {
  operators: string;
  /** The page's font resources the operators refer to (fonts are shared by the document). */
  fonts: Record<string, unknown>;
  slots: Slots;
}

/** pdfkit's page internals the template relies on: every operator passes `write`. */
interface PageInternals {
  write: (this: PageInternals, chunk: string) => void;
  fonts: Record<string, unknown>;
}

function recordTemplate(doc: LetterDocument, draw: () => Slots): PageTemplate {
  const page = doc.page as unknown as PageInternals;
  const operators: string[] = [];
  const write = page.write;
  page.write = (chunk: string) => {
    operators.push(chunk);
    write.call(page, chunk);
  };
  try {
    const slots = draw();
    return { operators: operators.join('\n'), fonts: { ...page.fonts }, slots };
  } finally {
    page.write = write;
  }
}

function replayTemplate(doc: LetterDocument, template: PageTemplate): Slots {
  const page = doc.page as unknown as PageInternals;
  Object.assign(page.fonts, template.fonts);
  page.write(template.operators);
  return template.slots;
}

function drawLetter(
  doc: LetterDocument,
  recipient: LetterRecipient,
  batch: LetterBatch,
  logo: OpenedImage | undefined,
  templates: Map<string, PageTemplate>,
): void {
  doc.addPage({ size: 'A4', margin: 0 });
  const gemeente = printable(recipient.gemeente.name);
  drawSender(doc, gemeente, logo);
  drawAddress(doc, recipient);
  const known = templates.get(recipient.gemeente.id);
  let slots: Slots;
  if (known) {
    slots = replayTemplate(doc, known);
  } else {
    const template = recordTemplate(doc, () => drawCommonText(doc, gemeente, batch));
    templates.set(recipient.gemeente.id, template);
    slots = template.slots;
  }
  drawGreeting(doc, recipient.name);
  doc
    .font('Courier-Bold')
    .fontSize(24)
    .text(recipient.code, slots.code.x, slots.code.y, { characterSpacing: 2, lineBreak: false });
  drawQr(doc, answerUrl(batch.publicUrl, recipient.code), slots.qr.x, slots.qr.y, slots.qr.size);
}

function drawCommonText(doc: LetterDocument, gemeente: string, batch: LetterBatch): Slots {
  drawSubject(doc, batch);
  const words = { gemeente, answerBefore: dutchDate(batch.answerBefore), minutes: 10 };
  let y = paragraphs(doc, opening(batch.kind, words), GREETING_Y + 7 * MM);
  y = bullets(doc, facts(words), y);
  const howTo = drawHowTo(doc, batch.publicUrl, y);
  y = paragraphs(doc, help(batch.helpPhone), howTo.next);
  drawSignature(doc, gemeente, batch.executedBy, y);
  return howTo.slots;
}

/** One line; a name too long for it gets a greeting without it rather than a broken layout. */
function drawGreeting(doc: LetterDocument, name: string): void {
  const written = asWritten([`Beste ${name},`]);
  doc.font(written.font).fontSize(BODY_SIZE);
  let greeting = written.lines[0]!;
  if (doc.widthOfString(greeting) > WIDTH) {
    greeting = 'Beste heer, mevrouw,';
    doc.font('Helvetica');
  }
  doc.text(greeting, LEFT, GREETING_Y, { lineBreak: false });
}

function drawSender(doc: LetterDocument, gemeente: string, logo: OpenedImage | undefined): void {
  const top = 15 * MM;
  if (logo) {
    doc.image(logo, LEFT, top, { fit: [60 * MM, 22 * MM] });
  } else {
    doc
      .font('Helvetica-Bold')
      .fontSize(18)
      .text(`Gemeente ${gemeente}`, LEFT, top + 4, { lineBreak: false });
  }
  // The return line above the window: postal services want a sender in the window area.
  doc
    .font('Helvetica')
    .fontSize(7.5)
    .fillColor('#444444')
    .text(`Gemeente ${gemeente}`, WINDOW.x, WINDOW.y - 6 * MM, { lineBreak: false })
    .fillColor('black');
}

function drawAddress(doc: LetterDocument, recipient: LetterRecipient): void {
  const { lines, font } = asWritten([
    recipient.name,
    recipient.address,
    `${recipient.postcode}  ${recipient.city.toUpperCase()}`,
  ]);
  doc.font(font).fontSize(11).text(lines.join('\n'), WINDOW.x, WINDOW.y, {
    width: WINDOW.width,
    lineGap: 1.5,
  });
}

function drawSubject(doc: LetterDocument, batch: LetterBatch): void {
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`Datum: ${dutchDate(batch.date)}`, LEFT, SUBJECT_Y);
  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(subject(batch.kind), LEFT, SUBJECT_Y + 8 * MM, { width: WIDTH });
}

function paragraphs(doc: LetterDocument, texts: string[], y: number): number {
  doc.font('Helvetica').fontSize(BODY_SIZE);
  let at = y;
  for (const text of texts) {
    doc.text(text, LEFT, at, { width: WIDTH, lineGap: 1.5 });
    at = doc.y + 2.2 * MM;
  }
  return at;
}

function bullets(doc: LetterDocument, texts: string[], y: number): number {
  doc.font('Helvetica').fontSize(BODY_SIZE);
  let at = y;
  for (const text of texts) {
    doc.circle(LEFT + 2.2 * MM, at + 4.2, 1.6).fill('black');
    doc.text(text, LEFT + 6 * MM, at, { width: WIDTH - 6 * MM, lineGap: 1.5 });
    at = doc.y + 1.2 * MM;
  }
  return at + 2 * MM;
}

/** The code box: the part the resident needs most, large and apart from the rest. */
function drawHowTo(
  doc: LetterDocument,
  publicUrl: string,
  y: number,
): { next: number; slots: Slots } {
  const qrSize = 36 * MM;
  const x = LEFT + 5 * MM;
  const textWidth = WIDTH - qrSize - 15 * MM;
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(HOW_TO.heading, x, y + 4 * MM);
  doc
    .font('Helvetica')
    .fontSize(BODY_SIZE)
    .text(`1. ${HOW_TO.step1}`, x, doc.y + 1.5 * MM);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(answerUrl(publicUrl), x + 5 * MM, doc.y + 0.5 * MM, { width: textWidth });
  doc
    .font('Helvetica')
    .fontSize(BODY_SIZE)
    .text(`2. ${HOW_TO.step2}`, x, doc.y + 2 * MM);
  const code = { x: x + 5 * MM, y: doc.y + 1.5 * MM };
  // The code line (24 pt) is left free here and filled in per letter.
  const afterCode = code.y + 24 * 1.2;
  doc
    .font('Helvetica')
    .fontSize(BODY_SIZE)
    .text(HOW_TO.qr, x, afterCode + 2 * MM, { width: textWidth });
  const height = Math.max(doc.y - y + 4 * MM, qrSize + 8 * MM);
  doc.lineWidth(1.2).roundedRect(LEFT, y, WIDTH, height, 6).stroke('#1a1a1a');
  const qr = { x: LEFT + WIDTH - qrSize - 4 * MM, y: y + (height - qrSize) / 2, size: qrSize };
  return { next: y + height + 5 * MM, slots: { code, qr } };
}

/**
 * The QR code as vector squares rather than a PNG: sharp at any print resolution, and about
 * five times faster per page than decoding and embedding an image (ADR 0007).
 */
function drawQr(doc: LetterDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      // A hair of overlap so no white seams show between squares in some viewers.
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell + 0.05, cell + 0.05);
    }
  }
  doc.fill('black');
}

function drawSignature(
  doc: LetterDocument,
  gemeente: string,
  bureau: string | null,
  y: number,
): void {
  doc
    .font('Helvetica')
    .fontSize(BODY_SIZE)
    .text(CLOSING, LEFT, y + 2 * MM, { width: WIDTH });
  doc.text(signature(gemeente), LEFT, doc.y + 1.5 * MM, { width: WIDTH });
  if (bureau) {
    const { lines, font } = asWritten([executedBy(bureau)]);
    doc
      .font(font)
      .fontSize(9)
      .fillColor('#444444')
      .text(lines[0]!, LEFT, 280 * MM, { width: WIDTH })
      .fillColor('black');
  }
}
