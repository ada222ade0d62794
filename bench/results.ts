/**
 * Results benchmark (issue 4, bench/README.md "Resultaten"):
 *   1. project: a round of 29 gemeenten with 100,000 responses; time to compute the whole
 *      project's results (refresh the counts + overview + the results of all 29 gemeenten),
 *      median of several runs, and the same with the counts already built;
 *   2. national: 342 gemeenten, 1,000,000 responses; build time of the counts, then p50/p95 of
 *      the dashboard API (GET one gemeente's results over HTTP) against the health endpoint.
 * On PGlite, and on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
 *
 * Settings (environment):
 *   BENCH_PROJECT_RESPONSES=100000   responses of the project round (0: skip)
 *   BENCH_PROJECT_RUNS=5             runs of the project computation
 *   BENCH_NATIONAL_RESPONSES=1000000 responses of the national round (0: skip)
 *   BENCH_NATIONAL_GEMEENTEN=342     gemeenten of the national round
 *   BENCH_DASHBOARD_REQUESTS=400     requests per measured endpoint
 *   BENCH_RESULTS_DATABASES=pglite,postgres
 *
 * Run alone: `node --import tsx bench/results.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { CEO_WMO_TEMPLATE } from '../shared/surveys/ceo-wmo.template.js';
import { insertAccount, insertMembership } from '../server/accounts/account.repository.js';
import { hashPassword } from '../server/auth/password.js';
import { readConfig } from '../server/config.js';
import { inTenant, openDatabase, type DatabaseHandle } from '../server/db/database.js';
import { syncReferenceData } from '../server/platform/reference-data.js';
import { RECOUNT_INTERVAL_MS } from '../server/results/aggregates.service.js';
import { gemeenteResults } from '../server/results/results.service.js';
import { loadRound, roundOverview } from '../server/results/round.service.js';
import { insertTenant } from '../server/tenants/tenant.repository.js';
import { keepAliveAgent, request } from './http.js';
import { describeServer, withFreshDatabase } from './postgres.js';
import { round, summarize, type Summary } from './stats.js';

function setting(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} moet een heel getal van 0 tot en met ${max} zijn, niet "${raw}".`);
  }
  return value;
}

export const resultsSettings = {
  projectResponses: setting('BENCH_PROJECT_RESPONSES', 100_000, 2_000_000),
  projectRuns: setting('BENCH_PROJECT_RUNS', 5, 50),
  nationalResponses: setting('BENCH_NATIONAL_RESPONSES', 1_000_000, 5_000_000),
  nationalGemeenten: setting('BENCH_NATIONAL_GEMEENTEN', 342, 400),
  dashboardRequests: setting('BENCH_DASHBOARD_REQUESTS', 400, 100_000),
};

/** Issue 4: a whole project in ≤ 1 s; the dashboard API at national scale p95 ≤ 100 ms. */
export const RESULTS_BUDGET = { projectMs: 1000, dashboardP95Ms: 100 };

interface Round {
  bureauId: string;
  surveyId: string;
  gemeenten: { id: string; cbsCode: string }[];
}

/**
 * A round of the first `count` gemeenten (CBS order) with `responses` random responses: one
 * `insert … select` over generate_series, random answers with a fixed seed (setseed), so every
 * run fills the same data. Answers follow the CEO Wmo questionnaire: statements mostly positive,
 * about 6% "weet niet", a few gaps; routing of A5 after A4 kept.
 */
