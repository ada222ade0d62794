import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { uuid } from '../../shared/api/common.schema.js';
import { audit } from '../../server/audit/audit.service.js';
import { inTenant } from '../../server/db/database.js';
import { resultsCsv, type ExportComparison } from '../../server/results/results.export.js';
import { RESULTS_PURPOSE } from '../../server/results/round.service.js';
import { tenantOfSurvey } from '../../server/surveys/responses/response.repository.js';
import { CLI_ACTOR, withDatabase } from '../context.js';

/** `--compare` as operators type it, and the comparison the export names. */
const COMPARE_OPTIONS: Record<string, ExportComparison> = {
  project: 'project',
  'size-class': 'grootteklasse',
  previous: 'vorige',
};

/**
 * `meetwerk results export --survey <id> --out <file.csv> [--compare project|size-class|previous]`:
 * the figures of a round as CSV (docs/results.md), one row per gemeente × question, for the
 * round's owner (the tenant the survey belongs to), as the API gives it to that owner.
 */
export function registerResults(program: Command): void {
  const results = program.command('results').description('Cliëntervaringsonderzoek: resultaten');

  results
    .command('export')
    .description('Schrijf alle cijfers van een onderzoek naar een CSV-bestand')
    .requiredOption('--survey <id>', 'de id van het onderzoek')
    .requiredOption('--out <bestand.csv>', 'het bestand om te schrijven')
    .option('--compare <vergelijking>', 'project, size-class of previous', 'project')
    .action(async (o: { survey: string; out: string; compare: string }) => {
      if (!uuid.safeParse(o.survey).success) {
        throw new Error(`"${o.survey}" is geen geldige id van een onderzoek.`);
      }
      const kind = COMPARE_OPTIONS[o.compare];
      if (!kind) {
        throw new Error(
          `Onbekende vergelijking "${o.compare}". Kies project, size-class of previous.`,
        );
      }
      await withDatabase(async (database) => {
        const tenantId = await database.asOwner((owner) => tenantOfSurvey(owner, o.survey));
        if (!tenantId) throw new Error(`Onderzoek ${o.survey} bestaat niet.`);
        const who = { tenantId, accountId: null, name: CLI_ACTOR };
        const { csv, rows, round } = await resultsCsv(database.db, who, o.survey, kind);
        await fs.writeFile(o.out, csv);
        await inTenant(database.db, who, (trx) =>
          audit(trx, who, {
            action: 'resultaten.geexporteerd',
            purpose: RESULTS_PURPOSE,
            objectType: 'enquete',
            objectId: round.survey.id,
            details: { formaat: 'csv', vergelijking: kind, regels: rows },
          }),
        );
        console.log(`regels: ${rows}, telregel: ${round.rule.key}, bestand: ${o.out}`);
      });
    });
}
