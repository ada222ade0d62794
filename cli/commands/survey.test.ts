/**
 * `meetwerk survey create | sample | invite | purge` as an operator runs them: the real program in a
 * child process, on an embedded PGlite database in a fresh temporary folder. The register is
 * put in between runs by the test itself (the import has its own tests), while no child holds
 * the folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyWithCli, runMeetwerk, type CliRun } from '../testing.js';
import { openTestDataDir } from '../../server/testing/test-database.js';
import { insertTestClients } from '../../server/surveys/sampling/test-clients.js';
import {
  findTenantByCbsCode,
  insertTenant,
  linkTenants,
} from '../../server/tenants/tenant.repository.js';

let dir: string;

function meetwerk(args: string[]): Promise<CliRun> {
  return runMeetwerk(args, {
    dataDir: path.join(dir, 'data'),
    cwd: dir,
    unset: ['MEETWERK_PUBLIC_URL'],
  });
}

const UUID_LINE = /\n[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$/;

describe('meetwerk survey create', { timeout: 60_000 }, () => {
  let otherBureauId: string;

  /** Two bureaus with overlapping gemeenten, and a samenwerking in Groningen and Almere. */
  async function addOrganisations(): Promise<void> {
    const database = await openTestDataDir(path.join(dir, 'data'));
    try {
      const { db } = database;
      const id = async (code: string) => (await findTenantByCbsCode(db, code))!.id;
      const [groningen, assen, emmen, almere] = await Promise.all(
        ['GM0014', 'GM0106', 'GM0114', 'GM0034'].map(id),
      );
      const noorderzon = await insertTenant(db, {
        kind: 'bureau',
        name: 'Onderzoeksbureau Noorderzon',
      });
      const other = await insertTenant(db, { kind: 'bureau', name: 'Bureau Zuiderlicht' });
      const samenwerking = await insertTenant(db, {
        kind: 'samenwerking',
        name: 'Samenwerking Groningen-Almere',
      });
      await linkTenants(db, noorderzon.id, [groningen!, assen!, emmen!], 'werkt_voor');
      await linkTenants(db, other.id, [assen!, emmen!], 'werkt_voor');
      await linkTenants(db, samenwerking.id, [groningen!, almere!], 'omvat');
      otherBureauId = other.id;
    } finally {
      await database.close();
    }
  }

  function create(gemeenten: string[], ...extra: string[]): Promise<CliRun> {
    return meetwerk([
      'survey',
      'create',
      '--template',
      'ceo-wmo',
      '--year',
      '2026',
      ...gemeenten.flatMap((g) => ['--gemeente', g]),
      ...extra,
    ]);
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-create-'));
    await createSurveyWithCli(meetwerk);
    await addOrganisations();
  }, 90_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lets the gemeente run the round itself when it is the only one', async () => {
    const run = await create(['GM0106']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('uitgevoerd door Assen.');
    expect(run.stdout).toMatch(UUID_LINE);
  });

  it('chooses the one bureau that works for all named gemeenten', async () => {
    const run = await create(['GM0106', 'GM0014', 'gm0114']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'aangemaakt voor 3 gemeente(n), uitgevoerd door Onderzoeksbureau Noorderzon.',
    );
    expect(run.stdout).toMatch(UUID_LINE);
  });

  it('chooses the samenwerking when no bureau works for all of them', async () => {
    const run = await create(['GM0014', 'GM0034']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('uitgevoerd door Samenwerking Groningen-Almere.');
  });

  it('names the candidates when more than one bureau could run the round', async () => {
    const run = await create(['GM0106', 'GM0114']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Meer dan één organisatie werkt voor alle 2 gemeenten:');
    expect(run.stderr).toContain('Onderzoeksbureau Noorderzon (');
    expect(run.stderr).toContain(`Bureau Zuiderlicht (${otherBureauId})`);
    expect(run.stderr).toContain('--organisatie <naam of id>');
  });

  it('says so when no organisation works for all named gemeenten', async () => {
    const run = await create(['GM0106', 'GM0518']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Geen bureau of samenwerking werkt voor alle 2 gemeenten (GM0106, GM0518). Kies wie het onderzoek uitvoert met --organisatie <naam of id>.',
    );
  });

  it('takes --organisatie as a name in any case, or as an id', async () => {
    const byName = await create(
      ['GM0106', 'GM0114'],
      '--organisatie',
      'onderzoeksbureau NOORDERZON',
    );
    expect(byName.code, byName.stderr).toBe(0);
    expect(byName.stdout).toContain('uitgevoerd door Onderzoeksbureau Noorderzon.');
    expect(byName.stdout).toMatch(UUID_LINE);
    const byId = await create(['GM0106', 'GM0114'], '--organisatie', otherBureauId);
    expect(byId.code, byId.stderr).toBe(0);
    expect(byId.stdout).toContain('uitgevoerd door Bureau Zuiderlicht.');
  });

  it('stops with a Dutch message for an unknown organisation or gemeente', async () => {
    const unknown = await create(['GM0106', 'GM0114'], '--organisatie', 'Bureau Nergens');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Organisatie "Bureau Nergens" bestaat niet.');
    const notServed = await create(['GM0106', 'GM0518'], '--organisatie', 'Bureau Zuiderlicht');
    expect(notServed.code).toBe(1);
    expect(notServed.stderr).toContain('kan geen onderzoek doen voor GM0518');
    const badCode = await create(['GM0106', 'GM9999']);
    expect(badCode.code).toBe(1);
    expect(badCode.stderr).toContain('Onbekende gemeentecode: GM9999.');
  });
});

