/**
 * Registration and work pressure (M3) at Den Haag's full size: one year of about 300,000
 * contacts at 17 locations. Two figures, see bench/README.md:
 *
 * 1. Import: a generated CSV of `BENCH_REGISTRATION_ROWS` contacts (default 300,000) read and
 *    imported through the same service as the API and the CLI (parse, check, insert, day
 *    totals), with rows per second and the peak memory of this process.
 * 2. Dashboard: `GET /api/v1/werkdruk` through the real app (inject, with session, access
 *    check, tenant scope and response validation) as a beleidsmedewerker, for the whole year:
 *    per stadsdeel per week, per location per month and per location per week; p50 and p95
 *    over `BENCH_DASHBOARD_REQUESTS` requests each (budget: ≤ 200 ms).
 *
 * On PGlite (a fresh data folder) and, when BENCH_DATABASE_URL is set, on a fresh database on
 * that PostgreSQL server.
 *
 *   node --import tsx bench/registrations.ts
 *   BENCH_REGISTRATION_ROWS=50000 node --import tsx bench/registrations.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, periodsBetween, todayInAmsterdam } from '../shared/registrations/iso-week.js';
import { STAFF_TYPES } from '../shared/registrations/vocabulary.js';
import { readConfig } from '../server/config.js';
import { inTenant, openDatabase, type DatabaseLocation } from '../server/db/database.js';
import { DEMO_LOCATIONS, DEMO_TASK_WEIGHTS } from '../server/demo/demo-registrations.data.js';
import { buildApp } from '../server/http/app.js';
import { readTabular } from '../server/imports/tabular.js';
import { importLocations, importRegistrations } from '../server/registrations/import.service.js';
import { listLocations, upsertCapacity } from '../server/registrations/catalogue.repository.js';
import { insertWaitingRequest } from '../server/registrations/waiting.repository.js';
import { syncReferenceData } from '../server/platform/reference-data.js';
import { createUser, login } from '../server/testing/test-app.js';
import { findTenantByCbsCode } from '../server/tenants/tenant.repository.js';
import { describeServer, withFreshDatabase } from './postgres.js';
import { round, summarize, type Summary } from './stats.js';

const ROWS = Number(process.env.BENCH_REGISTRATION_ROWS ?? 300_000);
const REQUESTS = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 30);
const BUDGET_MS = 200;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export interface RegistrationsBenchmark {
  database: string;
  rows: number;
  import: {
    fileMb: number;
    seconds: number;
    rowsPerSecond: number;
    accepted: number;
    rejected: number;
    rssBeforeMb: number;
    rssPeakMb: number;
  };
  dashboard: Record<string, Summary>;
  /** CPU time of this process per request (median, ms): app and, on PGlite, the database. */
  dashboardCpuMs: Record<string, number>;
  withinBudget: boolean;
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A year of contacts spread over the 17 demo locations in proportion to their daily volume. */
function registrationsCsv(rows: number, from: string, days: number): string {
  const random = seeded(2016);
  const totalPerDay = DEMO_LOCATIONS.reduce((sum, l) => sum + l.perDay, 0);
  const tasks = Object.keys(DEMO_TASK_WEIGHTS);
  const channels = ['inloop', 'telefoon', 'digitaal', 'huisbezoek'];
  const ages = ['<18', '18-26', '27-44', '45-64', '65-74', '75+'];
  const lines = [
    'datum;locatie;kanaal;taak;minuten;resultaat;leeftijdsgroep;digitaal_vaardig;taalbarriere',
  ];
  for (let i = 0; i < rows; i += 1) {
    let pick = random() * totalPerDay;
    const location = DEMO_LOCATIONS.find((l) => (pick -= l.perDay) < 0) ?? DEMO_LOCATIONS[0]!;
    const day = addDays(from, Math.floor(random() * days));
    const task = tasks[Math.floor(random() * tasks.length)]!;
    const second = random() < 0.2 ? `|${task === 'T05' ? 'T02' : 'T05'}` : '';
    const minutes = Math.max(
      5,
      Math.min(180, Math.round((location.meanMinutes * -Math.log(1 - random())) / 5) * 5),
    );
    lines.push(
      [
        day,
        location.code,
        channels[Math.floor(random() * 4)],
        task + second,
        minutes,
        `R0${1 + Math.floor(random() * 9)}`,
        ages[Math.floor(random() * 6)],
        random() < location.notDigital ? 'nee' : 'ja',
        random() < location.languageBarrier ? 'ja' : 'nee',
      ].join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function measure(location: DatabaseLocation, label: string): Promise<RegistrationsBenchmark> {
  const database = await openDatabase(location);
  try {
    await syncReferenceData(database.db);
    const config = readConfig({ ...process.env, MEETWERK_LOGIN_RATE_PER_MINUTE: '100000' });
    const app = await buildApp({ database, config, logRequests: false });
    await app.ready();
    const tenant = await findTenantByCbsCode(database.db, 'GM0518');
    if (!tenant) throw new Error('Den Haag ontbreekt in de referentiegegevens.');
    const who = { tenantId: tenant.id, accountId: null, name: 'benchmark' };
    const scope = { tenantId: tenant.id, accountId: null };

    const locationsCsv = `stadsdeel;code;naam\n${DEMO_LOCATIONS.map((l) => `${l.stadsdeel};${l.code};${l.naam}`).join('\n')}\n`;
    await inTenant(database.db, scope, async (trx) =>
      importLocations(trx, who, {
        fileName: 'locaties.csv',
        table: await readTabular(Buffer.from(locationsCsv), 'locaties.csv'),
      }),
    );

    // Import, timed from the bytes of the file to the committed rows and day totals.
    const to = addDays(todayInAmsterdam(), -1);
    const from = addDays(to, -363);
    const bytes = Buffer.from(registrationsCsv(ROWS, from, 364));
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 25);
    const started = performance.now();
    const table = await readTabular(bytes, 'registraties.csv');
    const outcome = await inTenant(database.db, scope, (trx) =>
      importRegistrations(trx, who, { fileName: 'registraties.csv', table }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);

    // Capacity for every week and a waiting list, as the dashboard reads them.
    await inTenant(database.db, scope, async (trx) => {
      const locations = await listLocations(trx, tenant.id);
      const random = seeded(518);
      const capacity = [];
      for (const week of periodsBetween(from, to, 'week')) {
        for (const l of locations) {
          for (const type of STAFF_TYPES) {
            capacity.push({
              tenant_id: tenant.id,
              location_id: l.id,
              week,
              staff_type: type,
              hours: Math.round(20 + 60 * random()),
            });
          }
        }
      }
      await upsertCapacity(trx, capacity);
      for (let i = 0; i < 3000; i += 1) {
        const requested = addDays(from, Math.floor(random() * 364));
        const wait = Math.round(30 * -Math.log(1 - random()));
        const started = addDays(requested, wait);
        await insertWaitingRequest(trx, {
          tenant_id: tenant.id,
          location_id: locations[i % locations.length]!.id,
          requested_on: requested,
          task: 'T02',
          ...(started < to ? { status: 'gestart' as const, started_on: started } : {}),
        });
      }
    });

    await createUser(database, 'beleid@bench.test', [{ tenant, role: 'beleidsmedewerker' }]);
    const beleid = await login(app, 'beleid@bench.test');
    const queries = {
      'stadsdeel per week': `per=week&van=${from}&tot=${to}&niveau=stadsdeel`,
      'locatie per maand': `per=maand&van=${from}&tot=${to}&niveau=locatie`,
      'locatie per week': `per=week&van=${from}&tot=${to}&niveau=locatie`,
    };
    const dashboard: Record<string, Summary> = {};
    const dashboardCpuMs: Record<string, number> = {};
    for (const [name, query] of Object.entries(queries)) {
      for (let i = 0; i < 3; i += 1) await beleid.get(`/api/v1/werkdruk?${query}`);
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const response = await beleid.get(`/api/v1/werkdruk?${query}`);
        const c1 = process.cpuUsage(c0);
        times.push(performance.now() - t0);
        cpu.push((c1.user + c1.system) / 1000);
        if (response.statusCode !== 200)
          throw new Error(`werkdruk: ${response.statusCode} ${response.body}`);
      }
      dashboardCpuMs[name] = round(summarize(cpu).median);
      const s = summarize(times);
      dashboard[name] = {
        ...s,
        min: round(s.min),
        median: round(s.median),
        p95: round(s.p95),
        p99: round(s.p99),
        max: round(s.max),
      };
    }
    await app.close();
    return {
      database: label,
      rows: ROWS,
      import: {
        fileMb: Math.round((bytes.length / 1024 / 1024) * 10) / 10,
        seconds: Math.round(seconds * 10) / 10,
        rowsPerSecond: Math.round(outcome.accepted / seconds),
        accepted: outcome.accepted,
        rejected: outcome.rejectedRows,
        rssBeforeMb: mb(rssBefore),
        rssPeakMb: mb(rssPeak),
      },
      dashboard,
      dashboardCpuMs,
      withinBudget: Object.values(dashboard).every((s) => s.p95 <= BUDGET_MS),
    };
  } finally {
    await database.close();
  }
}

function print(result: RegistrationsBenchmark): void {
  const i = result.import;
  console.log(
    `${result.database}: ${result.rows} registraties (${i.fileMb} MB CSV) ingelezen in ${i.seconds} s = ` +
      `${i.rowsPerSecond} rijen/s; aanvaard ${i.accepted}, afgewezen ${i.rejected}; ` +
      `RSS ${i.rssBeforeMb} → piek ${i.rssPeakMb} MB`,
  );
  for (const [name, s] of Object.entries(result.dashboard)) {
    console.log(
      `  werkdruk ${name.padEnd(20)} p50 ${s.median} ms, p95 ${s.p95} ms (max ${s.max} ms, n=${s.n}; ` +
        `CPU ${result.dashboardCpuMs[name]} ms): ` +
        `${s.p95 <= BUDGET_MS ? 'binnen' : 'BUITEN'} budget ${BUDGET_MS} ms`,
    );
  }
}

async function main(): Promise<void> {
  console.log(
    `Registratie en werkdruk: ${ROWS} contacten, 17 locaties, één jaar (belasting ${os.loadavg()[0]?.toFixed(2)})`,
  );
  const results: RegistrationsBenchmark[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-bench-reg-'));
  try {
    const pglite = await measure({ dataDir: path.join(dir, 'data') }, 'PGlite');
    print(pglite);
    results.push(pglite);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const postgres = await withFreshDatabase(url, (u) => measure({ url: u }, describeServer(url)));
    print(postgres);
    results.push(postgres);
  } else {
    console.log('PostgreSQL overgeslagen: zet BENCH_DATABASE_URL om ook daartegen te meten.');
  }
  console.log(`RESULTAAT ${JSON.stringify(results)}`);
}

await main();
