import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { PERIOD_KINDS, type PeriodKind } from '../../shared/registrations/vocabulary.js';
import { readGemeenteCode } from '../../shared/validation/register-fields.js';
import type { Who } from '../../server/audit/audit.service.js';
import { inTenant, type DatabaseHandle, type Trx } from '../../server/db/database.js';
import { csvLine } from '../../server/exports/csv.js';
import { HttpProblem } from '../../server/http/problem.js';
import { importSummary, rejectionsToCsv } from '../../server/imports/rejections.js';
import { readTabular, TabularError, type Tabular } from '../../server/imports/tabular.js';
import { codesOf } from '../../server/registrations/catalogue.service.js';
import {
  importCapacity,
  importLocations,
  importRegistrations,
  type ImportInput,
  type ImportOutcome,
} from '../../server/registrations/import.service.js';
import { pressureCsv, pressureExportRows } from '../../server/registrations/pressure.service.js';
import { findTenantByCbsCode } from '../../server/tenants/tenant.repository.js';
import { CLI_ACTOR, withDatabase } from '../context.js';

/**
 * Registration of client support and work pressure on the command line: imports of locations,
 * registrations and capacity, the codes in force, and the pressure export. Each runs in the
 * gemeente's own scope, as a request of that gemeente would.
 */

interface GemeenteOption {
  gemeente: string;
  rejects?: string;
}

/** Problems from the service become plain Dutch messages. */
function plainMessage(error: unknown): Error {
  if (error instanceof HttpProblem) return new Error(error.detail ?? error.title);
  return error instanceof Error ? error : new Error(String(error));
}

async function readTable(file: string): Promise<Tabular> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new Error(
      `Het bestand "${file}" kan niet worden geopend. Bestaat het, en mag u het lezen?`,
    );
  }
  try {
    return await readTabular(bytes, path.basename(file));
  } catch (error) {
    if (error instanceof TabularError) throw new Error(error.message, { cause: error });
    throw error;
  }
}

/** Runs `work` in the scope of the gemeente named by its CBS code. */
async function inGemeente<T>(
  database: DatabaseHandle,
  code: string,
  work: (trx: Trx, who: Who) => Promise<T>,
): Promise<T> {
  const read = readGemeenteCode(code);
  if (!read.ok) throw new Error(read.reason);
  const tenant = await database.asOwner((owner) => findTenantByCbsCode(owner, read.value));
  if (!tenant) throw new Error(`Gemeente ${read.value} bestaat niet.`);
  const who: Who = { tenantId: tenant.id, accountId: null, name: CLI_ACTOR };
  return inTenant(database.db, { tenantId: tenant.id, accountId: null }, (trx) => work(trx, who));
}

function importCommand(
  parent: Command,
  description: string,
  run: (trx: Trx, who: Who, input: ImportInput) => Promise<ImportOutcome>,
): void {
  parent
    .command('import <bestand>')
    .description(
      `${description} Drukt "aanvaard: N, afgewezen: M" af; de redenen gaan naar een CSV-bestand.`,
    )
    .requiredOption('--gemeente <GMxxxx>', 'de gemeente (CBS-code)')
    .option(
      '--rejects <uit.csv>',
      'waar de afgewezen rijen komen (standaard: <bestand>.afgewezen.csv naast het bestand)',
    )
    .action(async (file: string, o: GemeenteOption) => {
      try {
        const table = await readTable(file);
        const rejectsFile = o.rejects ?? `${file}.afgewezen.csv`;
        await withDatabase(async (database) => {
          const outcome = await inGemeente(database, o.gemeente, (trx, who) =>
            run(trx, who, { fileName: path.basename(file), table }),
          );
          await fs.writeFile(rejectsFile, rejectionsToCsv(outcome.rejections));
          if (outcome.rejections.length > 0) {
            console.error(`De redenen van afwijzing staan in ${rejectsFile}`);
          }
          console.log(importSummary(outcome.accepted, outcome.rejectedRows));
        });
      } catch (error) {
        throw plainMessage(error);
      }
    });
}

export function registerRegistrations(program: Command): void {
  const locations = program
    .command('locations')
    .description('Registratie en werkdruk: stadsdelen en locaties (wijkcentra, servicepunten)');
  importCommand(
    locations,
    'Lees locaties in (CSV of XLSX; kolommen stadsdeel, code, naam).',
    importLocations,
  );

  const registrations = program
    .command('registrations')
    .description('Registratie en werkdruk: geregistreerde contacten en de codes');
  importCommand(
    registrations,
    'Lees registraties in (CSV of XLSX; kolommen datum, locatie, kanaal, taak, minuten, resultaat, leeftijdsgroep, digitaal_vaardig, taalbarriere).',
    importRegistrations,
  );
  registrations
    .command('taxonomy')
    .description('Druk de taak- en resultaatcodes af die gelden, als CSV (soort,code,naam)')
    .requiredOption('--gemeente <GMxxxx>', 'de gemeente (CBS-code)')
    .option('--alle', 'ook codes die uit staan')
    .action(async (o: { gemeente: string; alle?: boolean }) => {
      try {
        await withDatabase(async (database) => {
          const codes = await inGemeente(database, o.gemeente, (trx, who) =>
            codesOf(trx, who.tenantId),
          );
          let out = csvLine(['soort', 'code', 'naam'], ',');
          for (const c of codes) {
            if (c.actief || o.alle) out += csvLine([c.soort, c.code, c.naam], ',');
          }
          process.stdout.write(out.replaceAll('\r\n', '\n'));
        });
      } catch (error) {
        throw plainMessage(error);
      }
    });

  const capacity = program
    .command('capacity')
    .description('Registratie en werkdruk: beschikbare uren per locatie, week en soort medewerker');
  importCommand(
    capacity,
    'Lees capaciteit in (CSV of XLSX; kolommen locatie, week als 2026-W05, soort, uren).',
    importCapacity,
  );

  const pressure = program
    .command('pressure')
    .description('Registratie en werkdruk: werkdrukcijfers');
  pressure
    .command('export')
    .description(
      'Schrijf de werkdrukcijfers per locatie, stadsdeel en de gemeente als CSV (standaard het laatste jaar)',
    )
    .requiredOption('--gemeente <GMxxxx>', 'de gemeente (CBS-code)')
    .requiredOption('--per <week|maand>', 'per week of per maand')
    .requiredOption('--out <bestand.csv>', 'het CSV-bestand')
    .option('--van <jjjj-mm-dd>', 'eerste dag (standaard: een jaar voor --tot)')
    .option('--tot <jjjj-mm-dd>', 'laatste dag (standaard: vandaag)')
    .action(
      async (o: { gemeente: string; per: string; out: string; van?: string; tot?: string }) => {
        try {
          if (!(PERIOD_KINDS as readonly string[]).includes(o.per)) {
            throw new Error(`--per is week of maand, niet "${o.per}".`);
          }
          for (const day of [o.van, o.tot]) {
            if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
              throw new Error(`Datum "${day}" klopt niet. Schrijf de datum als jjjj-mm-dd.`);
            }
          }
          await withDatabase(async (database) => {
            const rows = await inGemeente(database, o.gemeente, (trx, who) =>
              pressureExportRows(trx, who.tenantId, {
                per: o.per as PeriodKind,
                niveau: 'locatie',
                ...(o.van ? { van: o.van } : {}),
                ...(o.tot ? { tot: o.tot } : {}),
              }),
            );
            await fs.writeFile(o.out, pressureCsv(rows));
            console.log(`${rows.length} regels geschreven naar ${o.out}`);
          });
        } catch (error) {
          throw plainMessage(error);
        }
      },
    );
}
