import { amsterdamTime } from './audit.export.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import type { TenantRow } from '../tenants/tenant.table.js';

interface AuditPage {
  regels: {
    id: string;
    tijdstip: string;
    account: { id: string; naam: string } | null;
    actie: string;
    objectType: string | null;
    objectId: string | null;
  }[];
  totaal: number;
  pagina: number;
  perPagina: number;
}

const YEAR_2025 = 'van=2025-01-01&tot=2025-12-31';
const HOSTILE_ACTOR = '=HYPERLINK("https://evil.example";"klik")';

describe(`audit log: filters, paging and CSV export (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let tenant: TenantRow;
  let bea: Client;
  let uma: string;
  let vic: string;

  /** Entries of 2025 around Dutch midnights, in winter and summer time (Dutch time on the right). */
  const seeded = [
    entry('2025-01-15T12:00:00Z', null, 'inloggen.mislukt', 'account', '+31612345678'),
    entry('2025-02-28T22:30:00Z', 'uma', 'inloggen', 'account', 'uma'), // 28 Feb 23:30
    entry('2025-02-28T23:30:00Z', 'vic', 'gebruiker.gewijzigd', 'gebruiker', 'g1'), // 1 Mar 00:30
    entry('2025-03-01T22:30:00Z', 'uma', 'gebruiker.gewijzigd', 'gebruiker', 'g2'), // 1 Mar 23:30
    entry('2025-03-01T23:30:00Z', 'vic', 'organisatie.gewijzigd', 'organisatie', 'o1'), // 2 Mar 00:30
    entry('2025-07-01T21:30:00Z', 'uma', 'inloggen', 'account', 'uma'), // 1 Jul 23:30
    entry('2025-07-01T22:30:00Z', 'uma', 'uitloggen', 'account', 'uma'), // 2 Jul 00:30
  ];

  function entry(
    at: string,
    who: 'uma' | 'vic' | null,
    action: string,
    objectType: string,
    objectId: string,
  ) {
    return { at, who, action, objectType, objectId };
  }

  const iso = (at: string) => new Date(at).toISOString();

  async function page(query: string): Promise<AuditPage> {
    const response = await bea.get(`/api/v1/auditlog?${query}`);
    expect(response.statusCode, query).toBe(200);
    return response.json<AuditPage>();
  }

  async function times(query: string): Promise<string[]> {
    return (await page(`perPagina=500&${query}`)).regels.map((r) => r.tijdstip);
  }

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await gemeente(t.database, 'GM0363');
    await createUser(t.database, 'bea@test.nl', [{ tenant, role: 'beheerder' }]);
    uma = await createUser(t.database, 'uma@test.nl', [{ tenant, role: 'professional' }]);
    vic = await createUser(t.database, 'vic@test.nl', [{ tenant, role: 'onderzoeker' }]);
    await t.database.asOwner((owner) =>
      owner
        .insertInto('audit_log')
        .values(
          seeded.map((row) => ({
            tenant_id: tenant.id,
            occurred_at: new Date(row.at),
            account_id: row.who === 'uma' ? uma : row.who === 'vic' ? vic : null,
            // Someone who typed a formula as e-mail address, say.
            actor: row.who ?? HOSTILE_ACTOR,
            action: row.action,
            object_type: row.objectType,
            object_id: row.objectId,
            purpose: 'Beveiliging en toegang',
          })),
        )
        .execute(),
    );
    bea = await login(t.app, 'bea@test.nl');
  });
  afterAll(() => t.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  it('filters by Dutch days: 23:30 on 1 March belongs to 1 March, 00:30 to the next day', async () => {
    expect(await times('van=2025-03-01&tot=2025-03-01')).toEqual([
      iso('2025-03-01T22:30:00Z'),
      iso('2025-02-28T23:30:00Z'),
    ]);
    expect(await times('van=2025-02-28&tot=2025-02-28')).toEqual([iso('2025-02-28T22:30:00Z')]);
    expect(await times('van=2025-03-02&tot=2025-03-02')).toEqual([iso('2025-03-01T23:30:00Z')]);
    // In summer time too.
    expect(await times('van=2025-07-01&tot=2025-07-01')).toEqual([iso('2025-07-01T21:30:00Z')]);
    // Open-ended on either side.
    expect(await times('tot=2025-02-28')).toEqual([
      iso('2025-02-28T22:30:00Z'),
      iso('2025-01-15T12:00:00Z'),
    ]);
    expect(await times('van=2025-07-02&tot=2025-12-31')).toEqual([iso('2025-07-01T22:30:00Z')]);
  });

  it('filters by action, account and object type', async () => {
    const byAction = await page(`${YEAR_2025}&actie=gebruiker.gewijzigd`);
    expect(byAction.regels.map((r) => r.objectId)).toEqual(['g2', 'g1']);

    const byAccount = await page(`${YEAR_2025}&accountId=${uma}`);
    expect(byAccount.totaal).toBe(4);
    expect(byAccount.regels.every((r) => r.account?.id === uma && r.account.naam === 'uma')).toBe(
      true,
    );

    const byType = await page(`${YEAR_2025}&objectType=organisatie`);
    expect(byType.regels.map((r) => [r.actie, r.objectId])).toEqual([
      ['organisatie.gewijzigd', 'o1'],
    ]);

    const combined = await page(`${YEAR_2025}&actie=inloggen&accountId=${uma}`);
    expect(combined.regels.map((r) => r.tijdstip)).toEqual([
      iso('2025-07-01T21:30:00Z'),
      iso('2025-02-28T22:30:00Z'),
    ]);
    expect((await page(`${YEAR_2025}&actie=inloggen&accountId=${vic}`)).totaal).toBe(0);
  });

  it('pages through the entries, newest first, without gaps or repeats', async () => {
    const pages = [1, 2, 3, 4].map((n) => page(`${YEAR_2025}&perPagina=3&pagina=${n}`));
    const [one, two, three, four] = await Promise.all(pages);
    expect([one, two, three, four].map((p) => p?.totaal)).toEqual([7, 7, 7, 7]);
    expect([one, two, three, four].map((p) => p?.regels.length)).toEqual([3, 3, 1, 0]);
    expect(two).toMatchObject({ pagina: 2, perPagina: 3 });
    const all = [one, two, three].flatMap((p) => p?.regels.map((r) => r.tijdstip) ?? []);
    expect(all).toEqual(seeded.map((row) => iso(row.at)).reverse());
  });

  it('rejects an invalid query, naming the parameter in Dutch', async () => {
    const cases: [string, string, string][] = [
      ['van=gisteren', 'van', 'Gebruik een datum als jjjj-mm-dd.'],
      ['tot=2025-13-01', 'tot', 'Gebruik een datum als jjjj-mm-dd.'],
      ['van=2025-02-30', 'van', 'Gebruik een datum als jjjj-mm-dd.'],
      ['actie=wissen', 'actie', 'Kies een actie uit de lijst.'],
      ['accountId=123', 'accountId', 'Dit is geen geldige gebruiker.'],
      [
        'objectType=ac%00count',
        'objectType',
        'Gebruik geen onzichtbare tekens, zoals een tab of een regeleinde.',
      ],
    ];
    for (const [query, name, reason] of cases) {
      const response = await bea.get(`/api/v1/auditlog?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.json(), query).toMatchObject({ invalidParams: [{ name, reason }] });
    }
    for (const query of ['perPagina=0', 'perPagina=501', 'pagina=0', 'pagina=een']) {
      const response = await bea.get(`/api/v1/auditlog?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ invalidParams: { name: string }[] }>().invalidParams[0]?.name).toBe(
        query.split('=')[0],
      );
    }
  });

  it('records every read of the audit log in the audit log', async () => {
    const before = (await page('actie=auditlog.gelezen&perPagina=1')).totaal;
    await page(`actie=inloggen&accountId=${uma}&van=2025-01-01`);
    const after = await page('actie=auditlog.gelezen&perPagina=1');
    // The read just made, and the count before it, are both in the log now.
    expect(after.totaal).toBe(before + 2);
    const latest = await t.database.asOwner((owner) =>
      owner
        .selectFrom('audit_log')
        .select(['account_id', 'details'])
        .where('tenant_id', '=', tenant.id)
        .where('action', '=', 'auditlog.gelezen')
        .orderBy('id', 'desc')
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow(),
    );
    expect(latest).toEqual({
      account_id: bea.accountId,
      details: { filter: { action: 'inloggen', accountId: uma, from: '2025-01-01' }, pagina: 1 },
    });
  });

  describe('CSV export', () => {
    let csv: string;
    let lines: string[];
    let headers: Record<string, unknown>;
    let raw: Buffer;

    beforeAll(async () => {
      const response = await bea.get(`/api/v1/auditlog/export?${YEAR_2025}`);
      expect(response.statusCode).toBe(200);
      csv = response.body;
      raw = response.rawPayload;
      headers = response.headers;
      lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    });

    it('is a UTF-8 file with BOM that Dutch Excel opens as a download', () => {
      expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(headers['content-disposition']).toMatch(
        /^attachment; filename="auditlog-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
    });

    it('has a header row and one ;-separated line per entry, newest first', () => {
      expect(lines[0]).toBe(
        'tijdstip_nl;gebruiker_id;gebruiker;actie;omschrijving;objecttype;object_id;doel;details',
      );
      expect(lines.at(-1)).toBe('');
      const entries = lines.slice(1, -1);
      expect(entries).toHaveLength(seeded.length);
      expect(entries.map((line) => line.split(';')[0])).toEqual(
        seeded.map((row) => amsterdamTime(new Date(row.at))).reverse(),
      );
      expect(entries[3]).toBe(
        // 22:30 UTC on 1 March is 23:30 in Amsterdam (winter time, UTC+1).
        `2025-03-01 23:30:00;${uma};uma;gebruiker.gewijzigd;Gebruiker gewijzigd;` +
          'gebruiker;g2;Beveiliging en toegang;{}',
      );
    });

    it('neutralises values that a spreadsheet would run as a formula', () => {
      const hostile = lines.at(-2) ?? '';
      expect(hostile).toBe(
        `2025-01-15 13:00:00;;"'=HYPERLINK(""https://evil.example"";""klik"")";` +
          "inloggen.mislukt;Inloggen mislukt;account;'+31612345678;Beveiliging en toegang;{}",
      );
    });

    it('records the export itself in the audit log', async () => {
      const exports = await page('actie=auditlog.geexporteerd');
      expect(exports.totaal).toBe(1);
      const entry = await t.database.asOwner((owner) =>
        owner
          .selectFrom('audit_log')
          .select(['account_id', 'details', 'purpose'])
          .where('tenant_id', '=', tenant.id)
          .where('action', '=', 'auditlog.geexporteerd')
          .executeTakeFirstOrThrow(),
      );
      expect(entry).toEqual({
        account_id: bea.accountId,
        purpose: 'Verantwoording (auditlog)',
        details: { filter: { from: '2025-01-01', to: '2025-12-31' } },
      });
    });

    it('applies the same filters as the list', async () => {
      const response = await bea.get(`/api/v1/auditlog/export?${YEAR_2025}&actie=inloggen`);
      const rows = response.body.split('\r\n').slice(1, -1);
      expect(rows.map((line) => line.split(';')[3])).toEqual(['inloggen', 'inloggen']);
    });

    it('names the file after the Dutch date, also just after midnight', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2025-03-01T23:30:00Z')); // 00:30 on 2 March in Amsterdam
      const response = await bea.get(`/api/v1/auditlog/export?${YEAR_2025}`);
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="auditlog-2025-03-02.csv"',
      );
    });
  });
});
