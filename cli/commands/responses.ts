import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { uuid } from '../../shared/api/common.schema.js';
import { inTenant } from '../../server/db/database.js';
import { importSummary, rejectionsToCsv } from '../../server/imports/rejections.js';
import { readTabular } from '../../server/imports/tabular.js';
import { importResponses } from '../../server/surveys/responses/import.service.js';
import { tenantOfSurvey } from '../../server/surveys/responses/response.repository.js';
import { CLI_ACTOR, withDatabase } from '../context.js';

/**
 * `meetwerk responses import <file> --survey <id>`: returned forms from a printing house.
 * Exit 0 when the file was processed, also with rejected rows (they are listed); 1 when it
 * could not be read at all.
 */
export function registerResponses(program: Command): void {
  const responses = program
    .command('responses')
    .description('Cliëntervaringsonderzoek: ingevulde vragenlijsten');

  responses
    .command('import')
    .description('Lees een bestand met ingevulde vragenlijsten in (CSV of XLSX)')
    .argument(
      '<bestand>',
      'het bestand met de kolommen gemeente (GMxxxx), kanaal (papier, telefoon of online), code (optioneel: de code op het formulier) en één kolom per vraag-id: gemeente;kanaal;code;Q1;Q2;… (zie docs/response-import.md)',
    )
    .requiredOption('--survey <id>', 'de id van het onderzoek')
    .option('--rejects <uit.csv>', 'schrijf de afgewezen rijen met reden naar dit bestand')
    .action(async (file: string, o: { survey: string; rejects?: string }) => {
      if (!uuid.safeParse(o.survey).success) {
        throw new Error(`"${o.survey}" is geen geldige id van een onderzoek.`);
      }
      const bytes = await fs.readFile(file).catch(() => {
        throw new Error(`Het bestand "${file}" kan niet worden geopend.`);
      });
      const table = await readTabular(bytes, path.basename(file));
      await withDatabase(async (database) => {
        const tenantId = await database.asOwner((owner) => tenantOfSurvey(owner, o.survey));
        if (!tenantId) throw new Error(`Onderzoek ${o.survey} bestaat niet.`);
        const result = await inTenant(database.db, { tenantId, accountId: null }, (trx) =>
          importResponses(trx, { tenantId, accountId: null, name: CLI_ACTOR }, o.survey, table),
        );
        for (const r of result.afwijzingen.slice(0, 20)) {
          console.error(`rij ${r.rij}${r.veld ? `, ${r.veld}` : ''}: ${r.reden}`);
        }
        if (result.afwijzingen.length > 20) {
          console.error(`… en nog ${result.afwijzingen.length - 20} afwijzingen.`);
        }
        if (o.rejects) await fs.writeFile(o.rejects, rejectionsToCsv(result.afwijzingen));
        // Row 0 is the header: a file whose columns are wrong was not processed at all.
        if (result.afwijzingen.some((r) => r.rij === 0)) {
          throw new Error(
            'Het bestand is niet ingelezen: de kolommen kloppen niet (zie hierboven).',
          );
        }
        console.log(importSummary(result.aanvaard, result.afgewezen));
      });
    });
}
