import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyWithCli, runMeetwerk, type CliRun } from '../testing.js';
import { inTenant } from '../../server/db/database.js';
import { openTestDataDir } from '../../server/testing/test-database.js';
import { findTenantByCbsCode } from '../../server/tenants/tenant.repository.js';

/** `meetwerk results export` as an operator runs it: the real program on an embedded database. */

const HEADER =
  'gemeente,vraag,n_geldig,n_positief,pct_positief,ci_laag,ci_hoog,vergelijking,pct_vergelijking,p_waarde,significant,onderdrukt';

/** Wilson score interval in percent, worked out here. */
function wilson(x: number, n: number): [string, string] {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [(100 * (centre - half)).toFixed(1), (100 * (centre + half)).toFixed(1)];
}

describe('meetwerk results export', () => {
  let dir: string;
  let dataDir: string;
  let surveyId: string;
  const meetwerk = (args: string[]): Promise<CliRun> => runMeetwerk(args, { dataDir });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-results-'));
    dataDir = path.join(dir, 'data');
    surveyId = await createSurveyWithCli(meetwerk, 'GM0106');
    // Assen runs the round alone: 12 answers to Q1, 9 positive; 4 answers to Q2.
    const database = await openTestDataDir(dataDir);
    const assen = await findTenantByCbsCode(database.db, 'GM0106');
    await inTenant(database.db, { tenantId: assen!.id, accountId: null }, async (trx) => {
      const answers = [
        ...Array.from({ length: 9 }, () => ({ Q1: ['1'], Q2: ['2'] })),
        ...Array.from({ length: 3 }, () => ({ Q1: ['4'] })),
      ];
      await trx
        .insertInto('responses')
        .values(
          answers.map((a) => ({
            tenant_id: assen!.id,
            survey_id: surveyId,
            gemeente_id: assen!.id,
            questionnaire_version: 1,
            channel: 'papier' as const,
            answers: JSON.stringify(a),
            submitted_on: '2026-03-01',
            product_category: null,
          })),
        )
        .execute();
    });
    await database.close();
  }, 90_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the documented columns, percentages with a decimal point, suppressed rows empty', async () => {
    const out = path.join(dir, 'cijfers.csv');
    const run = await meetwerk(['results', 'export', '--survey', surveyId, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`regels: 12, telregel: positief-1-2@1, bestand: ${out}`);
    const lines = fs.readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe(HEADER);
    const [low, high] = wilson(9, 12);
    // Alone in the round: nothing to compare with, so no test.
    expect(lines[1]).toBe(`GM0106,Q1,12,9,75.0,${low},${high},project,,,,nee`);
    expect(lines[2]).toBe('GM0106,Q2,,,,,,project,,,,ja');
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(lines.at(-1)).toBe('');
  }, 60_000);

  it('names the comparison it was asked for, and refuses unknown ones', async () => {
    const out = path.join(dir, 'grootte.csv');
    const run = await meetwerk([
      'results',
      'export',
      '--survey',
      surveyId,
      '--out',
      out,
      '--compare',
      'size-class',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const line = fs.readFileSync(out, 'utf8').split('\r\n')[1];
    expect(line?.split(',')[7]).toBe('grootteklasse');
    const previous = await meetwerk([
      'results',
      'export',
      '--survey',
      surveyId,
      '--out',
      out,
      '--compare',
      'previous',
    ]);
    expect(previous.code, previous.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\r\n')[1]?.split(',')[7]).toBe('vorige');
    const wrong = await meetwerk([
      'results',
      'export',
      '--survey',
      surveyId,
      '--out',
      out,
      '--compare',
      'buren',
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Onbekende vergelijking "buren"');
    const missing = await meetwerk([
      'results',
      'export',
      '--survey',
      '00000000-0000-4000-8000-000000000000',
      '--out',
      out,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('bestaat niet');
  }, 90_000);
});
