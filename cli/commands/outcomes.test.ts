/**
 * `meetwerk outcomes export` as an operator runs it: the real program in a child process, on an
 * embedded database prepared in this process with hand-made residents whose figures are known.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../server/db/database.js';
import { openTestDataDir } from '../../server/testing/test-database.js';
import { saveMeasurement } from '../../server/outcomes/measurement.repository.js';
import { insertResident } from '../../server/outcomes/resident.repository.js';
import { insertTeam } from '../../server/outcomes/team.repository.js';
import { syncReferenceData } from '../../server/platform/reference-data.js';
import { findTenantByCbsCode } from '../../server/tenants/tenant.repository.js';
import { runMeetwerk, type CliRun } from '../testing.js';

let dir: string;

function meetwerk(args: string[]): Promise<CliRun> {
  return runMeetwerk(args, { dataDir: path.join(dir, 'data'), cwd: dir });
}

/** A team whose residents moved on `mvo.wonen` from 50 by these changes. */
async function seedTeam(dataDir: string, cbs: string, name: string, changes: number[]) {
  const database = await openTestDataDir(dataDir);
  try {
    await syncReferenceData(database.db);
    const tenant = await findTenantByCbsCode(database.db, cbs);
    if (!tenant) throw new Error(cbs);
    await inTenant(database.db, { tenantId: tenant.id, accountId: null }, async (trx) => {
      const team = await insertTeam(trx, tenant.id, name);
      for (const [i, change] of changes.entries()) {
        const resident = await insertResident(trx, {
          tenantId: tenant.id,
          teamId: team?.id as string,
          reference: `${cbs}-${name.length}-${i}`,
          birthYear: null,
          by: null,
        });
        const id = resident?.id as string;
        for (const [date, mark] of [
          ['2026-01-05', 50],
          ['2026-04-05', 50 + change],
        ] as const) {
          await saveMeasurement(trx, {
            tenantId: tenant.id,
            residentId: id,
            date,
            source: 'gesprek',
            lifeSatisfaction: null,
            by: null,
            domains: [
              {
                code: 'mvo.wonen',
                resident: mark,
                professional: null,
                naaste: null,
                selfSufficiency: null,
                selfSufficiencyOn: null,
              },
            ],
          });
        }
      }
    });
  } finally {
    await database.close();
  }
}

describe('meetwerk outcomes export', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-outcomes-'));
    const dataDir = path.join(dir, 'data');
    // Ten residents (the default threshold): 6 × +10, +2, +2 and −5 (the same), 1 × −10.
    await seedTeam(
      dataDir,
      'GM0772',
      'Wijkteam "Oost", Noord',
      [10, 10, 10, 10, 10, 10, 2, 2, -5, -10],
    );
    await seedTeam(dataDir, 'GM0772', 'Wijkteam Klein', [20, 20, 20]);
    await seedTeam(
      dataDir,
      'GM0344',
      'Buurtteam Utrecht',
      [30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    );
  }, 90_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one row per wijkteam and domain, with suppressed cells empty', async () => {
    const out = path.join(dir, 'eindhoven.csv');
    const run = await meetwerk(['outcomes', 'export', '--gemeente', 'gm0772', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Eindhoven: 14 regels geschreven naar ${out} (13 onderdrukt).\n`);
    const lines = fs.readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      'wijkteam,domein,n,verbeterd,gelijk,verslechterd,pct_verbeterd,onderdrukt',
    );
    expect(lines).toContain('"Wijkteam ""Oost"", Noord",Wonen,10,6,3,1,60.0,nee');
    expect(lines).toContain('"Wijkteam ""Oost"", Noord",Financiën,,,,,,ja');
    expect(lines).toContain('Wijkteam Klein,Wonen,,,,,,ja');
    expect(lines.filter((l) => l.includes('Buurtteam'))).toEqual([]);
    expect(lines).toHaveLength(1 + 14 + 1);
  });

  it('stops with exit code 1 and a Dutch message for an unknown gemeente or a bad path', async () => {
    const unknown = await meetwerk([
      'outcomes',
      'export',
      '--gemeente',
      'GM9999',
      '--out',
      'x.csv',
    ]);
    expect(unknown).toMatchObject({ code: 1, stderr: 'Fout: Gemeente GM9999 bestaat niet.\n' });
    const wrong = await meetwerk([
      'outcomes',
      'export',
      '--gemeente',
      'Eindhoven',
      '--out',
      'x.csv',
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('geen CBS-code');
    const badPath = path.join(dir, 'bestaat-niet', 'uit.csv');
    const unwritable = await meetwerk([
      'outcomes',
      'export',
      '--gemeente',
      'GM0344',
      '--out',
      badPath,
    ]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('kan niet worden geschreven');
  });
});