export async function generateRound(
  database: DatabaseHandle,
  options: { gemeenten: number; responses: number; status: 'veldwerk' | 'gesloten'; name: string },
): Promise<Round> {
  const bureau = await insertTenant(database.db, {
    kind: 'bureau',
    name: `Bureau ${options.name}`,
  });
  const gemeenten = (
    await database.db
      .selectFrom('tenants')
      .select(['id', 'cbs_code'])
      .where('kind', '=', 'gemeente')
      .where('cbs_code', 'is not', null)
      .orderBy('cbs_code')
      .limit(options.gemeenten)
      .execute()
  ).map((g) => ({ id: g.id, cbsCode: g.cbs_code ?? '' }));
  const surveyId = await inTenant(
    database.db,
    { tenantId: bureau.id, accountId: null },
    async (trx) => {
      const survey = await trx
        .insertInto('surveys')
        .values({
          tenant_id: bureau.id,
          name: options.name,
          year: 2026,
          template: 'ceo-wmo',
          status: options.status,
          created_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('survey_gemeenten')
        .values(
          gemeenten.map((g) => ({ tenant_id: bureau.id, survey_id: survey.id, gemeente_id: g.id })),
        )
        .execute();
      await trx
        .insertInto('questionnaire_versions')
        .values({
          tenant_id: bureau.id,
          survey_id: survey.id,
          version: 1,
          definition: JSON.stringify(CEO_WMO_TEMPLATE),
          created_by: null,
        })
        .execute();
      await sql`select setseed(0.4242)`.execute(trx);
      const statement = sql`jsonb_build_array((array['1','1','1','2','2','2','2','2','2','2','3','3','4','5','9'])[1 + floor(random() * 15)::int])`;
      const pick = (codes: number) =>
        sql`jsonb_build_array((1 + floor(random() * ${codes}))::int::text)`;
      await sql`
        insert into responses (tenant_id, survey_id, gemeente_id, questionnaire_version, channel,
                               answers, submitted_on, product_category)
        select ${bureau.id}::uuid, ${survey.id}::uuid, ids[1 + floor(random() * cardinality(ids))::int],
               1, (array['online','papier','papier','telefoon'])[1 + floor(random() * 4)::int],
               a.answers || case when a.answers -> 'A4' ->> 0 = '1'
                                 then jsonb_build_object('A5', ${statement}) else '{}'::jsonb end,
               date '2026-03-02' + floor(random() * 42)::int,
               (array['01','01','01','02','02','13','12','08','11','07'])[1 + floor(random() * 10)::int]
          from (select string_to_array(${gemeenten.map((g) => g.id).join(',')}, ',')::uuid[] as ids) as g,
               generate_series(1, ${options.responses}) as i,
               lateral (select jsonb_strip_nulls(jsonb_build_object(
                 'Q1', ${statement}, 'Q2', ${statement}, 'Q3', ${statement}, 'Q4', ${statement},
                 'Q5', case when random() < 0.26 then '["1"]'::jsonb else '["2"]'::jsonb end,
                 'Q6', ${statement}, 'Q7', ${statement}, 'Q8', ${statement}, 'Q9', ${statement},
                 'Q10', case when random() < 0.97 then ${statement} end,
                 'A1', ${pick(3)}, 'A2', ${pick(4)}, 'A3', ${pick(3)}, 'A4', ${pick(2)},
                 'A6', ${pick(5)}, 'i', i)) - 'i' as answers) as a
      `.execute(trx);
      return survey.id;
    },
  );
  return { bureauId: bureau.id, surveyId, gemeenten };
}

async function dropCounts(database: DatabaseHandle, surveyId: string): Promise<void> {
  await database.asOwner(async (owner) => {
    for (const table of ['result_counts', 'result_builds', 'result_population'] as const) {
      await owner.deleteFrom(table).where('survey_id', '=', surveyId).execute();
    }
  });
}

/** The whole project: overview and the results of every gemeente, as the screens ask them. */
async function computeProject(database: DatabaseHandle, round: Round): Promise<number> {
  const scope = { tenantId: round.bureauId, accountId: null };
  const started = performance.now();
  await roundOverview(database.db, scope, round.surveyId);
  for (const g of round.gemeenten) {
    const loaded = await loadRound(database.db, scope, round.surveyId);
    await gemeenteResults(database.db, loaded, g.cbsCode, {
      vergelijk: ['project', 'vorige'],
      peergroep: [],
      gewogen: false,
    });
  }
  return performance.now() - started;
}

export interface ProjectResult {
  responses: number;
  gemeenten: number;
  generateSeconds: number;
  /** Counts rebuilt from scratch every run. */
  coldMs: Summary;
  /** Counts already built (the round's responses unchanged). */
  warmMs: Summary;
  /** Counts built, round in fieldwork: responses are counted again at most once a second. */
  openRoundMs: Summary;
  /** Round in fieldwork, one new response just stored: its gemeente is re-counted first. */
  afterNewResponseMs: Summary;
}

async function projectBenchmark(database: DatabaseHandle): Promise<ProjectResult> {
  const started = performance.now();
  const round = await generateRound(database, {
    gemeenten: 29,
    responses: resultsSettings.projectResponses,
    status: 'gesloten',
    name: 'Project 29 gemeenten',
  });
  const generateSeconds = (performance.now() - started) / 1000;
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < resultsSettings.projectRuns; run++) {
    await dropCounts(database, round.surveyId);
    cold.push(await computeProject(database, round));
    warm.push(await computeProject(database, round));
  }
  // The same round still in fieldwork: every request counts the live responses first.
  await setStatus(database, round.surveyId, 'veldwerk');
  const open: number[] = [];
  for (let run = 0; run < resultsSettings.projectRuns; run++) {
    open.push(await computeProject(database, round));
  }
  // One new response, as fieldwork brings them: its gemeente is re-counted on the next request.
  const afterResponse: number[] = [];
  for (let run = 0; run < resultsSettings.projectRuns; run++) {
    const gemeente = round.gemeenten[(run * 7) % round.gemeenten.length]!;
    await inTenant(database.db, { tenantId: round.bureauId, accountId: null }, (trx) =>
      trx
        .insertInto('responses')
        .values({
          tenant_id: round.bureauId,
          survey_id: round.surveyId,
          gemeente_id: gemeente.id,
          questionnaire_version: 1,
          channel: 'online',
          answers: JSON.stringify({ Q1: ['2'], Q5: ['1'], A2: ['3'] }),
          submitted_on: '2026-03-20',
          product_category: '01',
        })
        .execute(),
    );
    await new Promise((resolve) => setTimeout(resolve, RECOUNT_INTERVAL_MS + 50));
    afterResponse.push(await computeProject(database, round));
  }
  return {
    responses: resultsSettings.projectResponses,
    gemeenten: 29,
    generateSeconds: round1(generateSeconds),
    coldMs: roundSummary(summarize(cold)),
    warmMs: roundSummary(summarize(warm)),
    openRoundMs: roundSummary(summarize(open)),
    afterNewResponseMs: roundSummary(summarize(afterResponse)),
  };
}

/** Status of a round; its counts are final only when it is closed (bench only). */
async function setStatus(
  database: DatabaseHandle,
  surveyId: string,
  status: 'veldwerk' | 'gesloten',
): Promise<void> {
  await database.asOwner(async (db) => {
    await db.updateTable('surveys').set({ status }).where('id', '=', surveyId).execute();
    await db
      .updateTable('result_builds')
      .set({ final: status === 'gesloten' })
      .where('survey_id', '=', surveyId)
      .execute();
  });
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const roundSummary = (s: Summary): Summary => ({
  n: s.n,
  min: round(s.min),
  median: round(s.median),
  p95: round(s.p95),
  p99: round(s.p99),
  max: round(s.max),
});

export interface NationalResult {
  responses: number;
  gemeenten: number;
  generateSeconds: number;
  buildSeconds: number;
  health: Summary;
  /** GET one gemeente's results (project + previous round) as the round's owner. */
  owner: Summary;
  /** The same as a gemeente tenant (row-level security with the definer function). */
  gemeente: Summary;
  /** The owner again, with the round still in fieldwork: the live count runs every request. */
  ownerOpenRound: Summary;
}

async function timed(
  count: number,
  send: (i: number) => Promise<{ status: number; body: string }>,
): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const reply = await send(i);
    times.push(performance.now() - started);
    if (reply.status !== 200) throw new Error(`HTTP ${reply.status}: ${reply.body.slice(0, 300)}`);
  }
  return roundSummary(summarize(times));
}

