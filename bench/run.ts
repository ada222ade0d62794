/**
 * `npm run bench`: cold start, logins, survey answers, register import and invitation letters of
 * Meetwerk, measured on this machine.
 * Prints the figures and writes them to bench/results/latest.json. See bench/README.md.
 *
 * Settings (environment):
 *   BENCH_RUNS=5              cold starts (each: a first start and a restart)
 *   BENCH_CONCURRENCY=8       concurrent clients in the throughput benchmarks
 *   BENCH_LOGINS=400          logins per throughput run
 *   BENCH_HEALTH_REQUESTS=4000 health requests for the baseline
 *   BENCH_CLIENTS=2000        invited clients in the answers benchmark
 *   BENCH_RESPONDENTS=1000    of those, how many answer online (the rest on paper)
 *   BENCH_RESPONDENT_CONCURRENCY=16  concurrent respondents / typists
 *   BENCH_IMPORT_ROWS=100000  rows of the imported register
 *   BENCH_LETTERS=23000       letters in one PDF
 *   BENCH_ONLY=cold,login,answers,import,letters,results,registrations,postgres  run only these parts
 *   (registrations: bench/registrations.ts, e.g. BENCH_REGISTRATION_ROWS=300000)
 *   (results: see bench/results.ts for its own settings, e.g. BENCH_NATIONAL_RESPONSES)
 *   BENCH_DATABASE_URL=postgres://…  also run login, answers and import on PostgreSQL
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  answerOnlineUnderLoad,
  countedResponses,
  enterPaperUnderLoad,
  prepareRound,
  type OnlineResult,
  type PaperResult,
} from './answers.js';
import { measureArgon2, type Argon2Cost } from './argon2.js';
import { keepAliveAgent, request } from './http.js';
import { measureImport, type ImportResult } from './import.js';
import { runLoad, type LoadResult } from './load.js';
import { COLD_START_BUDGET_MS, measureColdStart, type ColdStartResult } from './cold-start.js';
import { measureLogins, type LoginBenchmark, type MeasuredLoad } from './login.js';
import { describeServer, withFreshDatabase } from './postgres.js';
import { resultsBenchmarks, type ResultsBenchmark } from './results.js';
import { BIN, ROOT, startServer, stopAllServers } from './server.js';

function setting(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} moet een heel getal van 1 tot en met ${max} zijn, niet "${raw}".`);
  }
  return value;
}

const settings = {
  runs: setting('BENCH_RUNS', 5, 50),
  concurrency: setting('BENCH_CONCURRENCY', 8, 256),
  logins: setting('BENCH_LOGINS', 400, 100_000),
  healthRequests: setting('BENCH_HEALTH_REQUESTS', 4000, 1_000_000),
  clients: setting('BENCH_CLIENTS', 2000, 200_000),
  respondents: setting('BENCH_RESPONDENTS', 1000, 200_000),
  respondentConcurrency: setting('BENCH_RESPONDENT_CONCURRENCY', 16, 256),
  importRows: setting('BENCH_IMPORT_ROWS', 100_000, 1_000_000),
  letters: setting('BENCH_LETTERS', 23_000, 100_000),
};
if (settings.respondents >= settings.clients) {
  throw new Error(
    'BENCH_RESPONDENTS moet kleiner zijn dan BENCH_CLIENTS: de rest wordt op papier ingevoerd.',
  );
}
const only = new Set(
  (process.env.BENCH_ONLY ?? 'cold,login,answers,import,letters,results,registrations,postgres')
    .split(',')
    .map((part) => part.trim()),
);
const postgresUrl = process.env.BENCH_DATABASE_URL || undefined;

const log = (line = '') => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function printLoad(label: string, result: MeasuredLoad, unit: string): void {
  const failed = Object.entries(result.failures)
    .map(([status, count]) => `${count}× ${status === '0' ? 'netwerkfout' : status}`)
    .join(', ');
  log(
    `  ${label.padEnd(8)} ${String(result.perSecond).padStart(7)} ${unit}/s   ` +
      `p50 ${result.latencyMs.median} ms, p95 ${result.latencyMs.p95} ms, ` +
      `p99 ${result.latencyMs.p99} ms   (${result.ok}/${result.requests} goed` +
      `${failed ? `; ${failed}` : ''}, ${result.seconds} s)` +
      (result.serverCpuMsPerRequest === null
        ? ''
        : `\n  ${''.padEnd(8)} server-CPU ${result.serverCpuMsPerRequest} ms per verzoek`),
  );
}

function printLogins(title: string, result: LoginBenchmark): void {
  log(`${title} (${result.login.concurrency} clients, ${result.accounts} demo-accounts)`);
  printLoad('health', result.health, 'verz.');
  printLoad('inloggen', result.login, 'inl.');
  log(`  verhouding health : inloggen = ${result.healthToLoginRatio} : 1`);
  log(
    `  één client alleen: inloggen ${result.singleClientLoginMs} ms, ` +
      `health ${result.singleClientHealthMs} ms (mediaan)`,
  );
  log();
}

/** One server, demo loaded on its first start, login rate limit out of the way. */
async function loginBenchmark(env: Record<string, string>): Promise<LoginBenchmark> {
  const server = await startServer({
    ...env,
    MEETWERK_DEMO: '1',
    MEETWERK_LOGIN_RATE_PER_MINUTE: '100000',
  });
  try {
    return await measureLogins({ url: server.url, pid: server.pid, ...settings });
  } finally {
    await server.stop();
  }
}