/** A round for Assen with 40 clients, half of them in category 01; the first 4 ended in 2025. */
async function roundWith40Clients(prefix: string): Promise<string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const surveyId = await createSurveyWithCli(meetwerk);
  const database = await openTestDataDir(path.join(dir, 'data'));
  try {
    const assen = (await findTenantByCbsCode(database.db, 'GM0106'))!;
    await insertTestClients(
      database,
      assen.id,
      surveyId,
      Array.from({ length: 40 }, (_, i) => ({
        gemeenteId: assen.id,
        clientNumber: `C${String(i).padStart(3, '0')}`,
        productCategory: i % 2 === 0 ? '01' : '02',
        endDate: i < 4 ? '2025-03-01' : null,
      })),
    );
  } finally {
    await database.close();
  }
  return surveyId;
}

describe('meetwerk survey sample and invite', { timeout: 60_000 }, () => {
  let surveyId: string;

  beforeAll(async () => {
    surveyId = await roundWith40Clients('meetwerk-invite-');
  }, 90_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('draws a stratified sample and prints the counts', async () => {
    const run = await meetwerk([
      'survey',
      'sample',
      surveyId,
      '--size',
      '10',
      '--stratify',
      'voorziening',
      '--seed',
      '2026',
      '--exclude-ended-before',
      '2026-01-01',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        'in bestand: 40',
        'uitgesloten: beëindigd 4, afgemeld 0, al uitgenodigd 0, eerder uitgenodigd 0',
        'populatie: 36, getrokken: 10',
        '  GM0106 Assen: 10 van 36',
        '',
      ].join('\n'),
    );
  });

  it('writes the letters as one PDF and the mailing file', async () => {
    const pdf = path.join(dir, 'brieven.pdf');
    const csv = path.join(dir, 'adressen.csv');
    const run = await meetwerk([
      'survey',
      'invite',
      surveyId,
      '--letters',
      pdf,
      '--mailing',
      csv,
      '--phone',
      '0592 36 69 11',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Let op: de brieven verwijzen naar http://localhost:8080/enquete. Stel MEETWERK_PUBLIC_URL in op het adres waar inwoners Meetwerk bereiken.\n' +
        'brieven: 10, zonder adres: 0\nadresbestand: 10 regels\n',
    );
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type \/Page\n/g)).toHaveLength(10);
    const lines = fs.readFileSync(csv, 'utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(11);
    expect(lines[1]).toMatch(
      /^C\d{3};Cliënt C\d{3};Teststraat 1;9401 AA;Assen;([2-9A-Z]{4}-[2-9A-Z]{4});http:\/\/localhost:8080\/enquete\?code=\1;GM0106;Assen$/,
    );
  });

  it('says so, with exit code 0, when there is nothing new to print', async () => {
    const run = await meetwerk([
      'survey',
      'invite',
      surveyId,
      '--letters',
      path.join(dir, 'x.pdf'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('brieven: 0');
  });

  it('deletes the personal data on request', async () => {
    const run = await meetwerk(['survey', 'purge', surveyId]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^clienten: 40, codes: 10, verwijderd op: \d{4}-/);
  });

  it('stops with exit code 1 and a Dutch message for a wrong id or wrong options', async () => {
    const unknown = await meetwerk([
      'survey',
      'sample',
      '00000000-0000-4000-8000-000000000000',
      '--all',
      '--seed',
      '1',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('bestaat niet');
    const both = await meetwerk(['survey', 'sample', surveyId, '--seed', '1']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('Kies --all of --size <aantal>.');
  });
});

describe('meetwerk survey sample: a second draw and wrong options', { timeout: 60_000 }, () => {
  let surveyId: string;

  beforeAll(async () => {
    surveyId = await roundWith40Clients('meetwerk-sample-');
  }, 90_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sample = (...args: string[]) => meetwerk(['survey', 'sample', surveyId, ...args]);

  it('says that --size must be a whole number', async () => {
    for (const size of ['abc', '12.5']) {
      const run = await sample('--size', size, '--seed', '1');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `--size moet een heel getal zijn, bijvoorbeeld 500 (niet "${size}").`,
      );
    }
    const zero = await sample('--size', '0', '--seed', '1');
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain('--size: Trek minstens 1 persoon.');
  });

  it('names the allowed values for an unknown --stratify', async () => {
    const run = await sample('--size', '10', '--stratify', 'gemeente,wijk', '--seed', '1');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '--stratify kent "wijk" niet. Kies uit gemeente, voorziening, leeftijdsgroep, gescheiden door komma\'s',
    );
    expect(run.stderr).not.toContain('strata');
  });

  it('refuses a second draw unless --aanvullen is given, and says when too few are left', async () => {
    const first = await sample('--size', '10', '--seed', '2026');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('populatie: 40, getrokken: 10\n');
    expect(first.stdout).not.toContain('gevraagd');

    const again = await sample('--size', '5', '--seed', '2027');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(
      'Voor dit onderzoek zijn al 10 mensen uitgenodigd. Een nieuwe trekking voegt mensen toe aan de steekproef. Wilt u dat, geef dan ook --aanvullen.',
    );

    const topUp = await sample('--size', '5000', '--seed', '2027', '--aanvullen');
    expect(topUp.code, topUp.stderr).toBe(0);
    expect(topUp.stdout).toContain('al uitgenodigd 10,');
    expect(topUp.stdout).toContain('populatie: 30, getrokken: 30\n');
    expect(topUp.stdout).toContain(
      'gevraagd: 5000, beschikbaar: 30, getrokken: 30\nEr zijn minder mensen beschikbaar dan gevraagd',
    );
  });
});
