import { once } from 'node:events';
import fs from 'node:fs';
import type { Command } from 'commander';
import { auditCsvLines } from '../../server/audit/audit.export.js';
import { audit, PURPOSES } from '../../server/audit/audit.service.js';
import { inTenant } from '../../server/db/database.js';
import { CSV_BOM } from '../../server/exports/csv.js';
import { findTenantByRef } from '../../server/tenants/tenant.repository.js';
import { CLI_ACTOR, withDatabase } from '../context.js';
import { progressBar } from '../progress.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** jjjj-mm-dd and a day that exists: 2026-02-30 would reach the database as an error. */
function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Opens the file before the export starts, so a wrong path is a clear error, not a crash. */
function openOutput(file: string): { out: fs.WriteStream; regularFile: boolean } {
  let fd: number;
  try {
    fd = fs.openSync(file, 'w');
  } catch (error) {
    throw new Error(
      `Het bestand ${file} kan niet worden geschreven (${(error as Error).message}).`,
      {
        cause: error,
      },
    );
  }
  const regularFile = fs.fstatSync(fd).isFile();
  return { out: fs.createWriteStream(file, { fd, encoding: 'utf8' }), regularFile };
}

export function registerAudit(program: Command): void {
  const command = program.command('audit').description('De auditlog');
  command
    .command('export')
    .description('Schrijf de auditlog van een organisatie naar een CSV-bestand')
    .requiredOption('--organisatie <organisatie>', 'platform, CBS-code (GM0014) of id')
    .requiredOption('--out <bestand>', 'het CSV-bestand')
    .option('--van <datum>', 'vanaf deze dag (jjjj-mm-dd)')
    .option('--tot <datum>', 'tot en met deze dag (jjjj-mm-dd)')
    .action(async (o: { organisatie: string; out: string; van?: string; tot?: string }) => {
      for (const [name, value] of [
        ['--van', o.van],
        ['--tot', o.tot],
      ] as const) {
        if (value !== undefined && !isCalendarDate(value)) {
          throw new Error(`${name} moet een datum zijn als jjjj-mm-dd, niet "${value}".`);
        }
      }
      await withDatabase(async ({ db }) => {
        const tenant = await findTenantByRef(db, o.organisatie);
        if (!tenant) throw new Error(`Organisatie "${o.organisatie}" bestaat niet.`);
        const filter = { from: o.van, to: o.tot };
        const { out, regularFile } = openOutput(o.out);
        let writeError: Error | undefined;
        const failed = (error: Error) => {
          const message = `Het bestand ${o.out} kon niet volledig worden geschreven (${error.message}).`;
          return new Error(message, { cause: error });
        };
        out.on('error', (error) => (writeError = error));
        const bar = progressBar('Auditlog');
        let count = -1;
        try {
          await inTenant(db, { tenantId: tenant.id, accountId: null }, async (trx) => {
            out.write(CSV_BOM);
            for await (const line of auditCsvLines(trx, tenant.id, filter)) {
              if (writeError) throw failed(writeError);
              if (!out.write(line))
                await once(out, 'drain').catch((e: Error) => Promise.reject(failed(e)));
              count += 1;
              if (count % 1000 === 0) bar.update(count, Math.max(count, 1), o.out);
            }
            // Only a file that is completely on disk counts as exported in the log.
            await new Promise<void>((resolve, reject) =>
              out.end((error?: Error | null) => (error ? reject(failed(error)) : resolve())),
            );
            await audit(
              trx,
              { tenantId: tenant.id, accountId: null, name: CLI_ACTOR },
              {
                action: 'auditlog.geexporteerd',
                purpose: PURPOSES.accountability,
                details: { filter, bestand: o.out.split('/').pop() },
              },
            );
          });
        } catch (error) {
          // Half a log looks like a whole one: leave no file rather than a partial one (but
          // never remove a device such as /dev/stdout).
          out.destroy();
          if (regularFile) fs.rmSync(o.out, { force: true });
          throw error;
        } finally {
          bar.stop();
        }
        console.log(`${count} regels van ${tenant.name} geschreven naar ${o.out}.`);
      });
    });
}
