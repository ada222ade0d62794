import { PassThrough } from 'node:stream';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { writeLetters, type LetterBatch, type LetterRecipient } from './letters.js';
import { mailingLines } from './mailing.js';
import { pdfPages } from '../testing/pdf-text.js';
import { inLetterFont } from './fonts.js';
import { printable } from './printable.js';

async function render(recipients: LetterRecipient[], batch: Partial<LetterBatch> = {}) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const pages = await writeLetters(out, recipients, {
    kind: 'uitnodiging',
    publicUrl: 'https://meetwerk.example.nl/',
    date: new Date('2026-11-23T10:00:00Z'),
    answerBefore: '2026-12-21',
    helpPhone: '0592 36 69 11',
    executedBy: null,
    logos: new Map(),
    compress: false,
    ...batch,
  });
  await ended;
  const pdf = Buffer.concat(chunks);
  return { pages, pdf, text: (await pdfPages(pdf)).join('\n') };
}

const people: LetterRecipient[] = [
  {
    name: 'J. de Vries',
    address: 'Brink 12',
    postcode: '9401 HS',
    city: 'Assen',
    code: 'K7MF-X3PQ',
    gemeente: { id: 'g1', name: 'Assen' },
  },
  {
    name: 'A. Özdemir',
    address: 'Hoofdstraat 1',
    postcode: '7811 EA',
    city: 'Emmen',
    code: 'ZZ23-4567',
    gemeente: { id: 'g2', name: 'Emmen' },
  },
];

describe('invitation letters', () => {
  it('writes one A4 page per invitee with address, code, link, date and phone', async () => {
    const { pages, pdf, text } = await render(people);
    expect(pages).toBe(2);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(2);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    for (const expected of [
      'J. de Vries',
      'Brink 12',
      'K7MF-X3PQ',
      'A. Özdemir',
      'ZZ23-4567',
      'https://meetwerk.example.nl/enquete',
      'Gemeente Assen',
      'Gemeente Emmen',
      '23 november 2026',
      'Beantwoord de vragen graag vóór 21 december 2026.',
      'Bel dan naar 0592 36 69 11.',
      'Uw antwoorden zijn anoniem.',
    ]) {
      expect(text.replaceAll('\n', ' '), expected).toContain(expected);
    }
    // Postcode and place on one line, the place in capitals (two spaces between them).
    expect(text).toMatch(/9401 HS\s+ASSEN/);
    expect(text).toMatch(/7811 EA\s+EMMEN/);
  });

  it('prints names and addresses in any Latin, Greek or Cyrillic letters as they are written', async () => {
    const { text } = await render([
      {
        ...people[0]!,
        name: 'Ş. Yılmaz-Łukasiewicz',
        address: 'Ňáměstí 3, Ελένη Παπαδοπούλου, Сергей',
        city: 'Ağrı',
      },
    ]);
    const flat = text.replaceAll('\n', ' ');
    expect(flat).toContain('Ş. Yılmaz-Łukasiewicz');
    expect(flat).toContain('Beste Ş. Yılmaz-Łukasiewicz,');
    expect(flat).toContain('Ňáměstí 3, Ελένη Παπαδοπούλου, Сергей');
    expect(flat).toMatch(/9401 HS\s+AĞRI/);
  });

  it('asks the bureau for the phone number instead of printing a made-up one', async () => {
    const { text } = await render(people.slice(0, 1), { helpPhone: null });
    expect(text).toContain('TELEFOONNUMMER ONTBREEKT');
  });

  it('writes reminders with their own text and names the bureau that runs the survey', async () => {
    const { text } = await render(people.slice(0, 1), {
      kind: 'herinnering',
      executedBy: 'Bureau Noord',
    });
    expect(text).toContain('Herinnering: wat vindt u van uw hulp?');
    expect(text.replaceAll('\n', ' ')).toContain('Wij hebben uw antwoorden nog niet gekregen.');
    expect(text.replaceAll('\n', ' ')).toContain('uitgevoerd door Bureau Noord');
  });

  it("shows the gemeente's logo, embedded once for all its letters, and skips an SVG", async () => {
    const png = await QRCode.toBuffer('logo', { type: 'png' });
    const many = [people[0]!, people[0]!, people[0]!, people[1]!];
    const { pdf, text } = await render(many, {
      logos: new Map([
        ['g1', { data: png, mime: 'image/png' }],
        ['g2', { data: Buffer.from('<svg/>'), mime: 'image/svg+xml' }],
      ]),
    });
    // The image and its transparency mask, once, for three pages.
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2);
    // With a logo the name is not printed large at the top, only on the return line.
    expect(text.match(/Gemeente Assen/g)).toHaveLength(3);
    expect(text.match(/Gemeente Emmen/g)).toHaveLength(2);
  });

  it('stops writing when the reader goes away', async () => {
    const out = new PassThrough();
    out.destroy();
    const many = Array.from({ length: 50 }, () => people[0]!);
    const pages = await writeLetters(out, many, {
      kind: 'uitnodiging',
      publicUrl: 'http://localhost:8080',
      date: new Date(),
      answerBefore: '2026-12-21',
      helpPhone: null,
      executedBy: null,
      logos: new Map(),
    });
    expect(pages).toBe(0);
  });
});

