/**
 * The registration commands as an operator runs them: the real program in child processes, on
 * an embedded PGlite database in a fresh temporary folder. Locations, registrations and
 * capacity are imported in turn; the summary lines, the rejection files, the taxonomy CSV, the
 * pressure export and the exit codes are what a user would notice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMeetwerk, type CliRun } from '../testing.js';

let dir: string;

function meetwerk(args: string[]): Promise<CliRun> {
  return runMeetwerk(args, { dataDir: path.join(dir, 'data'), cwd: dir });
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('meetwerk locations / registrations / capacity / pressure', { timeout: 120_000 }, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-registrations-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports locations, registrations and capacity with counts and rejected rows', async () => {
    const locations = write(
      'locaties.csv',
      'stadsdeel,code,naam\nEscamp,ESC1,Wijkcentrum A\nLaak,LAK1,Wijkcentrum B\nLaak,,Zonder code\n',
    );
    const first = await meetwerk(['locations', 'import', locations, '--gemeente', 'GM0518']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('aanvaard: 2, afgewezen: 1\n');
    expect(fs.readFileSync(`${locations}.afgewezen.csv`, 'utf8')).toBe(
      '\uFEFFrij;veld;reden\r\n4;code;Vul de code van de locatie in.\r\n',
    );

    const registrations = write(
      'contacten.csv',
      [
        'datum;locatie;kanaal;taak;minuten;resultaat;leeftijdsgroep;digitaal_vaardig;taalbarriere',
        '2026-03-02;ESC1;inloop;T01|T02;30;R01;65-74;nee;ja',
        '03-03-2026;ESC1;telefoon;T05;15;R02;;;',
        '2026-03-04;LAK1;inloop;T01;45;R03;75+;ja;nee',
        '2026-03-04;LAK9;inloop;T01;45;R03;75+;ja;nee',
      ].join('\n'),
    );
    const second = await meetwerk([
      'registrations',
      'import',
      registrations,
      '--gemeente',
      'GM0518',
      '--rejects',
      path.join(dir, 'fout.csv'),
    ]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe('aanvaard: 3, afgewezen: 1\n');
    expect(fs.readFileSync(path.join(dir, 'fout.csv'), 'utf8')).toBe(
      '\uFEFFrij;veld;reden\r\n5;locatie;"Locatie ""LAK9"" bestaat niet. Lees eerst de locaties in."\r\n',
    );

    const capacity = write(
      'capaciteit.csv',
      'locatie;week;soort;uren\nESC1;2026-W10;professional;2\nESC1;2026-W10;vrijwilliger;10\n',
    );
    const third = await meetwerk(['capacity', 'import', capacity, '--gemeente', 'GM0518']);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toBe('aanvaard: 2, afgewezen: 0\n');
  });

  it('prints the codes in force as CSV', async () => {
    const run = await meetwerk(['registrations', 'taxonomy', '--gemeente', 'GM0518']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('soort,code,naam');
    expect(lines[1]).toBe('taak,T01,Informatie en advies');
    expect(lines).toContain('resultaat,R03,Doorverwezen naar het wijkteam');
    expect(lines).toHaveLength(1 + 10 + 9);
  });

  it('exports the pressure per week as CSV', async () => {
    const out = path.join(dir, 'werkdruk.csv');
    const run = await meetwerk([
      'pressure',
      'export',
      '--gemeente',
      'GM0518',
      '--per',
      'week',
      '--van',
      '2026-03-02',
      '--tot',
      '2026-03-08',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = fs
      .readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // ESC1 in week 10: 45 minutes = 0.75 h; 2 professional + 10 × 0.3 vrijwilliger = 5 h.
    // 0.75 / 5 = 0.15. Two contacts are below the threshold of 10: shares withheld.
    expect(lines).toContain(
      'locatie;ESC1;Wijkcentrum A;Escamp;2026-W10;2026-03-02;2026-03-08;2;0.75;0;22.5;0;0.75;2;0;10;12;5;0.15;;;;;ja',
    );
    expect(lines.filter((l) => l.startsWith('stadsdeel;'))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('gemeente;GM0518;'))).toHaveLength(2);
  });

  it('stops with exit code 1 and a Dutch message on a file it cannot read or a wrong gemeente', async () => {
    const picture = path.join(dir, 'foto.csv');
    fs.writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const unreadable = await meetwerk(['registrations', 'import', picture, '--gemeente', 'GM0518']);
    expect(unreadable).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'Fout: Het bestand kan niet worden gelezen (foto.csv). Dit is een afbeelding (PNG), geen tabel.\n',
    });
    const columns = write('kolommen.csv', 'locatie;uren\nESC1;3\n');
    const wrong = await meetwerk(['capacity', 'import', columns, '--gemeente', 'GM0518']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(
      'Fout: De kolommen week, soort ontbreken in het bestand. Verwacht: locatie, week, soort, uren.\n',
    );
    const nowhere = await meetwerk(['registrations', 'taxonomy', '--gemeente', 'GM9999']);
    expect(nowhere).toMatchObject({ code: 1, stderr: 'Fout: Gemeente GM9999 bestaat niet.\n' });
  });
});