async function nationalBenchmark(database: DatabaseHandle): Promise<NationalResult> {
  let started = performance.now();
  const round = await generateRound(database, {
    gemeenten: resultsSettings.nationalGemeenten,
    responses: resultsSettings.nationalResponses,
    status: 'gesloten',
    name: 'Landelijk',
  });
  const generateSeconds = round1((performance.now() - started) / 1000);
  started = performance.now();
  await loadRound(database.db, { tenantId: round.bureauId, accountId: null }, round.surveyId);
  const buildSeconds = round1((performance.now() - started) / 1000);

  const passwordHash = await hashPassword('bench-wachtwoord-123');
  const users = [
    { email: 'resultaten.bureau@bench.nl', tenantId: round.bureauId, role: 'onderzoeker' as const },
    {
      email: 'resultaten.gemeente@bench.nl',
      tenantId: round.gemeenten[0]!.id,
      role: 'beleidsmedewerker' as const,
    },
  ];
  for (const user of users) {
    const account = await insertAccount(database.db, {
      email: user.email,
      name: user.email,
      passwordHash,
    });
    await inTenant(database.db, { tenantId: user.tenantId, accountId: null }, (trx) =>
      insertMembership(trx, { tenantId: user.tenantId, accountId: account.id, role: user.role }),
    );
  }
  // Loaded here: the project part needs no HTTP server.
  const { buildApp } = await import('../server/http/app.js');
  const app = await buildApp({
    database,
    config: readConfig({ MEETWERK_LOGIN_RATE_PER_MINUTE: '100000' }),
    logRequests: false,
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const url = address.replace('localhost', '127.0.0.1');
  const agent = keepAliveAgent(1);
  try {
    const cookieOf = async (email: string) => {
      const reply = await request(`${url}/api/v1/sessies`, {
        method: 'POST',
        json: { email, wachtwoord: 'bench-wachtwoord-123' },
        agent,
      });
      if (reply.status !== 201) throw new Error(`inloggen: ${reply.status} ${reply.body}`);
      const cookie = String(reply.headers['set-cookie'] ?? '').match(/meetwerk_sessie=[^;]+/);
      if (!cookie) throw new Error('geen sessiecookie');
      return cookie[0];
    };
    const ownerCookie = await cookieOf(users[0]!.email);
    const gemeenteCookie = await cookieOf(users[1]!.email);
    const n = resultsSettings.dashboardRequests;
    const dashboard = (cookie: string, cbs: (i: number) => string) => (i: number) =>
      request(`${url}/api/v1/resultaten/${round.surveyId}/gemeenten/${cbs(i)}`, {
        headers: { cookie },
        agent,
      });
    const anyGemeente = (i: number) =>
      round.gemeenten[(i * 7919) % round.gemeenten.length]!.cbsCode;
    // Warm-up: compiled code, caches, connection.
    await timed(20, dashboard(ownerCookie, anyGemeente));
    const health = await timed(n, () => request(`${url}/api/v1/health`, { agent }));
    const owner = await timed(n, dashboard(ownerCookie, anyGemeente));
    const gemeente = await timed(
      n,
      dashboard(gemeenteCookie, () => round.gemeenten[0]!.cbsCode),
    );
    await setStatus(database, round.surveyId, 'veldwerk');
    const ownerOpenRound = await timed(n, dashboard(ownerCookie, anyGemeente));
    return {
      responses: resultsSettings.nationalResponses,
      gemeenten: round.gemeenten.length,
      generateSeconds,
      buildSeconds,
      health,
      owner,
      gemeente,
      ownerOpenRound,
    };
  } finally {
    agent.destroy();
    await app.close();
  }
}

export interface ResultsBenchmark {
  database: string;
  project: ProjectResult | null;
  national: NationalResult | null;
}

async function onDatabase(
  label: string,
  open: () => Promise<DatabaseHandle>,
  log: (line?: string) => void,
): Promise<ResultsBenchmark> {
  const database = await open();
  try {
    await syncReferenceData(database.db);
    const project = resultsSettings.projectResponses > 0 ? await projectBenchmark(database) : null;
    if (project) printProject(label, project, log);
    const national =
      resultsSettings.nationalResponses > 0 ? await nationalBenchmark(database) : null;
    if (national) printNational(label, national, log);
    return { database: label, project, national };
  } finally {
    await database.close();
  }
}

function verdict(value: number, budget: number): string {
  return value <= budget ? 'binnen' : 'BUITEN';
}

function printProject(label: string, p: ProjectResult, log: (line?: string) => void): void {
  log(
    `Resultaten project op ${label}: ${p.gemeenten} gemeenten, ${p.responses} reacties ` +
      `(gegenereerd in ${p.generateSeconds} s), ${p.coldMs.n} runs`,
  );
  log(
    `  tellingen opnieuw + overzicht + ${p.gemeenten} gemeenten: mediaan ${p.coldMs.median} ms ` +
      `(min ${p.coldMs.min}, max ${p.coldMs.max}): ${verdict(p.coldMs.median, RESULTS_BUDGET.projectMs)} budget ${RESULTS_BUDGET.projectMs} ms`,
  );
  log(
    `  tellingen al bijgewerkt:                 mediaan ${p.warmMs.median} ms (min ${p.warmMs.min}, max ${p.warmMs.max})`,
  );
  log(
    `  ronde in veldwerk (hertelt ≤ 1×/s):       mediaan ${p.openRoundMs.median} ms (min ${p.openRoundMs.min}, max ${p.openRoundMs.max})`,
  );
  log(
    `  na één nieuwe reactie (hertelt 1 gemeente): mediaan ${p.afterNewResponseMs.median} ms (min ${p.afterNewResponseMs.min}, max ${p.afterNewResponseMs.max})`,
  );
}

function printNational(label: string, n: NationalResult, log: (line?: string) => void): void {
  log(
    `Dashboard-API landelijk op ${label}: ${n.gemeenten} gemeenten, ${n.responses} reacties ` +
      `(gegenereerd in ${n.generateSeconds} s); tellingen opgebouwd in ${n.buildSeconds} s`,
  );
  const line = (name: string, s: Summary) =>
    log(
      `  ${name.padEnd(28)} p50 ${s.median} ms, p95 ${s.p95} ms, p99 ${s.p99} ms ` +
        `(${s.n} verzoeken na elkaar; ${round(s.median / n.health.median)}× health)`,
    );
  line('health (basislijn)', n.health);
  line('gemeente, als eigenaar', n.owner);
  line('gemeente, als gemeente', n.gemeente);
  line('gemeente, ronde nog open', n.ownerOpenRound);
  log(
    `  budget p95 ≤ ${RESULTS_BUDGET.dashboardP95Ms} ms: eigenaar ${verdict(n.owner.p95, RESULTS_BUDGET.dashboardP95Ms)}, ` +
      `gemeente ${verdict(n.gemeente.p95, RESULTS_BUDGET.dashboardP95Ms)}`,
  );
}

export async function resultsBenchmarks(
  log: (line?: string) => void,
  postgresUrl: string | undefined,
): Promise<ResultsBenchmark[]> {
  const which = new Set(
    (process.env.BENCH_RESULTS_DATABASES ?? 'pglite,postgres').split(',').map((s) => s.trim()),
  );
  const results: ResultsBenchmark[] = [];
  if (which.has('pglite')) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-bench-results-'));
    try {
      results.push(
        await onDatabase('PGlite', () => openDatabase({ dataDir: path.join(dir, 'data') }), log),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    log();
  }
  if (which.has('postgres') && postgresUrl) {
    const server = describeServer(postgresUrl);
    results.push(
      await withFreshDatabase(postgresUrl, (url) =>
        onDatabase(server, () => openDatabase({ url }), log),
      ),
    );
    log();
  } else if (which.has('postgres')) {
    log('PostgreSQL overgeslagen: zet BENCH_DATABASE_URL om ook daartegen te meten.');
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
  const results = await resultsBenchmarks((line = '') => console.log(line), postgresUrl);
  console.log(`RESULTAAT ${JSON.stringify(results)}`);
}
