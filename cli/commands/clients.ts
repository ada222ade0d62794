import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { inTenant } from '../../server/db/database.js';
import { HttpProblem } from '../../server/http/problem.js';
import { importSummary, rejectionsToCsv } from '../../server/imports/rejections.js';
import { readTabular, TabularError, type Tabular } from '../../server/imports/tabular.js';
import { findSurveyTenantId } from '../../server/surveys/clients/client.repository.js';
import {
  importClients,
  parseColumnMapping,
} from '../../server/surveys/clients/client-import.service.js';
import { CLI_ACTOR, withDatabase } from '../context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ImportOptions {
  survey: string;
  gemeente?: string;
  map?: string;
  rejects?: string;
}

async function readFileOrFail(file: string, what: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch {
    throw new Error(`${what} "${file}" kan niet worden geopend. Bestaat het, en mag u het lezen?`);
  }
}

async function readTable(file: string): Promise<Tabular> {
  const bytes = await readFileOrFail(file, 'Het bestand');
  try {
    return await readTabular(bytes, path.basename(file));
  } catch (error) {
    if (error instanceof TabularError) throw new Error(error.message, { cause: error });
    throw error;
  }
}

/** Problems from the service (unknown column, closed survey) become plain Dutch messages. */
function plainMessage(error: unknown): Error {
  if (error instanceof HttpProblem) return new Error(error.detail ?? error.title);
  return error instanceof Error ? error : new Error(String(error));
}

async function runImport(file: string, o: ImportOptions): Promise<void> {
  if (!UUID.test(o.survey)) throw new Error(`Onderzoek "${o.survey}" bestaat niet.`);
  const mapping = o.map
    ? parseColumnMapping(
        // Notepad on Windows starts a UTF-8 file with a byte-order mark, which JSON forbids.
        (await readFileOrFail(o.map, 'De kolomindeling')).toString('utf8').replace(/^\uFEFF/, ''),
      )
    : undefined;
  const table = await readTable(file);
  const rejectsFile = o.rejects ?? `${file}.afgewezen.csv`;
  await withDatabase(async (database) => {
    // The survey id alone names the tenant: an operator on the server may work for every
    // tenant. Only this lookup runs as the owner; the import itself runs in the tenant's scope.
    const tenantId = await database.asOwner((owner) => findSurveyTenantId(owner, o.survey));
    if (!tenantId) throw new Error(`Onderzoek "${o.survey}" bestaat niet.`);
    const who = { tenantId, accountId: null, name: CLI_ACTOR };
    const outcome = await inTenant(database.db, { tenantId, accountId: null }, (trx) =>
      importClients(trx, who, o.survey, {
        fileName: path.basename(file),
        table,
        gemeente: o.gemeente,
        mapping,
      }),
    );
    await fs.writeFile(rejectsFile, rejectionsToCsv(outcome.rejections));
    if (outcome.rejections.length > 0) {
      console.error(`De redenen van afwijzing staan in ${rejectsFile}`);
    }
    console.log(importSummary(outcome.accepted, outcome.rejectedRows));
  });
}

export function registerClients(program: Command): void {
  const clients = program
    .command('clients')
    .description('Cliëntervaringsonderzoek: cliëntenbestanden van gemeenten');

  clients
    .command('import <bestand>')
    .description(
      'Lees een cliëntenbestand (CSV of XLSX) in bij een onderzoek. Drukt "aanvaard: N, afgewezen: M" af; de redenen gaan naar een CSV-bestand.',
    )
    .requiredOption('--survey <id>', 'de id van het onderzoek (bepaalt ook de organisatie)')
    .option('--gemeente <GMxxxx>', 'de gemeente waar het hele bestand bij hoort')
    .option('--map <kolommen.json>', 'kolomindeling als JSON, bijv. {"klantnummer": "Cliëntnr"}')
    .option(
      '--rejects <uit.csv>',
      'waar de afgewezen rijen komen (standaard: <bestand>.afgewezen.csv naast het bestand)',
    )
    .action(async (file: string, o: ImportOptions) => {
      try {
        await runImport(file, o);
      } catch (error) {
        throw plainMessage(error);
      }
    });
}