/** GUIDE.md section 8. */
const ANSWER_BUDGET = { pglite: 300, postgres: 1000, p99Ms: 200 };

export interface AnswersBenchmark {
  clients: number;
  /** GET /api/v1/health with the same concurrency, on the same server, just before. */
  health: LoadResult;
  online: OnlineResult;
  paper: PaperResult;
  counted: { online: number; papier: number; totaal: number; aantalReacties: number };
  lost: number;
  prepareSeconds: number;
}

function serverEnv(database: { dataDir: string } | { url: string }): Record<string, string> {
  return 'url' in database
    ? { DATABASE_URL: database.url }
    : { MEETWERK_DATA_DIR: database.dataDir, DATABASE_URL: '' };
}

/** One server with the demo (for its beheerder), rate limits of the resident pages out of the way. */
async function answersBenchmark(env: Record<string, string>): Promise<AnswersBenchmark> {
  const server = await startServer({
    ...env,
    MEETWERK_DEMO: '1',
    MEETWERK_LOGIN_RATE_PER_MINUTE: '1000000',
  });
  try {
    const started = performance.now();
    const round = await prepareRound(server.url, settings.clients);
    const prepareSeconds = (performance.now() - started) / 1000;
    const agent = keepAliveAgent(settings.respondentConcurrency);
    const health = await runLoad({
      total: 2000,
      concurrency: settings.respondentConcurrency,
      expectStatus: 200,
      send: async () => (await request(`${server.url}/api/v1/health`, { agent })).status,
    });
    agent.destroy();
    const online = await answerOnlineUnderLoad({
      url: server.url,
      pid: server.pid,
      codes: round.codes.slice(0, settings.respondents),
      concurrency: settings.respondentConcurrency,
      postgres: Boolean(env.DATABASE_URL),
    });
    const paper = await enterPaperUnderLoad({
      url: server.url,
      pid: server.pid,
      staff: round.staff,
      surveyId: round.surveyId,
      codes: round.codes.slice(settings.respondents),
      concurrency: settings.respondentConcurrency,
    });
    const counted = await countedResponses(round.staff, round.surveyId);
    const lost = online.completed + paper.ok - counted.totaal;
    return { clients: settings.clients, health, online, paper, counted, lost, prepareSeconds };
  } finally {
    await server.stop();
  }
}

