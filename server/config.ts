import path from 'node:path';

/**
 * Wrong codes per minute, from all addresses together, before code entry pauses (ADR 0007):
 * worked out from the code space in `public/code-guard.ts`, whose test keeps the two equal.
 * Written out here so the configuration imports no application code.
 */
export const DEFAULT_CODE_FAILURES_PER_MINUTE = 30;

/** Everything Meetwerk reads from its environment, read in one place. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… for a PostgreSQL server; undefined for the embedded PGlite database. */
  databaseUrl: string | undefined;
  dataDir: string;
  loadDemo: boolean;
  logLevel: string;
  /** Send cookies with the Secure flag; on by default behind TLS (see `trustProxy`). */
  secureCookies: 'auto' | 'always' | 'never';
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Login and code-entry attempts allowed per client address per minute. */
  loginRatePerMinute: number;
  /** Wrong survey codes per minute over all addresses before code entry pauses (0: no limit). */
  codeFailuresPerMinute: number;
  /** E-mail address of the beheerder created on the first start without demo. */
  firstBeheerderEmail: string;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} moet een heel getal zijn, maar is "${raw}".`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const secure = env.MEETWERK_SECURE_COOKIES ?? 'auto';
  if (secure !== 'auto' && secure !== 'always' && secure !== 'never') {
    throw new Error('MEETWERK_SECURE_COOKIES moet auto, always of never zijn.');
  }
  return {
    port: intFrom(env, 'PORT', 8080),
    host: env.HOST ?? 'localhost',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.MEETWERK_DATA_DIR ?? 'data'),
    loadDemo: env.MEETWERK_DEMO !== '0',
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: secure,
    trustProxy: env.MEETWERK_TRUST_PROXY === '1',
    sessionIdleMinutes: intFrom(env, 'MEETWERK_SESSION_IDLE_MINUTES', 60),
    sessionMaxHours: intFrom(env, 'MEETWERK_SESSION_MAX_HOURS', 12),
    loginMaxFailures: intFrom(env, 'MEETWERK_LOGIN_MAX_FAILURES', 5),
    loginLockMinutes: intFrom(env, 'MEETWERK_LOGIN_LOCK_MINUTES', 15),
    loginRatePerMinute: intFrom(env, 'MEETWERK_LOGIN_RATE_PER_MINUTE', 20),
    codeFailuresPerMinute: intFrom(
      env,
      'MEETWERK_CODE_FAILURES_PER_MINUTE',
      DEFAULT_CODE_FAILURES_PER_MINUTE,
    ),
    firstBeheerderEmail: (env.MEETWERK_BEHEERDER_EMAIL ?? 'beheerder@meetwerk.local').toLowerCase(),
  };
}
