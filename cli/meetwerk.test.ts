/**
 * The `meetwerk` command as an operator uses it: the real program in a child process, on an
 * embedded PGlite database in a fresh temporary folder. Nothing is mocked.
 *
 * Creating a database in an empty folder takes 4-10 s, every command 1-3 s. So one empty folder is
 * migrated once (the `migrate` test) and copied for most groups. Each group has its own folder,
 * shared by its steps, which run in order; the groups run side by side.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let root: string;

/** Environment for a child: embedded database in `dataDir`, no demo unless asked for. */
function childEnv(dataDir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited.MEETWERK_PUBLIC_URL;
  return {
    ...inherited,
    DATABASE_URL: '',
    MEETWERK_DATA_DIR: dataDir,
    MEETWERK_DEMO: '0',
    ...env,
  };
}

/** Runs `node cli/bin.js ...args` to the end. Never rejects: the exit code is part of the result. */
function meetwerk(dataDir: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: root, env: childEnv(dataDir, env), timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Server {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `meetwerk serve` and waits until /api/v1/health answers 200. */
async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], {
    cwd: root,
    env: childEnv(dataDir, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: Server = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serve stopte (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${server.url}/api/v1/health`);
      if (response.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`serve antwoordde niet binnen 60 s:\n${output}`);
}

/** A group of steps on one data folder: in order within, side by side with other groups. */
function group(name: string, body: () => void): void {
  describe(name, { concurrent: true, timeout: 90_000 }, body);
}
const step = it.sequential;

let template: string;
let migrated: Run;
let firstStartDir: string;
let listedOnEmpty: Run;

/** A copy of the migrated, empty database: saves the ~10 s of creating one. */
function copyOfMigrated(name: string): string {
  const dir = path.join(root, name);
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

/** The lines of `user list`, as {email: status}. */
function statuses(run: Run): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of run.stdout.split('\n')) {
    const cells = line.split('\t');
    if (cells.length === 4) result[cells[0]!] = cells[3]!;
  }
  return result;
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-cli-'));
  template = path.join(root, 'leeg');
  firstStartDir = path.join(root, 'eerste-start');
  // Both create a database in an empty folder, side by side.
  [migrated, listedOnEmpty] = await Promise.all([
    meetwerk(template, ['migrate']),
    meetwerk(firstStartDir, ['user', 'list', '--organisatie', 'platform']),
  ]);
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('meetwerk', () => {
  it('--help lists the commands an operator needs', async () => {
    const run = await meetwerk(path.join(root, 'niet-gebruikt'), ['--help']);
    expect(run.code).toBe(0);
    const commands = [...run.stdout.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]);
    for (const name of ['serve', 'migrate', 'demo', 'user', 'audit', 'backup', 'restore']) {
      expect(commands).toContain(name);
    }
    expect(fs.existsSync(path.join(root, 'niet-gebruikt'))).toBe(false);
  });

  it('migrate creates and migrates a database in an empty folder', () => {
    expect(migrated).toMatchObject({ code: 0, stdout: 'De database is bijgewerkt.\n' });
    expect(fs.existsSync(path.join(template, 'PG_VERSION'))).toBe(true);
    expect(fs.existsSync(path.join(template, 'meetwerk.lock'))).toBe(false);
  });
});

group('demo, users and the audit log', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyOfMigrated('demo');
  });
  const list = async () =>
    statuses(await meetwerk(dir, ['user', 'list', '--organisatie', 'GM0014']));

  step('demo loads the demo world; a second time it says it is already loaded', async () => {
    const loaded = await meetwerk(dir, ['demo']);
    expect(loaded).toMatchObject({ code: 0, stdout: 'De demo-omgeving is geladen.\n' });
    expect(await list()).toMatchObject({
      'beheerder@demo.meetwerk.nl': 'actief',
      'nieuwe.collega@demo.meetwerk.nl': 'uitnodiging open',
    });
    const again = await meetwerk(dir, ['demo']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('De demo-omgeving is al geladen.');
  });

  step('user create prints a one-time invitation link', async () => {
    const run = await meetwerk(
      dir,
      [
        ...['user', 'create', '--email', 'x@test.nl', '--naam', 'X'],
        ...['--rol', 'beleidsmedewerker', '--organisatie', 'GM0014'],
      ],
      { MEETWERK_PUBLIC_URL: 'https://meetwerk.groningen.nl/' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('X <x@test.nl> is beleidsmedewerker bij Groningen.');
    expect(run.stdout).toMatch(
      /^https:\/\/meetwerk\.groningen\.nl\/uitnodiging\?token=[\w-]{40,}$/m,
    );
  });

  step('user create refuses an unknown role, organisation or e-mail address', async () => {
    const create = (email: string, rol: string, organisatie: string) =>
      meetwerk(dir, [
        ...['user', 'create', '--email', email, '--naam', 'Y'],
        ...['--rol', rol, '--organisatie', organisatie],
      ]);
    // Only the organisation check opens the database, so these can run at the same time.
    const [role, organisation, email] = await Promise.all([
      create('y@test.nl', 'koning', 'GM0014'),
      create('y@test.nl', 'professional', 'GM9999'),
      create('geen-adres', 'professional', 'GM0014'),
    ]);
    expect(role.stderr).toContain('Onbekende rol "koning". Kies uit: beheerder, beleidsmedewerker');
    expect(organisation.stderr).toContain('Organisatie "GM9999" bestaat niet.');
    expect(email.stderr).toContain('Vul een geldig e-mailadres in.');
    for (const run of [role, organisation, email]) {
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toMatch(/^Fout: /);
    }
  });

  step('user list shows the new user as invited; deactivate marks them deactivated', async () => {
    expect((await list())['x@test.nl']).toBe('uitnodiging open');
    const deactivate = await meetwerk(dir, [
      ...['user', 'deactivate', '--email', 'x@test.nl', '--organisatie', 'GM0014'],
    ]);
    expect(deactivate).toMatchObject({
      code: 0,
      stdout: 'x@test.nl is gedeactiveerd bij Groningen.\n',
    });
    const after = await list();
    expect(after['x@test.nl']).toBe('gedeactiveerd');
    expect(after['beheerder@demo.meetwerk.nl']).toBe('actief');
    expect(after['y@test.nl']).toBeUndefined();
  });

  step('audit export writes a CSV for Dutch spreadsheets, with the invitation in it', async () => {
    const csv = path.join(root, 'audit.csv');
    const run = await meetwerk(dir, ['audit', 'export', '--organisatie', 'GM0014', '--out', csv]);
    expect(run.code).toBe(0);
    const bytes = fs.readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'tijdstip_nl;gebruiker_id;gebruiker;actie;omschrijving;objecttype;object_id;doel;details',
    );
    expect(run.stdout).toBe(`${lines.length - 1} regels van Groningen geschreven naar ${csv}.\n`);
    const byCli = lines
      .map((line) => line.split(';'))
      .filter((cells) => cells[2] === 'Opdrachtregel (meetwerk-cli)');
    const invited = byCli.filter((cells) => cells[3] === 'gebruiker.uitgenodigd');
    expect(invited).toHaveLength(1);
    expect(invited[0]?.slice(4, 8)).toEqual([
      'Gebruiker uitgenodigd',
      'gebruiker',
      expect.stringMatching(/^[0-9a-f-]{36}$/),
      'Beheer van gebruikers',
    ]);
    expect(invited[0]?.[8]).toContain('""rol"":""beleidsmedewerker""');
    expect(byCli.some((cells) => cells[3] === 'gebruiker.gewijzigd')).toBe(true);
  });

  step('audit export refuses a wrong date or an unwritable file in Dutch', async () => {
    const out = path.join(root, 'gisteren.csv');
    const exportTo = (file: string, ...extra: string[]) =>
      meetwerk(dir, ['audit', 'export', '--organisatie', 'GM0014', '--out', file, ...extra]);
    const [words, impossible, noFolder] = await Promise.all([
      exportTo(out, '--van', 'gisteren'),
      exportTo(out, '--tot', '2026-02-30'),
      exportTo(path.join(root, 'bestaat-niet', 'audit.csv')),
    ]);
    expect(words.stderr).toBe('Fout: --van moet een datum zijn als jjjj-mm-dd, niet "gisteren".\n');
    expect(impossible.stderr).toBe(
      'Fout: --tot moet een datum zijn als jjjj-mm-dd, niet "2026-02-30".\n',
    );
    expect(noFolder.stderr).toMatch(/^Fout: Het bestand .*audit\.csv kan niet worden geschreven/);
    for (const run of [words, impossible, noFolder]) expect(run.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });

  step('demo --reset refuses without --ja; with --ja it restores the demo world', async () => {
    const refused = await meetwerk(dir, ['demo', '--reset']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Herhaal met --reset --ja om door te gaan.');
    expect((await list())['x@test.nl']).toBe('gedeactiveerd');

    const reset = await meetwerk(dir, ['demo', '--reset', '--ja']);
    expect(reset).toMatchObject({ code: 0, stdout: 'De demo-omgeving is teruggezet.\n' });
    const after = await list();
    expect(after['x@test.nl']).toBeUndefined();
    expect(after['beheerder@demo.meetwerk.nl']).toBe('actief');
  });
});

group('backup and restore', () => {
  let dir: string;
  const backup = () => path.join(root, 'b.tar.gz');
  const invite = (email: string) =>
    meetwerk(dir, [
      ...['user', 'create', '--email', email, '--naam', email, '--rol', 'professional'],
      ...['--organisatie', 'GM0014'],
    ]);
  const listed = async () =>
    Object.keys(statuses(await meetwerk(dir, ['user', 'list', '--organisatie', 'GM0014'])));

  beforeAll(async () => {
    dir = copyOfMigrated('backup');
    expect((await invite('voor@test.nl')).code).toBe(0);
  });

  step('restore brings back the database as it was at the backup', async () => {
    const made = await meetwerk(dir, ['backup', '--out', backup()]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Back-up geschreven naar ${backup()}`);
    expect([...fs.readFileSync(backup()).subarray(0, 2)]).toEqual([0x1f, 0x8b]); // gzip

    expect((await invite('na@test.nl')).code).toBe(0);
    const restored = await meetwerk(dir, ['restore', '--in', backup()]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('De back-up is teruggezet. De vorige database staat in');
    expect(await listed()).toEqual(['voor@test.nl']);
  });

  step('restore of a missing, garbled or foreign file fails and keeps the database', async () => {
    const garbage = path.join(root, 'rommel.tar.gz');
    fs.writeFileSync(garbage, 'dit is geen back-up\n'.repeat(500));
    // A real PGlite dump, but of a database that is not Meetwerk's.
    const foreign = path.join(root, 'vreemd.tar.gz');
    const other = new PGlite();
    await other.query('create table iets (x int)');
    fs.writeFileSync(foreign, Buffer.from(await (await other.dumpDataDir('gzip')).arrayBuffer()));
    await other.close();

    const missing = await meetwerk(dir, ['restore', '--in', path.join(root, 'nergens.tar.gz')]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/^Fout: Het bestand .*nergens\.tar\.gz bestaat niet\.\n$/);
    for (const file of [garbage, foreign]) {
      const run = await meetwerk(dir, ['restore', '--in', file]);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toContain(
        'Fout: De back-up kon niet worden teruggezet; de huidige database is ongewijzigd.',
      );
    }
    expect(fs.readdirSync(root).filter((name) => name.startsWith('backup.'))).toEqual([
      expect.stringMatching(/^backup\.voor-herstel-/),
    ]);
    expect(await listed()).toEqual(['voor@test.nl']);
  });
});

