import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine } from './csv.js';

describe('CSV for Dutch spreadsheets', () => {
  it('leaves plain values as they are and writes nothing for null or undefined', () => {
    expect(csvCell('Groningen')).toBe('Groningen');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(12345678901234567890n)).toBe('12345678901234567890');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('writes a date as an ISO timestamp in UTC', () => {
    expect(csvCell(new Date('2025-03-01T22:30:00Z'))).toBe('2025-03-01T22:30:00.000Z');
  });

  it('quotes values with the separator, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('Bergen (L.); Limburg')).toBe('"Bergen (L.); Limburg"');
    expect(csvCell('zei "hallo"')).toBe('"zei ""hallo"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    // A comma is no separator here, so it needs no quotes.
    expect(csvCell('1,5')).toBe('1,5');
  });

  it('quotes for the separator it is given', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvLine(['a,b', 'c'], ',')).toBe('"a,b",c\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+31 6 12345678')).toBe("'+31 6 12345678");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("https://evil.example";"klik")')).toBe(
      '"\'=HYPERLINK(""https://evil.example"";""klik"")"',
    );
    // A formula character later in the text is harmless.
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('keeps numbers numbers: a negative number is not a formula', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.25)).toBe('-0.25');
  });

  it('ends each line with CRLF and separates cells with ;', () => {
    expect(csvLine(['tijdstip', 'actie', null, 3])).toBe('tijdstip;actie;;3\r\n');
    expect(csvLine([])).toBe('\r\n');
    expect(CSV_BOM).toBe('\uFEFF');
  });
});