function printAnswers(title: string, result: AnswersBenchmark, budgetPerSecond: number): void {
  const { online, paper, health } = result;
  log(
    `${title}: ${result.clients} uitgenodigd (klaargezet in ${result.prepareSeconds.toFixed(1)} s), ` +
      `${online.concurrency} gelijktijdige respondenten`,
  );
  log(
    `  health-basislijn       ${String(health.perSecond).padStart(7)} verz./s   p50 ${health.latencyMs.median} ms, p99 ${health.latencyMs.p99} ms`,
  );
  log(
    `  online ingevuld        ${String(online.completedPerSecond).padStart(7)} vragenlijsten/s   ` +
      `(${online.completed}/${online.respondents} klaar, ${online.failed} mislukt, ${online.seconds} s)`,
  );
  log(
    `  online formulierposts  ${String(online.formPostsPerSecond).padStart(7)} posts/s   ` +
      `(${online.postsPerQuestionnaire} posts en ${online.requestsPerQuestionnaire} verzoeken per vragenlijst; ` +
      `alle verzoeken ${online.requestsPerSecond}/s)`,
  );
  log(
    `  versturen (laatste post)  p50 ${online.submitLatencyMs.median} ms, p95 ${online.submitLatencyMs.p95} ms, ` +
      `p99 ${online.submitLatencyMs.p99} ms; elke post p99 ${online.formPostLatencyMs.p99} ms`,
  );
  log(
    `  server-CPU ${online.serverCpuMsPerQuestionnaire} ms per vragenlijst, ` +
      `${online.serverCpuMsPerRequest} ms per verzoek; benchmarkclient ` +
      `${online.clientCpuMsPerRequest} ms per verzoek` +
      (online.databaseCpuMsPerRequest === null
        ? ''
        : `; PostgreSQL ${online.databaseCpuMsPerRequest} ms per verzoek`) +
      (online.machineBusyCores === null
        ? ''
        : `; de machine had ${online.machineBusyCores} van ${os.cpus().length} kernen bezig`),
  );
  for (const error of online.errors) log(`  fout: ${error}`);
  printLoad('papier', paper, 'form.');
  log(
    `  geteld door de API: online ${result.counted.online}, papier ${result.counted.papier}, ` +
      `totaal ${result.counted.totaal} (aantalReacties ${result.counted.aantalReacties}); verloren: ${result.lost}`,
  );
  // The budget counts online answer submissions: every form post that stores answers (the
  // code, each page, Versturen), with its p99. Questionnaires and paper forms are for comparison.
  const within =
    online.formPostsPerSecond >= budgetPerSecond &&
    online.formPostLatencyMs.p99 <= ANSWER_BUDGET.p99Ms &&
    result.lost === 0;
  log(
    `  budget ≥ ${budgetPerSecond} antwoordposts/s, p99 ≤ ${ANSWER_BUDGET.p99Ms} ms, niets verloren: ` +
      `${within ? 'binnen' : 'BUITEN'} (${online.formPostsPerSecond}/s, p99 ${online.formPostLatencyMs.p99} ms)`,
  );
  log();
}

/** Responses lost or failed submissions: the benchmark fails, loudly. */
function checkNothingLost(label: string, result: AnswersBenchmark): void {
  const problems: string[] = [];
  if (result.lost !== 0) problems.push(`${result.lost} reacties verloren`);
  if (result.counted.totaal !== result.counted.aantalReacties) {
    problems.push(
      `voortgang telt ${result.counted.totaal}, het onderzoek ${result.counted.aantalReacties}`,
    );
  }
  if (result.online.failed > 0)
    problems.push(`${result.online.failed} online vragenlijsten mislukt`);
  if (result.paper.ok !== result.paper.requests) {
    problems.push(`${result.paper.requests - result.paper.ok} papieren formulieren geweigerd`);
  }
  if (
    result.counted.online !== result.online.completed ||
    result.counted.papier !== result.paper.ok
  ) {
    problems.push(
      `per kanaal: online ${result.counted.online} geteld / ${result.online.completed} verstuurd, ` +
        `papier ${result.counted.papier} / ${result.paper.ok}`,
    );
  }
  if (problems.length > 0) throw new Error(`Antwoorden ${label}: ${problems.join('; ')}.`);
}

async function importBenchmark(env: Record<string, string>): Promise<ImportResult> {
  const server = await startServer({ ...env, MEETWERK_DEMO: '1' });
  try {
    return await measureImport({ url: server.url, pid: server.pid, rows: settings.importRows });
  } finally {
    await server.stop();
  }
}