group('while a server holds the database', () => {
  let dir: string;
  let server: Server;
  beforeAll(async () => {
    dir = copyOfMigrated('in-gebruik');
    server = await startServer(dir);
  });
  afterAll(async () => {
    await server?.stop();
  });

  step('other commands refuse to open it instead of damaging it', async () => {
    const [list, backup, restore] = await Promise.all([
      meetwerk(dir, ['user', 'list', '--organisatie', 'GM0014']),
      meetwerk(dir, ['backup', '--out', path.join(root, 'tijdens.tar.gz')]),
      meetwerk(dir, ['restore', '--in', BIN]),
    ]);
    for (const run of [list, backup, restore]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `is in gebruik door een ander Meetwerk-proces (pid ${server.pid}). Stop dat proces eerst.`,
      );
    }
    expect(fs.existsSync(path.join(root, 'tijdens.tar.gz'))).toBe(false);
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });

  step(
    'a second server on the same port, or on no valid port, stops with a Dutch message',
    async () => {
      const other = copyOfMigrated('andere-poort');
      const port = new URL(server.url).port;
      const [taken, invalid] = await Promise.all([
        meetwerk(other, ['serve'], { PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
        meetwerk(other, ['serve', '--port', 'acht']),
      ]);
      expect(taken.code).toBe(1);
      expect(taken.stderr).toContain(`Fout: Poort ${port} is al in gebruik.`);
      expect(invalid).toMatchObject({ code: 1, stdout: '' });
      expect(invalid.stderr).toBe(
        'Fout: --port moet een poortnummer zijn (0 tot 65535), niet "acht".\n',
      );
      // The failed start closed its database: the folder is free for the next command.
      expect(fs.existsSync(path.join(other, 'meetwerk.lock'))).toBe(false);
    },
  );

  step('migrate had created no account: this first start created the beheerder', () => {
    expect(server.output()).toContain('e-mailadres: beheerder@meetwerk.local');
  });
});

group('first start without the demo', () => {
  let password: string | undefined;

  step('user list on an empty folder creates the database but no beheerder', () => {
    expect(listedOnEmpty).toMatchObject({
      code: 0,
      stdout: 'Gebruikers van Meetwerk platformbeheer: 0\n',
    });
  });

  step('the first serve prints one beheerder with a one-time password that logs in', async () => {
    const server = await startServer(firstStartDir);
    try {
      const output = server.output();
      expect(output.match(/e-mailadres: /g)).toHaveLength(1);
      expect(output).toContain('e-mailadres: beheerder@meetwerk.local');
      password = /wachtwoord: +(\S+)/.exec(output)?.[1];
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);

      const login = (wachtwoord: string) =>
        fetch(`${server.url}/api/v1/sessies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'beheerder@meetwerk.local', wachtwoord }),
        });
      const ok = await login(password!);
      expect(ok.status).toBe(201);
      expect(ok.headers.get('set-cookie')).toMatch(/^meetwerk_sessie=/);
      const session = (await ok.json()) as { account: { email: string } };
      expect(session.account.email).toBe('beheerder@meetwerk.local');
      expect((await login(`${password}x`)).status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  step('a second serve prints no password, and the first one still works', async () => {
    const server = await startServer(firstStartDir);
    try {
      expect(server.output()).toContain('Meetwerk draait op http://127.0.0.1:');
      expect(server.output()).not.toContain('wachtwoord');
      expect(server.output()).not.toContain(password!);
      const login = await fetch(`${server.url}/api/v1/sessies`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'beheerder@meetwerk.local', wachtwoord: password }),
      });
      expect(login.status).toBe(201);
    } finally {
      await server.stop();
    }
  });
});
