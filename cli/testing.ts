import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seedTestDataDir } from '../server/testing/test-database.js';

/**
 * Runs the real `meetwerk` command in a child process, as an operator would, on an embedded
 * database in `dataDir`. For the CLI's own tests.
 */
const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  dataDir: string;
  cwd?: string;
  /** Variables to leave out of the child's environment (e.g. a public URL set on this machine). */
  unset?: string[];
}

export async function runMeetwerk(args: string[], options: CliOptions): Promise<CliRun> {
  await seedTestDataDir(options.dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: '',
    MEETWERK_DEMO: '0',
    MEETWERK_DATA_DIR: options.dataDir,
  };
  for (const name of options.unset ?? []) delete env[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** `meetwerk survey create` for one gemeente; the id is the last line of its output. */
export async function createSurveyWithCli(
  run: (args: string[]) => Promise<CliRun>,
  gemeente = 'GM0106',
): Promise<string> {
  const created = await run([
    'survey',
    'create',
    '--template',
    'ceo-wmo',
    '--year',
    '2026',
    '--gemeente',
    gemeente,
  ]);
  if (created.code !== 0) throw new Error(`survey create failed: ${created.stderr}`);
  return created.stdout.trim().split('\n').at(-1) ?? '';
}
