import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importSummary, rejectionsToCsv } from './rejections.js';
import { detectSeparator, readTabular, TabularError } from './tabular.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Windows-1252 bytes, written out by hand so the test does not trust our own decoder. */
function cp1252(text: string): Buffer {
  const table: Record<string, number> = { é: 0xe9, ë: 0xeb, ï: 0xef, ü: 0xfc, '€': 0x80 };
  return Buffer.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}

async function xlsx(rows: unknown[][], build?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  workbook.addWorksheet('Tweede blad').addRow(['niet', 'dit']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function failure(bytes: Buffer, name = 'bestand.csv'): Promise<string> {
  const error = await readTabular(bytes, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TabularError);
  return (error as TabularError).message;
}

describe('readTabular, CSV', () => {
  it('reads UTF-8 with a BOM and CRLF, with lower-cased headers and spreadsheet row numbers', async () => {
    const file = utf8(
      '\uFEFFKlantnummer;Naam ;Woonplaats\r\n1001;Zoë de Vries;Assen\r\n1002;Jan;Emmen\r\n',
    );
    const { headers, rows } = await readTabular(file, 'register.csv');
    expect(headers).toEqual(['klantnummer', 'naam', 'woonplaats']);
    expect(rows).toEqual([
      { rowNumber: 2, cells: { klantnummer: '1001', naam: 'Zoë de Vries', woonplaats: 'Assen' } },
      { rowNumber: 3, cells: { klantnummer: '1002', naam: 'Jan', woonplaats: 'Emmen' } },
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', async () => {
    const file = cp1252(
      'klantnummer;naam;woonplaats\n1;René Smeets;Geleen\n2;Noël Ëlsen;Hengelo\n',
    );
    expect(file.includes(0xe9)).toBe(true);
    const { rows } = await readTabular(file, 'export.csv');
    expect(rows.map((r) => r.cells.naam)).toEqual(['René Smeets', 'Noël Ëlsen']);
  });

  it('reads UTF-16 text as Excel saves "Unicode text", tab separated', async () => {
    const text = '\uFEFFklantnummer\tnaam\n7\tJoëlle\n';
    const file = Buffer.from(text, 'utf16le');
    const { rows } = await readTabular(file, 'unicode.txt');
    expect(rows[0]?.cells).toEqual({ klantnummer: '7', naam: 'Joëlle' });
  });

  it('picks the semicolon when commas are decimal commas in the data', async () => {
    const file = utf8('klantnummer;uren;bedrag\n1;2,5;1.234,50\n2;0,75;12,00\n');
    const { headers, rows } = await readTabular(file, 'uren.csv');
    expect(headers).toEqual(['klantnummer', 'uren', 'bedrag']);
    expect(rows[0]?.cells).toEqual({ klantnummer: '1', uren: '2,5', bedrag: '1.234,50' });
  });

  it('reads comma-separated files with quoted fields holding separators, quotes and newlines', async () => {
    const file = utf8(
      'klantnummer,naam,adres\n' +
        '1,"Vries, de","Markt 1\nAchterom"\n' +
        '2,"Jan ""Sjonnie"" Jansen",Dorpsstraat 2\n' +
        '3,Piet,Kerkstraat 3\n',
    );
    const { rows } = await readTabular(file, 'komma.csv');
    expect(rows.map((r) => r.cells)).toEqual([
      { klantnummer: '1', naam: 'Vries, de', adres: 'Markt 1\nAchterom' },
      { klantnummer: '2', naam: 'Jan "Sjonnie" Jansen', adres: 'Dorpsstraat 2' },
      { klantnummer: '3', naam: 'Piet', adres: 'Kerkstraat 3' },
    ]);
    // A record spanning two lines is still one spreadsheet row.
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
  });

  it('ignores empty lines but keeps the row numbers a spreadsheet would show', async () => {
    const file = utf8('klantnummer;naam\n1;A\n\n;\n2;B\n\n\n');
    const { rows } = await readTabular(file, 'gaten.csv');
    expect(rows).toEqual([
      { rowNumber: 2, cells: { klantnummer: '1', naam: 'A' } },
      { rowNumber: 5, cells: { klantnummer: '2', naam: 'B' } },
    ]);
  });

  it('fills short rows with empty cells and keeps hostile text as text', async () => {
    const file = utf8("klantnummer;naam;__proto__\n1\n2;=cmd|' /C calc'!A0;<script>x</script>\n");
    const { rows } = await readTabular(file, 'kort.csv');
    expect(Object.entries(rows[0]?.cells ?? {})).toEqual([
      ['klantnummer', '1'],
      ['naam', ''],
      ['__proto__', ''],
    ]);
    expect(rows[1]?.cells.naam).toBe("=cmd|' /C calc'!A0");
    expect(rows[1]?.cells.__proto__).toBe('<script>x</script>');
  });

  it('keeps NUL inside cells for the caller to reject, rather than refusing the file', async () => {
    const file = utf8('klantnummer;naam\n1;A\u0000B\n2;\u0000\n3;C\u0000\u0000\n');
    const { rows } = await readTabular(file, 'nul.csv');
    expect(rows.map((r) => r.cells.naam)).toEqual(['A\u0000B', '\u0000', 'C\u0000\u0000']);
  });

  it('detects the separator from the header line only', () => {
    expect(detectSeparator('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('a\tb\n')).toBe('\t');
    expect(detectSeparator('klantnummer\n1\n')).toBe(';');
  });
});

describe('readTabular, XLSX', () => {
  it('reads the first worksheet: dates as yyyy-mm-dd, numbers as typed, formulas as results', async () => {
    const file = await xlsx(
      [
        ['Klantnummer', 'BSN', 'Startdatum', 'Geboortejaar', 'Naam', 'Uren'],
        [1001, 999900006, new Date(Date.UTC(2025, 0, 31)), 1948, 'Zoë', 2.5],
        [],
        [
          'A-7',
          '',
          new Date(Date.UTC(2024, 11, 1)),
          null,
          { richText: [{ text: 'Jan ' }, { text: 'Smit' }] },
          null,
        ],
      ],
      (sheet) => {
        sheet.getCell('F4').value = { formula: 'F2*2', result: 5 };
      },
    );
    const { headers, rows } = await readTabular(file, 'register.xlsx');
    expect(headers).toEqual(['klantnummer', 'bsn', 'startdatum', 'geboortejaar', 'naam', 'uren']);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          klantnummer: '1001',
          bsn: '999900006',
          startdatum: '2025-01-31',
          geboortejaar: '1948',
          naam: 'Zoë',
          uren: '2.5',
        },
      },
      {
        rowNumber: 4,
        cells: {
          klantnummer: 'A-7',
          bsn: '',
          startdatum: '2024-12-01',
          geboortejaar: '',
          naam: 'Jan Smit',
          uren: '5',
        },
      },
    ]);
  });

  it('recognises an XLSX by its bytes, whatever the name says', async () => {
    const file = await xlsx([['klantnummer'], ['42']]);
    const { rows } = await readTabular(file, 'register.csv');
    expect(rows[0]?.cells).toEqual({ klantnummer: '42' });
  });

  it('refuses a damaged workbook and an empty first worksheet', async () => {
    const file = await xlsx([['klantnummer'], ['42']]);
    expect(await failure(file.subarray(0, 200), 'kapot.xlsx')).toContain('kan niet worden geopend');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Leeg');
    const emptyFile = Buffer.from(await empty.xlsx.writeBuffer());
    expect(await failure(emptyFile, 'leeg.xlsx')).toBe(
      'Het eerste werkblad van het Excel-bestand is leeg.',
    );
  });
});

describe('readTabular, files it cannot read', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('refuses a PNG renamed to .csv', async () => {
    expect(await failure(png, 'register.csv')).toBe(
      'Het bestand kan niet worden gelezen (register.csv). Dit is een afbeelding (PNG), geen tabel.',
    );
  });

  it('refuses random binary data', async () => {
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(await failure(garbage)).toContain('Het is geen CSV- of Excel-bestand');
  });

  it('refuses an old .xls file with advice', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await failure(xls, 'oud.xls')).toContain('sla het op als Excel-werkmap (.xlsx)');
  });

  it('refuses an empty file, and one with only blank lines', async () => {
    expect(await failure(Buffer.alloc(0))).toBe('Het bestand is leeg.');
    expect(await failure(utf8('\uFEFF\r\n  \r\n'))).toBe('Het bestand is leeg.');
    expect(await failure(utf8(';;;\n;;\n'))).toBe('Het bestand is leeg.');
  });

  it('refuses a file that starts with data instead of column names', async () => {
    expect(await failure(utf8('1001;999900006;1948\n1002;;1950\n'))).toContain(
      'De eerste regel van het bestand moet de kolomnamen bevatten',
    );
  });

  it('refuses a header with the same column twice', async () => {
    expect(await failure(utf8('naam;Naam\nA;B\n'))).toContain('De kolom "naam" staat twee keer');
  });

  it('refuses a quote that is never closed, naming where', async () => {
    expect(await failure(utf8('naam;adres\nA;"Markt 1\nB;Kerkstraat\n'))).toMatch(
      /aanhalingsteken \("\) wordt niet gesloten/,
    );
  });
});

describe('rejections', () => {
  it('writes rij;veld;reden with a BOM and defuses formulas', () => {
    const csv = rejectionsToCsv([
      { rij: 3, veld: 'bsn', reden: 'Dit BSN klopt niet (elfproef).' },
      { rij: 4, veld: 'naam', reden: '=cmd|x; is geen naam' },
    ]);
    expect(csv).toBe(
      '\uFEFFrij;veld;reden\r\n3;bsn;Dit BSN klopt niet (elfproef).\r\n4;naam;"\'=cmd|x; is geen naam"\r\n',
    );
  });

  it('summarises counts as plain numbers', () => {
    expect(importSummary(1203, 7)).toBe('aanvaard: 1203, afgewezen: 7');
  });
});
