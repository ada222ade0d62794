import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/database.js';

export interface TestDatabase extends DatabaseHandle {
  /**
   * A second handle on the same database, as a second server process would have (its own
   * pool); close it before the first. On PGlite the same single connection.
   */
  another(): Promise<DatabaseHandle>;
}

/**
 * Where the test run's migrated template lives (set by `template-database.ts` before the test
 * files start): a PGlite data-folder dump, or a database on the PostgreSQL server.
 */
export const TEMPLATE_DUMP_ENV = 'MEETWERK_TEST_TEMPLATE_DUMP';
export const TEMPLATE_DATABASE_ENV = 'MEETWERK_TEST_TEMPLATE_DATABASE';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped again afterwards). Both start as a
 * copy of the run's template when there is one, instead of running every migration again.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const from = templateDump();
    const handle = await openDatabase(from ? { memory: true, from } : { memory: true });
    // PGlite is one process with one connection: a second handle is the same one.
    return { ...handle, another: () => Promise.resolve({ ...handle, close: async () => {} }) };
  }
  const name = `meetwerk_test_${randomBytes(6).toString('hex')}`;
  const template = process.env[TEMPLATE_DATABASE_ENV];
  await onServer(serverUrl, (admin) =>
    admin.query(`create database ${name}${template ? ` template ${template}` : ''}`),
  );
  const url = databaseUrl(serverUrl, name);
  const handle = await openDatabase({ url });
  return {
    ...handle,
    another: () => openDatabase({ url }),
    close: async () => {
      await handle.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** A PGlite data-folder dump the run's set-up named in `variable`, when there is one. */
export function templateDump(variable = TEMPLATE_DUMP_ENV): Blob | undefined {
  const dump = process.env[variable];
  return dump && fs.existsSync(dump) ? new Blob([fs.readFileSync(dump)]) : undefined;
}

/**
 * Opens the embedded database in `dataDir` as the `meetwerk` command and the server do; a new
 * folder starts as a copy of the run's template. For tests that run the real program in a child
 * process.
 */
export async function openTestDataDir(dataDir: string): Promise<DatabaseHandle> {
  const from = fs.existsSync(path.join(dataDir, 'PG_VERSION')) ? undefined : templateDump();
  return openDatabase(from ? { dataDir, from } : { dataDir });
}

/** Makes sure `dataDir` holds a migrated database before a child process opens it. */
export async function seedTestDataDir(dataDir: string): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  await (await openTestDataDir(dataDir)).close();
}

export function testDatabaseKind(): string {
  return process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export function dropDatabase(serverUrl: string, name: string) {
  return onServer(serverUrl, (admin) =>
    admin.query(`drop database if exists ${name} with (force)`),
  );
}
