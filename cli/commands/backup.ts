import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Command } from 'commander';
import { readConfig } from '../../server/config.js';
import { lockDataDir } from '../../server/db/data-dir-lock.js';
import { openDatabase } from '../../server/db/database.js';
import { progressBar } from '../progress.js';

function requireEmbedded(): string {
  const config = readConfig();
  if (config.databaseUrl) {
    throw new Error(
      'Met DATABASE_URL draait Meetwerk op een PostgreSQL-server: maak daar een back-up met pg_dump en zet die terug met pg_restore.',
    );
  }
  return config.dataDir;
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('Maak een back-up van de ingebouwde database (stop de server eerst)')
    .requiredOption('--out <bestand>', 'het back-upbestand (.tar.gz)')
    .action(async (o: { out: string }) => {
      const dataDir = requireEmbedded();
      if (!fs.existsSync(dataDir)) throw new Error(`Er is geen database in ${dataDir}.`);
      const bar = progressBar('Back-up');
      bar.update(0, 2, 'database openen');
      const database = await openDatabase({ dataDir });
      try {
        bar.update(1, 2, 'gegevens inpakken');
        const dump = await (database.pglite as PGlite).dumpDataDir('gzip');
        fs.writeFileSync(o.out, Buffer.from(await dump.arrayBuffer()));
        bar.update(2, 2, 'klaar');
      } finally {
        bar.stop();
        await database.close();
      }
      console.log(`Back-up geschreven naar ${o.out} (${fs.statSync(o.out).size} bytes).`);
    });

  program
    .command('restore')
    .description('Zet een back-up terug in de ingebouwde database (stop de server eerst)')
    .requiredOption('--in <bestand>', 'het back-upbestand van "meetwerk backup"')
    .action(async (o: { in: string }) => {
      const dataDir = requireEmbedded();
      if (!fs.existsSync(o.in)) throw new Error(`Het bestand ${o.in} bestaat niet.`);
      const unlock = lockDataDir(dataDir);
      const bar = progressBar('Terugzetten');
      const kept = `${dataDir}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      const incoming = `${dataDir}.herstel`;
      try {
        bar.update(0, 3, 'huidige database bewaren');
        fs.rmSync(incoming, { recursive: true, force: true });
        const blob = new Blob([fs.readFileSync(o.in)]);
        bar.update(1, 3, 'back-up uitpakken');
        const restored = new PGlite({ dataDir: incoming, loadDataDir: blob });
        try {
          // Any PGlite dump loads; one of another database would replace ours with nothing.
          const { rows } = await restored.query<{ found: boolean }>(
            `select to_regclass('public.kysely_migration') is not null
                and to_regclass('public.accounts') is not null as found`,
          );
          if (!rows[0]?.found) throw new Error('dit is geen back-up van Meetwerk');
        } finally {
          await restored.close().catch(() => {});
        }
        bar.update(2, 3, 'wisselen');
        unlock();
        fs.renameSync(dataDir, kept);
        try {
          fs.renameSync(incoming, dataDir);
        } catch (error) {
          fs.renameSync(kept, dataDir);
          throw error;
        }
        fs.rmSync(path.join(dataDir, 'meetwerk.lock'), { force: true });
        bar.update(3, 3, 'klaar');
      } catch (error) {
        unlock();
        fs.rmSync(incoming, { recursive: true, force: true });
        throw new Error(
          `De back-up kon niet worden teruggezet; de huidige database is ongewijzigd. (${(error as Error).message})`,
          { cause: error },
        );
      } finally {
        bar.stop();
      }
      console.log(`De back-up is teruggezet. De vorige database staat in ${kept}.`);
    });
}
