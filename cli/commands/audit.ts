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
        if (value !== undefined && !DATE.test(value)) {
          throw new Error(`${name} moet een datum zijn als jjjj-mm-dd, niet "${value}".`);
        }
      }
      await withDatabase(async ({ db }) => {
        const tenant = await findTenantByRef(db, o.organisatie);
        if (!tenant) throw new Error(`Organisatie "${o.organisatie}" bestaat niet.`);
        const filter = { from: o.van, to: o.tot };
        const out = fs.createWriteStream(o.out, { encoding: 'utf8' });
        const bar = progressBar('Auditlog');
        let count = -1;
        await inTenant(db, { tenantId: tenant.id, accountId: null }, async (trx) => {
          out.write(CSV_BOM);
          for await (const line of auditCsvLines(trx, tenant.id, filter)) {
            if (!out.write(line))
              await new Promise<void>((resolve) => out.once('drain', () => resolve()));
            count += 1;
            if (count % 1000 === 0) bar.update(count, Math.max(count, 1), o.out);
          }
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
        bar.stop();
        await new Promise<void>((resolve, reject) =>
          out.end((error?: Error) => (error ? reject(error) : resolve())),
        );
        console.log(`${count} regels van ${tenant.name} geschreven naar ${o.out}.`);
      });
    });
}
