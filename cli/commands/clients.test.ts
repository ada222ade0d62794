/**
 * `meetwerk clients import` as an operator runs it: the real program in a child process, on an
 * embedded PGlite database in a fresh temporary folder. Each run costs 1-3 s, so a few runs
 * cover what a user would notice: the summary line, the rejections file, and exit code 1 with a
 * Dutch message when the file or the survey is not there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyWithCli, runMeetwerk, type CliRun } from '../testing.js';

let dir: string;

function meetwerk(args: string[]): Promise<CliRun> {
  return runMeetwerk(args, { dataDir: path.join(dir, 'data'), cwd: dir });
}

describe('meetwerk clients import', { timeout: 60_000 }, () => {
  let surveyId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-clients-'));
    surveyId = await createSurveyWithCli(meetwerk);
  }, 90_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a register, prints the counts and writes the rejections next to the file', async () => {
    const file = path.join(dir, 'register.csv');
    fs.writeFileSync(
      file,
      Buffer.from(
        'Cliëntnr;BSN;Postcode\r\n1;999900006;9401AB\r\n2;999900007;9401AB\r\n3;;9402 BB\r\n',
        'latin1',
      ),
    );
    const map = path.join(dir, 'kolommen.json');
    fs.writeFileSync(map, JSON.stringify({ klantnummer: 'Cliëntnr' }));
    const run = await meetwerk(['clients', 'import', file, '--survey', surveyId, '--map', map]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('aanvaard: 2, afgewezen: 1\n');
    const rejects = fs.readFileSync(`${file}.afgewezen.csv`, 'utf8');
    expect(rejects).toBe(
      '\uFEFFrij;veld;reden\r\n3;bsn;Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.\r\n',
    );
  });

  it('stops with exit code 1 and a Dutch message when the file cannot be read', async () => {
    const file = path.join(dir, 'foto.csv');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const run = await meetwerk(['clients', 'import', file, '--survey', surveyId]);
    expect(run).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'Fout: Het bestand kan niet worden gelezen (foto.csv). Dit is een afbeelding (PNG), geen tabel.\n',
    });
  });

  it('stops with exit code 1 when the survey does not exist', async () => {
    const file = path.join(dir, 'register.csv');
    const other = '00000000-0000-4000-8000-000000000000';
    const run = await meetwerk(['clients', 'import', file, '--survey', other]);
    expect(run).toMatchObject({ code: 1, stderr: `Fout: Onderzoek "${other}" bestaat niet.\n` });
  });
});
