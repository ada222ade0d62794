import { describe, expect, it } from 'vitest';
import type { TabularRow } from '../../imports/tabular.js';
import {
  ColumnError,
  planColumns,
  validateRow,
  validateRows,
  type GemeenteRef,
  type RowContext,
} from './client-row.js';

const assen: GemeenteRef = { id: 'id-assen', cbsCode: 'GM0106', name: 'Assen' };
const emmen: GemeenteRef = { id: 'id-emmen', cbsCode: 'GM0114', name: 'Emmen' };

const ctx: RowContext = {
  gemeenten: [assen, emmen],
  fixedGemeente: undefined,
  currentYear: 2026,
  hashBsn: (bsn) => `hash(${bsn})`,
};

const ALL = [
  'klantnummer',
  'bsn',
  'naam',
  'adres',
  'postcode',
  'woonplaats',
  'geboortejaar',
  'geslacht',
  'productcategorie',
  'startdatum',
  'einddatum',
  'gemeente',
  'afgemeld',
];
const plan = planColumns(ALL);

function row(cells: Record<string, string>, rowNumber = 2): TabularRow {
  return { rowNumber, cells: { klantnummer: '1001', gemeente: 'GM0106', ...cells } };
}

function reasons(cells: Record<string, string>, context: RowContext = ctx) {
  return validateRow(row(cells), plan, context).rejections.map((r) => [r.veld, r.reden]);
}

describe('planColumns', () => {
  it('finds default columns, and mapped ones case-insensitively', () => {
    expect(
      planColumns(['cliëntnr', 'postcode', 'gemeente'], { klantnummer: ' Cliëntnr ' }),
    ).toEqual({ klantnummer: 'cliëntnr', postcode: 'postcode', gemeente: 'gemeente' });
  });

  it('refuses a file without klantnummer, or a mapping to a column that is not there', () => {
    expect(() => planColumns(['naam', 'bsn'])).toThrow(ColumnError);
    expect(() => planColumns(['naam', 'bsn'])).toThrow(/geen kolom klantnummer/);
    expect(() => planColumns(['nr'], { klantnummer: 'nummer' })).toThrow(
      'De kolom "nummer" voor klantnummer staat niet in het bestand. Kolommen in het bestand: "nr".',
    );
  });
});

