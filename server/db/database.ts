import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './database.types.js';
import { migrations } from './migrations/index.js';
import { lockDataDir } from './data-dir-lock.js';
import { PGliteDialect } from './pglite-dialect.js';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

/**
 * Where the data lives: a PostgreSQL server, a PGlite folder, or PGlite in memory (tests), which
 * may start from a copy of a data folder (`from`, as `PGlite.dumpDataDir` writes it).
 */
export type DatabaseLocation =
  { url: string } | { dataDir: string; from?: Blob } | { memory: true; from?: Blob };

export interface DatabaseHandle {
  kind: 'postgres' | 'pglite';
  /** Runs as the application role: row-level security applies. */
  db: Db;
  /**
   * Runs `work` as the owner of the database, outside row-level security. Only for operations
   * that are not requests of a user: migrations, loading or resetting the demo, restoring.
   */
  asOwner<T>(work: (owner: Db) => Promise<T>): Promise<T>;
  /** The PGlite instance, for backup and restore of the embedded database. */
  pglite: PGlite | undefined;
  close(): Promise<void>;
}

const APP_ROLE = 'meetwerk_app';

/**
 * A `date` is a day, not a moment: both drivers would turn it into a Date at midnight (UTC in
 * PGlite, local time in pg), which shows as the day before in Amsterdam. We keep `yyyy-mm-dd`.
 */
const DATE_OID = 1082;
const keepText = (value: string) => value;

function getTypeParser(oid: number): (value: string) => unknown {
  const standard = pg.types.getTypeParser(oid, 'text') as (value: string) => unknown;
  return oid === DATE_OID ? keepText : standard;
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error instanceof Error) throw error;
  if (error) throw new Error('De database kon niet worden bijgewerkt.', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  return 'url' in location ? openPostgres(location.url) : openPGlite(location);
}

/**
 * A pool that survives the loss of an idle connection (server restart, an administrator ending
 * it, a database dropped in tests): pg then emits 'error' on the pool, which without a listener
 * ends the whole process. The pool has already dropped the connection and opens a new one when
 * needed; queries that were running get their own error.
 */
function newPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: { getTypeParser } });
  pool.on('error', () => {});
  return pool;
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const ownerPool = newPool(url, 2);
  const owner = new Kysely<Database>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  await migrateToLatest(owner as Kysely<unknown>);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: newPool(url, 10),
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw(`set role ${APP_ROLE}`));
      },
    }),
  });
  return {
    kind: 'postgres',
    db,
    asOwner: (work) => work(owner),
    pglite: undefined,
    close: async () => {
      await db.destroy();
      await owner.destroy();
    },
  };
}

async function openPGlite(
  location: { dataDir: string; from?: Blob } | { memory: true; from?: Blob },
): Promise<DatabaseHandle> {
  let unlock = () => {};
  const options = {
    parsers: { [DATE_OID]: keepText },
    ...(location.from ? { loadDataDir: location.from } : {}),
  };
  let pglite: PGlite;
  if ('dataDir' in location) {
    unlock = lockDataDir(location.dataDir);
    pglite = new PGlite(location.dataDir, options);
  } else {
    pglite = new PGlite(options);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db as Kysely<unknown>);
  await sql.raw(`set role ${APP_ROLE}`).execute(db);
  return {
    kind: 'pglite',
    db,
    // One connection: hold it, step out of the application role, and always step back in.
    asOwner: (work) =>
      db.connection().execute(async (connection) => {
        await sql`reset role`.execute(connection);
        try {
          return await work(connection);
        } finally {
          await sql.raw(`set role ${APP_ROLE}`).execute(connection);
        }
      }),
    pglite,
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}

/** What a unit of work runs as: the tenant it works in and the account it works for. */
export interface Scope {
  tenantId: string;
  accountId: string | null;
}

/**
 * Runs `work` in one transaction with the tenant (and account) set for row-level security.
 * Every read or write of tenant data goes through here; repositories filter by tenant too.
 */
export function inTenant<T>(db: Db, scope: Scope, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('meetwerk.tenant_id', ${scope.tenantId}, true),
                     set_config('meetwerk.account_id', ${scope.accountId ?? ''}, true)`.execute(
      trx,
    );
    return work(trx);
  });
}

/** True when the database answers a query. */
export async function isDatabaseUp(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
