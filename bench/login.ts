import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/demo/demo.data.js';
import { keepAliveAgent, request } from './http.js';
import { runLoad, type LoadResult } from './load.js';
import { cpuTimeMs } from './server.js';
import { round } from './stats.js';

export interface MeasuredLoad extends LoadResult {
  /** CPU time of the server process per request (ms); not that of a PostgreSQL server. */
  serverCpuMsPerRequest: number | null;
}

export interface LoginBenchmark {
  accounts: number;
  health: MeasuredLoad;
  login: MeasuredLoad;
  /** Health requests per second divided by logins per second. */
  healthToLoginRatio: number;
  /** One client alone: the latency of a login without waiting for others. */
  singleClientLoginMs: number;
  singleClientHealthMs: number;
}

/** Demo accounts that can log in: with a password and at least one active membership. */
export function loginAccounts(): string[] {
  return DEMO_ACCOUNTS.filter(
    (a) => !a.invitePending && a.memberships.some((m) => m.active !== false),
  ).map((a) => a.email);
}

/**
 * Against a running server (process `pid`): GET /api/v1/health as the baseline (no database
 * write, no password hashing), then POST /api/v1/sessies for the demo accounts in turn, both
 * with the same number of concurrent clients; then both once more with a single client.
 */
export async function measureLogins(options: {
  url: string;
  pid: number;
  concurrency: number;
  logins: number;
  healthRequests: number;
}): Promise<LoginBenchmark> {
  const accounts = loginAccounts();
  const healthUrl = `${options.url}/api/v1/health`;
  const login = (index: number, agent: ReturnType<typeof keepAliveAgent> | false) =>
    request(`${options.url}/api/v1/sessies`, {
      method: 'POST',
      json: { email: accounts[index % accounts.length], wachtwoord: DEMO_PASSWORD },
      agent,
    });

  // Warm-up, not measured: every account once (and it must work), and some health checks.
  for (const [index, email] of accounts.entries()) {
    const reply = await login(index, false);
    if (reply.status !== 201) {
      throw new Error(`Inloggen als ${email} gaf ${reply.status}: ${reply.body.slice(0, 300)}`);
    }
  }
  for (let i = 0; i < 50; i += 1) await request(healthUrl);

  const measure = async (
    total: number,
    concurrency: number,
    expectStatus: number,
    send: (index: number, agent: ReturnType<typeof keepAliveAgent>) => Promise<number>,
  ): Promise<MeasuredLoad> => {
    const agent = keepAliveAgent(concurrency);
    const cpuBefore = cpuTimeMs(options.pid);
    const result = await runLoad({
      total,
      concurrency,
      expectStatus,
      send: (index) => send(index, agent),
    });
    const cpuAfter = cpuTimeMs(options.pid);
    agent.destroy();
    const cpu =
      cpuBefore === undefined || cpuAfter === undefined ? null : (cpuAfter - cpuBefore) / total;
    return { ...result, serverCpuMsPerRequest: cpu === null ? null : round(cpu) };
  };
  const getHealth = async (_: number, agent: ReturnType<typeof keepAliveAgent>) =>
    (await request(healthUrl, { agent })).status;
  const postLogin = async (index: number, agent: ReturnType<typeof keepAliveAgent>) =>
    (await login(index, agent)).status;

  const health = await measure(options.healthRequests, options.concurrency, 200, getHealth);
  const logins = await measure(options.logins, options.concurrency, 201, postLogin);
  const singleHealth = await measure(Math.min(500, options.healthRequests), 1, 200, getHealth);
  const singleLogin = await measure(Math.min(50, options.logins), 1, 201, postLogin);

  return {
    accounts: accounts.length,
    health,
    login: logins,
    healthToLoginRatio: round(health.perSecond / logins.perSecond),
    singleClientLoginMs: singleLogin.latencyMs.median,
    singleClientHealthMs: singleHealth.latencyMs.median,
  };
}
