import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { inTenant } from '../../server/db/database.js';
import { csvLine } from '../../server/exports/csv.js';
import {
  auditExport,
  EXPORT_COLUMNS,
  exportRows,
  outcomeReport,
} from '../../server/outcomes/report.service.js';
import { findTenantByCbsCode } from '../../server/tenants/tenant.repository.js';
import { CLI_ACTOR, withDatabase } from '../context.js';

/**
 * `meetwerk outcomes export`: the Leefgebieden-monitor's figures per wijkteam and domain as a
 * plain CSV (comma, decimal point, UTF-8) for analysis tools. Suppressed cells stay empty.
 */
export function registerOutcomes(program: Command): void {
  const outcomes = program
    .command('outcomes')
    .description('Uitkomsten van de leefgebieden-monitor (M4)');

  outcomes
    .command('export')
    .description(
      'Schrijf per wijkteam en leefgebied verbeterd/gelijk/verslechterd naar een CSV-bestand',
    )
    .requiredOption('--gemeente <cbs>', 'CBS-code van de gemeente, bijvoorbeeld GM0772')
    .requiredOption('--out <bestand>', 'het CSV-bestand dat wordt geschreven')
    .action(async (options: { gemeente: string; out: string }) => {
      const cbs = options.gemeente.trim().toUpperCase();
      if (!/^GM\d{4}$/.test(cbs)) {
        throw new Error(`"${options.gemeente}" is geen CBS-code van een gemeente (zoals GM0772).`);
      }
      await withDatabase(async (database) => {
        const tenant = await findTenantByCbsCode(database.db, cbs);
        if (!tenant || tenant.kind !== 'gemeente') throw new Error(`Gemeente ${cbs} bestaat niet.`);
        const rows = await inTenant(
          database.db,
          { tenantId: tenant.id, accountId: null },
          async (trx) => {
            const lines = exportRows(await outcomeReport(trx, tenant.id));
            await auditExport(
              trx,
              { tenantId: tenant.id, accountId: null, name: CLI_ACTOR },
              lines.length,
            );
            return lines;
          },
        );
        const body = [EXPORT_COLUMNS, ...rows].map((r) => csvLine(r, ',')).join('');
        try {
          await fs.writeFile(options.out, body, 'utf8');
        } catch {
          throw new Error(
            `Het bestand "${options.out}" kan niet worden geschreven. Bestaat de map, en mag u erin schrijven?`,
          );
        }
        const suppressed = rows.filter((r) => r.at(-1) === 'ja').length;
        console.log(
          `${tenant.name}: ${rows.length} regels geschreven naar ${options.out} (${suppressed} onderdrukt).`,
        );
      });
    });
}
