import { readConfig, type Config } from '../server/config.js';
import type { DatabaseHandle } from '../server/db/database.js';
import { openPlatform } from '../server/platform/platform.js';

/** Opens the database for one command and always closes it, also when the command fails. */
export async function withDatabase<T>(
  work: (database: DatabaseHandle, config: Config) => Promise<T>,
): Promise<T> {
  const config = readConfig();
  const database = await openPlatform(config);
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}

/** The actor named in the audit log for changes made on the command line. */
export const CLI_ACTOR = 'Opdrachtregel (meetwerk-cli)';
