import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMeetwerk, type CliRun } from '../testing.js';
import { inTenant } from '../../server/db/database.js';
import { openTestDataDir } from '../../server/testing/test-database.js';
import { hashCode } from '../../server/public/personal-code.js';
import { findTenantByCbsCode } from '../../server/tenants/tenant.repository.js';

/** `meetwerk responses import` as an operator runs it: the real program on an embedded database. */

function meetwerk(dataDir: string, args: string[]): Promise<CliRun> {
  return runMeetwerk(args, { dataDir });
}

describe('meetwerk responses import', () => {
  let dir: string;
  let dataDir: string;
  let surveyId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-responses-'));
    dataDir = path.join(dir, 'data');
    const created = await meetwerk(dataDir, [
      'survey',
      'create',
      '--template',
      'ceo-wmo',
      '--year',
      '2026',
      '--gemeente',
      'GM0106',
    ]);
    expect(created.code, created.stderr).toBe(0);
    surveyId = created.stdout.trim().split('\n').at(-1) ?? '';
    // One invitation, made directly in the table as the invitations module makes them.
    const database = await openTestDataDir(dataDir);
    const assen = await findTenantByCbsCode(database.db, 'GM0106');
    await inTenant(database.db, { tenantId: assen!.id, accountId: null }, async (trx) => {
      const client = await trx
        .insertInto('clients')
        .values({
          tenant_id: assen!.id,
          survey_id: surveyId,
          gemeente_id: assen!.id,
          client_number: '1',
          import_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('invitations')
        .values({
          tenant_id: assen!.id,
          survey_id: surveyId,
          client_id: client.id,
          gemeente_id: assen!.id,
          code_hash: hashCode('CLIA-AAAA'),
          code: 'CLIA-AAAA',
        })
        .execute();
    });
    await database.close();
  }, 90_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the counts as plain numbers, writes the reasons, and exits 0', async () => {
    const file = path.join(dir, 'scan.csv');
    fs.writeFileSync(
      file,
      '\uFEFFcode;kanaal;Q1;Q5\nclia-aaaa;papier;1;2\nCLIA-AAAA;papier;2;1\n;papier;3;\n',
    );
    const rejects = path.join(dir, 'afgewezen.csv');
    const run = await meetwerk(dataDir, [
      'responses',
      'import',
      file,
      '--survey',
      surveyId,
      '--rejects',
      rejects,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('aanvaard: 1, afgewezen: 2');
    expect(run.stderr).toContain('rij 3, code: Code CLIAAAAA staat al eerder in dit bestand.');
    expect(fs.readFileSync(rejects, 'utf8')).toContain('4;gemeente;Vul de code of de gemeente in.');
  }, 60_000);

  it('exits 1 with a Dutch message when the file cannot be read', async () => {
    const file = path.join(dir, 'foto.csv');
    fs.writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    );
    const run = await meetwerk(dataDir, ['responses', 'import', file, '--survey', surveyId]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Fout: Het bestand kan niet worden gelezen (foto.csv).');
  }, 60_000);

  it('exits 1 when the columns are not those of a response file', async () => {
    const file = path.join(dir, 'iets-anders.csv');
    fs.writeFileSync(file, 'naam;adres\nJan;Dorpsstraat 1\n');
    const run = await meetwerk(dataDir, ['responses', 'import', file, '--survey', surveyId]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rij 0, kanaal: De kolom kanaal ontbreekt.');
    expect(run.stderr).toContain('Fout: Het bestand is niet ingelezen: de kolommen kloppen niet');
    expect(run.stdout).toBe('');
  }, 60_000);

  it('--help names the columns of the file: gemeente, kanaal, optional code, the questions', async () => {
    const run = await meetwerk(path.join(dir, 'niet-gebruikt'), ['responses', 'import', '--help']);
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, ' ');
    expect(help).toContain(
      'gemeente (GMxxxx), kanaal (papier, telefoon of online), code (optioneel',
    );
    expect(help).toContain('gemeente;kanaal;code;Q1;Q2;…');
  });
});