describe('validateRow', () => {
  it('normalises a complete good row', () => {
    const { client, rejections } = validateRow(
      row({
        bsn: '999900006',
        naam: 'Zoë  de\nVries',
        adres: 'Markt 1',
        postcode: '9401ab',
        woonplaats: 'Assen',
        geboortejaar: '1948',
        geslacht: 'Vrouw',
        productcategorie: '1',
        startdatum: '1-2-2025',
        einddatum: '2026-12-31',
        gemeente: '0106',
      }),
      plan,
      ctx,
    );
    expect(rejections).toEqual([]);
    expect(client).toEqual({
      rowNumber: 2,
      clientNumber: '1001',
      gemeenteId: 'id-assen',
      bsnHash: 'hash(999900006)',
      name: 'Zoë de Vries',
      address: 'Markt 1',
      postcode: '9401 AB',
      city: 'Assen',
      birthYear: 1948,
      sex: 'v',
      productCategory: '01',
      startDate: '2025-02-01',
      endDate: '2026-12-31',
      optedOut: false,
    });
  });

  it('reads who asked not to be approached (afgemeld: ja/nee, 1/0, x), and refuses other words', () => {
    const optedOut = (afgemeld: string) =>
      validateRow(row({ afgemeld }), plan, ctx).client?.optedOut;
    expect(['ja', 'JA', 'x', '1', 'afgemeld'].map(optedOut)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['nee', '0', ''].map(optedOut)).toEqual([false, false, false]);
    expect(reasons({ afgemeld: 'misschien' })).toEqual([
      ['afgemeld', 'Afgemeld "misschien" kennen we niet. Gebruik ja of nee.'],
    ]);
  });

  it('leaves optional fields empty, and reads onbekend as no sex', () => {
    const { client } = validateRow(row({ geslacht: 'onbekend' }), plan, ctx);
    expect(client).toMatchObject({ bsnHash: null, postcode: null, sex: null, birthYear: null });
  });

  it('gives one reason per wrong field, in Dutch, without repeating the BSN', () => {
    const found = reasons({
      klantnummer: '',
      bsn: '999900007',
      postcode: '0123 AB',
      geboortejaar: '1899',
      geslacht: 'vent',
      productcategorie: '19',
      startdatum: '31-02-2025',
      gemeente: 'GM9999',
    });
    expect(found.map(([veld]) => veld)).toEqual([
      'klantnummer',
      'gemeente',
      'startdatum',
      'bsn',
      'postcode',
      'geboortejaar',
      'geslacht',
      'productcategorie',
    ]);
    expect(Object.fromEntries(found)).toMatchObject({
      klantnummer: 'Het klantnummer ontbreekt. Elke cliënt heeft een klantnummer.',
      bsn: 'Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.',
      postcode: 'Postcode "0123 AB" klopt niet. Schrijf 4 cijfers en 2 letters, zoals 9401 AB.',
      geboortejaar: 'Geboortejaar 1899 kan niet: het moet tussen 1900 en 2026 liggen.',
      geslacht: 'Geslacht "vent" kennen we niet. Gebruik m, v, x of onbekend.',
      startdatum: 'Datum "31-02-2025" bestaat niet. Controleer dag, maand en jaar.',
      gemeente:
        'Gemeente GM9999 doet niet mee aan dit onderzoek. Meedoende gemeenten: GM0106, GM0114.',
    });
    expect(found.flat().join(' ')).not.toContain('999900007');
  });

  it('refuses an end date before the start date', () => {
    expect(reasons({ startdatum: '2025-03-01', einddatum: '28-02-2025' })).toEqual([
      ['einddatum', 'De einddatum (2025-02-28) ligt vóór de startdatum (2025-03-01).'],
    ]);
  });

  it('rejects NUL in any field with a reason, and keeps formulas and markup as plain text', () => {
    expect(reasons({ naam: 'Jan\u0000', klantnummer: '1\u00002' })).toEqual([
      ['klantnummer', expect.stringContaining('onzichtbaar teken (NUL)')],
      ['naam', expect.stringContaining('onzichtbaar teken (NUL)')],
    ]);
    const { client } = validateRow(
      row({ naam: "=cmd|' /C calc'!A0", adres: '<script>alert(1)</script>' }),
      plan,
      ctx,
    );
    expect(client).toMatchObject({
      name: "=cmd|' /C calc'!A0",
      address: '<script>alert(1)</script>',
    });
  });

  it('refuses text that is too long for a letter', () => {
    expect(reasons({ naam: 'x'.repeat(201) })).toEqual([
      ['naam', 'Dit veld is te lang: hoogstens 200 tekens.'],
    ]);
  });

  it('takes the gemeente by CBS code, digits or name; needs it when the survey has several', () => {
    expect(validateRow(row({ gemeente: 'emmen' }), plan, ctx).client?.gemeenteId).toBe('id-emmen');
    expect(validateRow(row({ gemeente: '114' }), plan, ctx).client?.gemeenteId).toBe('id-emmen');
    expect(reasons({ gemeente: '' })).toEqual([
      ['gemeente', expect.stringContaining('De gemeente ontbreekt')],
    ]);
    const single = { ...ctx, gemeenten: [assen] };
    expect(validateRow(row({ gemeente: '' }), plan, single).client?.gemeenteId).toBe('id-assen');
  });

  it('uses the gemeente chosen for the file, and refuses rows of another gemeente', () => {
    const fixed = { ...ctx, fixedGemeente: emmen };
    expect(validateRow(row({ gemeente: '' }), plan, fixed).client?.gemeenteId).toBe('id-emmen');
    expect(reasons({ gemeente: 'GM0106' }, fixed)).toEqual([
      [
        'gemeente',
        'Deze rij hoort bij Assen (GM0106), maar het bestand wordt ingelezen voor Emmen (GM0114).',
      ],
    ]);
  });
});

describe('validateRows', () => {
  it('takes a klantnummer once per gemeente and points at the row that was taken', () => {
    const outcome = validateRows(
      [
        row({ klantnummer: '7', postcode: 'fout' }, 2),
        row({ klantnummer: '7' }, 3),
        row({ klantnummer: '7', gemeente: 'GM0114' }, 4),
        row({ klantnummer: '7' }, 5),
      ],
      plan,
      ctx,
    );
    // Row 2 was wrong, so row 3 is the first good one and is kept.
    expect(outcome.clients.map((c) => c.rowNumber)).toEqual([3, 4]);
    expect(outcome.rejectedRows).toBe(2);
    expect(outcome.rejections).toEqual([
      {
        rij: 2,
        veld: 'postcode',
        reden: 'Postcode "fout" klopt niet. Schrijf 4 cijfers en 2 letters, zoals 9401 AB.',
      },
      {
        rij: 5,
        veld: 'klantnummer',
        reden:
          'Dit klantnummer staat al in rij 3 (voor dezelfde gemeente). Zet elke cliënt één keer in het bestand.',
      },
    ]);
  });

  it('keeps rejections up to a limit but counts them all', () => {
    const rows = [2, 3, 4].map((n) => row({ postcode: 'fout', geslacht: '?' }, n));
    const outcome = validateRows(rows, plan, ctx, 4);
    expect(outcome).toMatchObject({ rejectedRows: 3, rejectionCount: 6 });
    expect(outcome.rejections.map((r) => r.rij)).toEqual([2, 2, 3, 3]);
  });
});
