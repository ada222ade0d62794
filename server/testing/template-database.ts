import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import {
  TEMPLATE_DATABASE_ENV,
  TEMPLATE_DUMP_ENV,
  databaseUrl,
  dropDatabase,
  onServer,
} from './test-database.js';

/**
 * Vitest global set-up: migrates one database before the test files start, which every test
 * file then copies (PostgreSQL `CREATE DATABASE … TEMPLATE`, or PGlite loading a dump of the
 * migrated data folder). Running the migrations once per run instead of once per file is most of
 * what keeps the suite's time flat as modules add migrations. Returns the teardown.
 */
export default async function prepareTemplates(): Promise<() => Promise<void>> {
  // The `meetwerk` command's tests use PGlite folders in both suites.
  const [removeDump, dropTemplate] = await Promise.all([
    prepareDump(),
    process.env.TEST_DATABASE_URL
      ? prepareServerTemplate(process.env.TEST_DATABASE_URL)
      : Promise.resolve(async () => {}),
  ]);
  return async () => {
    await dropTemplate();
    await removeDump();
  };
}

async function prepareServerTemplate(serverUrl: string): Promise<() => Promise<void>> {
  const name = `meetwerk_template_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (admin) => admin.query(`create database ${name}`));
  const template = await openDatabase({ url: databaseUrl(serverUrl, name) });
  await template.close();
  process.env[TEMPLATE_DATABASE_ENV] = name;
  return async () => {
    delete process.env[TEMPLATE_DATABASE_ENV];
    await dropDatabase(serverUrl, name);
  };
}

function prepareDump(): Promise<() => Promise<void>> {
  return prepareEmbeddedTemplate(TEMPLATE_DUMP_ENV, async () => {});
}

/**
 * Migrates an in-memory PGlite, lets `fill` put data in it, and writes its data folder to a file
 * named in the environment variable `variable` for the test files of this run.
 */
export async function prepareEmbeddedTemplate(
  variable: string,
  fill: (database: DatabaseHandle) => Promise<void>,
): Promise<() => Promise<void>> {
  const template = await openDatabase({ memory: true });
  if (!template.pglite) throw new Error('expected an embedded database');
  await fill(template);
  const dump = await template.pglite.dumpDataDir('none');
  await template.close();
  const file = path.join(os.tmpdir(), `meetwerk-template-${randomBytes(6).toString('hex')}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env[variable] = file;
  return async () => {
    delete process.env[variable];
    fs.rmSync(file, { force: true });
  };
}