function printImport(title: string, result: ImportResult): void {
  log(
    `${title}: ${result.rows} rijen (${result.fileMb} MB CSV) in ${result.seconds} s = ` +
      `${result.rowsPerSecond} rijen/s; aanvaard ${result.aanvaard}, afgewezen ${result.afgewezen}`,
  );
  log(
    `  server-RSS ${result.serverRssBeforeMb} MB ervoor, piek ${result.serverRssPeakMb} MB ` +
      `(+${result.serverRssPeakMb - result.serverRssBeforeMb} MB); VmHWM ${result.serverHighWaterMb} MB`,
  );
  log();
}

export interface LettersBenchmark {
  letters: number;
  alone: { pages: number; seconds: number; maxRssMb: number; sizeMb: number };
  endToEnd: Record<string, number>;
  withinBudget: boolean;
}

/** bench/letters.ts in a child process of its own (its memory is the figure); output passed on. */
function lettersBenchmark(): Promise<LettersBenchmark> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'bench/letters.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, BENCH_LETTERS: String(settings.letters) },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      for (const line of output.split('\n')) {
        if (line && !line.startsWith('RESULTAAT ')) log(`  ${line}`);
      }
      const line = output.split('\n').find((l) => l.startsWith('RESULTAAT '));
      if (!line) {
        reject(new Error(`bench/letters.ts stopte met code ${code} zonder resultaat.`));
        return;
      }
      resolve(JSON.parse(line.slice('RESULTAAT '.length)) as LettersBenchmark);
    });
  });
}

/** bench/registrations.ts in a child process (its memory is a figure); output passed on. */
function registrationsBenchmark(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (!(postgresUrl && only.has('postgres'))) delete env.BENCH_DATABASE_URL;
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench/registrations.ts')],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      for (const line of output.split('\n')) {
        if (line && !line.startsWith('RESULTAAT ')) log(`  ${line}`);
      }
      const line = output.split('\n').find((l) => l.startsWith('RESULTAAT '));
      if (!line) {
        reject(new Error(`bench/registrations.ts stopte met code ${code} zonder resultaat.`));
        return;
      }
      resolve(JSON.parse(line.slice('RESULTAAT '.length)));
    });
  });
}

