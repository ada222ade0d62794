/**
 * `npm run bench`: cold start and login throughput of Meetwerk, measured on this machine.
 * Prints the figures and writes them to bench/results/latest.json. See bench/README.md.
 *
 * Settings (environment):
 *   BENCH_RUNS=5              cold starts (each: a first start and a restart)
 *   BENCH_CONCURRENCY=8       concurrent clients in the throughput benchmarks
 *   BENCH_LOGINS=400          logins per throughput run
 *   BENCH_HEALTH_REQUESTS=4000 health requests for the baseline
 *   BENCH_ONLY=cold,login     run only these parts
 *   BENCH_DATABASE_URL=postgres://…  also run the login benchmark on PostgreSQL
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureArgon2, type Argon2Cost } from './argon2.js';
import { COLD_START_BUDGET_MS, measureColdStart, type ColdStartResult } from './cold-start.js';
import { measureLogins, type LoginBenchmark, type MeasuredLoad } from './login.js';
import { describeServer, withFreshDatabase } from './postgres.js';
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
};
const only = new Set(
  (process.env.BENCH_ONLY ?? 'cold,login,postgres').split(',').map((part) => part.trim()),
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

async function main(): Promise<void> {
  const results: {
    date: string;
    machine: Record<string, unknown>;
    settings: typeof settings;
    coldStart?: ColdStartResult;
    argon2?: Argon2Cost;
    login?: { pglite: LoginBenchmark; postgres?: LoginBenchmark & { server: string } };
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

  results.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const out = path.join(ROOT, 'bench/results/latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`Resultaten geschreven naar ${path.relative(process.cwd(), out)}`);
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
