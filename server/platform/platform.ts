import { randomBytes } from 'node:crypto';
import { insertAccount, insertMembership } from '../accounts/account.repository.js';
import { hashPassword } from '../auth/password.js';
import { auditAs, PURPOSES } from '../audit/audit.service.js';
import type { Config } from '../config.js';
import { inTenant, openDatabase, type DatabaseHandle } from '../db/database.js';
import { hasAnyAccount, loadDemo, type Progress } from '../demo/demo.service.js';
import { syncReferenceData } from './reference-data.js';

/** Opens the database named by the configuration, migrated and with current reference data. */
export async function openPlatform(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<DatabaseHandle> {
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  await syncReferenceData(database.db);
  return database;
}

// No 0/O or 1/l/I, so the password can be read aloud or copied from paper.
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function readablePassword(length = 20): string {
  return [...randomBytes(length)].map((b) => READABLE[b % READABLE.length]).join('');
}

export type FirstStart =
  { kind: 'existing' } | { kind: 'demo' } | { kind: 'beheerder'; email: string; password: string };

/**
 * On an empty database: load the demo world, or (with MEETWERK_DEMO=0) create the first
 * beheerder of the platform with a password that is shown once and stored only as a hash.
 */
export async function prepareFirstStart(
  database: DatabaseHandle,
  config: Pick<Config, 'loadDemo' | 'firstBeheerderEmail'>,
  progress?: Progress,
): Promise<FirstStart> {
  if (await hasAnyAccount(database.db)) return { kind: 'existing' };
  if (config.loadDemo) {
    await loadDemo(database, progress);
    return { kind: 'demo' };
  }
  const platform = await syncReferenceData(database.db);
  const password = readablePassword();
  const account = await insertAccount(database.db, {
    email: config.firstBeheerderEmail,
    name: 'Beheerder',
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  await inTenant(database.db, { tenantId: platform.id, accountId: null }, async (trx) => {
    await insertMembership(trx, {
      tenantId: platform.id,
      accountId: account.id,
      role: 'beheerder',
    });
    await auditAs(
      trx,
      { tenantId: platform.id, accountId: null, actor: 'Eerste start' },
      {
        action: 'gebruiker.uitgenodigd',
        purpose: PURPOSES.userAdmin,
        objectType: 'gebruiker',
        objectId: account.id,
        details: { rol: 'beheerder', eersteBeheerder: true },
      },
    );
  });
  return { kind: 'beheerder', email: config.firstBeheerderEmail, password };
}