describe('a reader that goes away halfway', () => {
  it('stops without waiting forever for it to drain', async () => {
    // A tiny buffer fills on the first page; nobody reads, then the reader is gone.
    const out = new PassThrough({ highWaterMark: 16 });
    const many = Array.from({ length: 200 }, () => people[0]!);
    const writing = writeLetters(out, many, {
      kind: 'uitnodiging',
      publicUrl: 'http://localhost:8080',
      date: new Date(),
      answerBefore: '2026-12-21',
      helpPhone: null,
      executedBy: null,
      logos: new Map(),
    });
    setTimeout(() => out.destroy(), 50);
    const pages = await writing;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThan(200);
  });
});

describe('text a PDF font can print', () => {
  it('keeps Dutch letters, drops accents a standard font cannot show and removes control characters', () => {
    expect(printable('Ëlla Ünal-Ĳsselmeer')).toBe('Ëlla Ünal-IJsselmeer');
    expect(printable('Şahin Łukasz')).toBe('Sahin ?ukasz');
    expect(printable('Jan\u0000\tde\nVries')).toBe('Jan de Vries');
  });

  it("keeps every letter the letters' typeface has, and marks what it lacks", () => {
    expect(printable('Şahin Łukasz Yılmaz', inLetterFont)).toBe('Şahin Łukasz Yılmaz');
    expect(printable('Jan\u0000\tde\nVries', inLetterFont)).toBe('Jan de Vries');
    expect(printable('王 😀 Jan', inLetterFont)).toBe('? ? Jan');
  });
});

describe('mailing file', () => {
  it('is a semicolon CSV with a BOM, the documented columns and the personal link', () => {
    const lines = [
      ...mailingLines(
        [
          {
            ...people[0]!,
            clientNumber: 'K001',
            gemeente: { id: 'g1', name: 'Assen', cbsCode: 'GM0106' },
          },
          { ...people[1]!, clientNumber: '=HYPERLINK("x")', name: 'Piet; "de" Boer' },
        ],
        'https://meetwerk.example.nl',
      ),
    ];
    expect(lines[0]).toBe(
      '\uFEFFklantnummer;naam;adres;postcode;woonplaats;code;url;gemeentecode;gemeente\r\n',
    );
    expect(lines[1]).toBe(
      'K001;J. de Vries;Brink 12;9401 HS;Assen;K7MF-X3PQ;https://meetwerk.example.nl/enquete?code=K7MF-X3PQ;GM0106;Assen\r\n',
    );
    // A formula is made harmless; separators and quotes are quoted.
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")";"Piet; ""de"" Boer"`);
  });
});