async function main(): Promise<void> {
  const results: {
    date: string;
    machine: Record<string, unknown>;
    settings: typeof settings;
    coldStart?: ColdStartResult;
    argon2?: Argon2Cost;
    login?: { pglite: LoginBenchmark; postgres?: LoginBenchmark & { server: string } };
    answers?: { pglite: AnswersBenchmark; postgres?: AnswersBenchmark & { server: string } };
    import?: { pglite: ImportResult; postgres?: ImportResult & { server: string } };
    letters?: LettersBenchmark;
    registrations?: unknown;
    results?: ResultsBenchmark[];
  } = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'onbekend',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    settings,
  };
  log(
    `Meetwerk-benchmark, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), ` +
      `Node ${process.version}, belasting ${os.loadavg()[0]?.toFixed(2)}`,
  );
  log();

  // Untimed: fills tsx's cache of compiled TypeScript, so that no run pays for it.
  spawnSync(process.execPath, [BIN, '--help'], { cwd: ROOT, stdio: 'ignore' });

  if (only.has('cold')) {
    log(`Koude start: ${settings.runs}× eerste start (lege map, laadt de demo) en herstart`);
    const cold = await measureColdStart(settings.runs, log);
    results.coldStart = cold;
    for (const [label, summary] of [
      ['eerste start', cold.firstStartMs],
      ['herstart', cold.restartMs],
    ] as const) {
      const verdict = summary.median <= COLD_START_BUDGET_MS ? 'binnen' : 'BOVEN';
      log(
        `  ${label.padEnd(13)} mediaan ${seconds(summary.median)} ` +
          `(min ${seconds(summary.min)}, max ${seconds(summary.max)}): ${verdict} budget ` +
          `${seconds(COLD_START_BUDGET_MS)}`,
      );
    }
    log();
  }

  if (only.has('login')) {
    results.argon2 = await measureArgon2();
    log(
      `argon2id: één controle ${results.argon2.verifyMs} ms; plafond ` +
        `${results.argon2.ceilingPerSecond} inl./s op ${os.availableParallelism()} cores`,
    );
    const dataParent = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-bench-'));
    try {
      const pglite = await loginBenchmark({
        MEETWERK_DATA_DIR: path.join(dataParent, 'data'),
        DATABASE_URL: '',
      });
      results.login = { pglite };
      printLogins('Inloggen op PGlite', pglite);
    } finally {
      fs.rmSync(dataParent, { recursive: true, force: true });
    }

    if (postgresUrl && only.has('postgres')) {
      const server = describeServer(postgresUrl);
      const postgres = await withFreshDatabase(postgresUrl, (url) =>
        loginBenchmark({ DATABASE_URL: url }),
      );
      results.login.postgres = { ...postgres, server };
      printLogins(`Inloggen op ${server}`, postgres);
    } else if (!postgresUrl) {
      log('PostgreSQL overgeslagen: zet BENCH_DATABASE_URL om ook daartegen te meten.');
    }
  }

  // Checked after everything ran (and written to the results), so one failure hides no figure.
  const lossChecks: (() => void)[] = [];

  if (only.has('answers')) {
    const dataParent = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-bench-'));
    try {
      const pglite = await answersBenchmark(serverEnv({ dataDir: path.join(dataParent, 'data') }));
      results.answers = { pglite };
      printAnswers('Antwoorden op PGlite', pglite, ANSWER_BUDGET.pglite);
      lossChecks.push(() => checkNothingLost('op PGlite', pglite));
    } finally {
      fs.rmSync(dataParent, { recursive: true, force: true });
    }
    if (postgresUrl && only.has('postgres')) {
      const server = describeServer(postgresUrl);
      const postgres = await withFreshDatabase(postgresUrl, (url) =>
        answersBenchmark(serverEnv({ url })),
      );
      results.answers.postgres = { ...postgres, server };
      printAnswers(`Antwoorden op ${server}`, postgres, ANSWER_BUDGET.postgres);
      lossChecks.push(() => checkNothingLost(`op ${server}`, postgres));
    }
  }

  if (only.has('import')) {
    const dataParent = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-bench-'));
    try {
      const pglite = await importBenchmark(serverEnv({ dataDir: path.join(dataParent, 'data') }));
      results.import = { pglite };
      printImport('Cliëntenbestand inlezen op PGlite', pglite);
    } finally {
      fs.rmSync(dataParent, { recursive: true, force: true });
    }
    if (postgresUrl && only.has('postgres')) {
      const server = describeServer(postgresUrl);
      const postgres = await withFreshDatabase(postgresUrl, (url) =>
        importBenchmark(serverEnv({ url })),
      );
      results.import.postgres = { ...postgres, server };
      printImport(`Cliëntenbestand inlezen op ${server}`, postgres);
    }
  }

  if (only.has('letters')) {
    log(`Uitnodigingsbrieven: ${settings.letters} in één PDF (bench/letters.ts)`);
    results.letters = await lettersBenchmark();
    log();
  }

  if (only.has('results')) {
    log('Resultaten: project (29 gemeenten) en dashboard-API landelijk (bench/results.ts)');
    results.results = await resultsBenchmarks(log, only.has('postgres') ? postgresUrl : undefined);
  }

  if (only.has('registrations')) {
    log(
      'Registratie en werkdruk: import en dashboard op een jaar contacten (bench/registrations.ts)',
    );
    results.registrations = await registrationsBenchmark();
    log();
  }

  results.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const out = path.join(ROOT, 'bench/results/latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`Resultaten geschreven naar ${path.relative(process.cwd(), out)}`);
  for (const check of lossChecks) check();
  if (results.letters && !results.letters.withinBudget) {
    throw new Error('De brieven blijven niet binnen het budget.');
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAllServers();
    process.exit(130);
  });
}

try {
  await main();
} catch (error) {
  stopAllServers();
  console.error(`Fout: ${(error as Error).message}`);
  process.exitCode = 1;
}
