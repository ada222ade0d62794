import { randomUUID } from 'node:crypto';
import {
  CLIENT_FIELDS,
  columnMappingSchema,
  type ClientCount,
  type ClientFileColumns,
  type ClientImportResult,
  type ClientImportSummary,
  type ColumnMapping,
} from '../../../shared/api/clients.schema.js';
import { readGemeenteCode } from '../../../shared/validation/register-fields.js';
import {
  WMO020_PRODUCTCATEGORIEEN,
  isProductCategorie,
} from '../../../shared/validation/wmo020.js';
import { audit, type Who } from '../../audit/audit.service.js';
import type { Trx } from '../../db/database.js';
import { problems } from '../../http/problem.js';
import { rejectionsToCsv, type Rejection } from '../../imports/rejections.js';
import type { Tabular } from '../../imports/tabular.js';
import { listSurveyGemeenten } from '../survey.repository.js';
import { SURVEY_PURPOSE, surveyOrFail } from '../survey.service.js';
import type { SurveyRow } from '../survey.table.js';
import { bsnHasher } from './bsn-hash.js';
import {
  ColumnError,
  planColumns,
  validateRows,
  type ColumnPlan,
  type GemeenteRef,
  type ValidClient,
} from './client-row.js';
import {
  findClientImport,
  insertClientImport,
  listClientImportRows,
  tallyClients,
  upsertClients,
  type NewClientRow,
} from './client.repository.js';

/** The API answer lists this many rejections; the CSV download has all stored ones. */
export const REJECTIONS_IN_RESPONSE = 1000;

/**
 * At most this many rejections are kept with an import. A file of nothing but bad rows (say a
 * wrong export of 50 MB) would otherwise store hundreds of megabytes of reasons nobody reads;
 * the counts stay exact.
 */
export const REJECTIONS_STORED = 100_000;

/** The rejections kept, with a last line saying so when there were more. */
function keptRejections(rejections: Rejection[], count: number): Rejection[] {
  if (count <= rejections.length) return rejections;
  return [
    ...rejections,
    {
      rij: 0,
      veld: '',
      reden: `Er zijn ${count} afwijzingen; alleen de eerste ${rejections.length} staan in deze lijst. Los deze eerst op en lees het bestand opnieuw in.`,
    },
  ];
}

export interface ClientImportInput {
  fileName: string;
  table: Tabular;
  /** CBS code (`GM0106` or `0106`) for a file that serves one gemeente. */
  gemeente?: string | undefined;
  mapping?: ColumnMapping | undefined;
}

export interface ClientImportOutcome {
  importId: string;
  accepted: number;
  inserted: number;
  updated: number;
  rejectedRows: number;
  /** At most `REJECTIONS_STORED`, then one line saying how many there were. */
  rejections: Rejection[];
  rejectionCount: number;
}

/** Reads the column mapping sent as JSON text; a wrong mapping is a 400 naming `kolommen`. */
export function parseColumnMapping(json: string): ColumnMapping {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw problems.invalidField(
      'kolommen',
      'De kolomindeling is geen geldige JSON. Voorbeeld: {"klantnummer": "Cliëntnr"}.',
    );
  }
  const parsed = columnMappingSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const reason =
    issue?.code === 'unrecognized_keys' || issue?.code === 'invalid_key'
      ? `De kolomindeling noemt een onbekend veld. Gebruik: ${CLIENT_FIELDS.join(', ')}.`
      : issue?.code === 'invalid_type' && issue.path.length === 0
        ? 'De kolomindeling is een JSON-object, zoals {"klantnummer": "Cliëntnr"}.'
        : (issue?.message ?? 'De kolomindeling klopt niet.');
  throw problems.invalidField('kolommen', reason);
}

function assertOpenForClients(survey: SurveyRow): void {
  if (survey.status === 'gesloten' || survey.personal_data_deleted_at !== null) {
    throw problems.conflict(
      'Dit onderzoek is gesloten. Er kunnen geen cliënten meer worden ingelezen.',
    );
  }
}

async function surveyGemeenten(trx: Trx, who: Who, surveyId: string): Promise<GemeenteRef[]> {
  const rows = await listSurveyGemeenten(trx, who.tenantId, [surveyId]);
  return rows.map((r) => ({ id: r.id, cbsCode: r.cbsCode, name: r.name }));
}

/**
 * The headers of a file and the fields found under their default names, for the mapping screen.
 * Checks the survey, so another tenant's survey id gives 404 here too.
 */
export async function describeColumns(
  trx: Trx,
  who: Who,
  surveyId: string,
  table: Tabular,
): Promise<ClientFileColumns> {
  await surveyOrFail(trx, who, surveyId);
  const present = new Set(table.headers);
  const herkend: ColumnMapping = {};
  for (const field of CLIENT_FIELDS) if (present.has(field)) herkend[field] = field;
  return { kolommen: table.headers, herkend, aantalRijen: table.rows.length };
}

/** The gemeente named for the whole file, which must take part in the survey. */
function fixedGemeente(
  code: string | undefined,
  gemeenten: readonly GemeenteRef[],
): GemeenteRef | undefined {
  if (code === undefined || code.trim() === '') return undefined;
  const read = readGemeenteCode(code);
  if (!read.ok) throw problems.invalidField('gemeente', read.reason);
  const found = gemeenten.find((g) => g.cbsCode === read.value);
  if (!found) {
    throw problems.invalidField(
      'gemeente',
      `Gemeente ${read.value} doet niet mee aan dit onderzoek. Meedoende gemeenten: ${gemeenten.map((g) => g.cbsCode).join(', ')}.`,
    );
  }
  return found;
}

function columnsOrFail(
  input: ClientImportInput,
  gemeenten: readonly GemeenteRef[],
  fixed: GemeenteRef | undefined,
): ColumnPlan {
  let plan: ColumnPlan;
  try {
    plan = planColumns(input.table.headers, input.mapping);
  } catch (error) {
    if (error instanceof ColumnError) throw problems.invalidField('kolommen', error.message);
    throw error;
  }
  if (!plan.gemeente && !fixed && gemeenten.length > 1) {
    throw problems.invalidField(
      'gemeente',
      `Dit onderzoek loopt in ${gemeenten.length} gemeenten. Zet een kolom gemeente (CBS-code, zoals GM0106) in het bestand, of kies de gemeente waar het hele bestand bij hoort.`,
    );
  }
  return plan;
}

function toRow(who: Who, surveyId: string, importId: string, c: ValidClient): NewClientRow {
  return {
    tenant_id: who.tenantId,
    survey_id: surveyId,
    gemeente_id: c.gemeenteId,
    client_number: c.clientNumber,
    bsn_hash: c.bsnHash,
    name: c.name,
    address: c.address,
    postcode: c.postcode,
    city: c.city,
    birth_year: c.birthYear,
    sex: c.sex,
    product_category: c.productCategory,
    start_date: c.startDate,
    end_date: c.endDate,
    opted_out: c.optedOut,
    import_id: importId,
  };
}

/**
 * Imports a client register into a survey. The file has been read already (outside the
 * transaction, so a large file does not hold the database while it is parsed). Good rows are
 * stored even when others are rejected; a client already in the survey (same gemeente and
 * klantnummer) is updated, not added twice.
 */
export async function importClients(
  trx: Trx,
  who: Who,
  surveyId: string,
  input: ClientImportInput,
): Promise<ClientImportOutcome> {
  const survey = await surveyOrFail(trx, who, surveyId);
  assertOpenForClients(survey);
  const gemeenten = await surveyGemeenten(trx, who, surveyId);
  const fixed = fixedGemeente(input.gemeente, gemeenten);
  const plan = columnsOrFail(input, gemeenten, fixed);
  // The secret is made only when a file actually brings BSNs.
  const hashBsn = plan.bsn ? await bsnHasher(trx, who.tenantId) : () => '';
  const validated = validateRows(
    input.table.rows,
    plan,
    { gemeenten, fixedGemeente: fixed, currentYear: new Date().getFullYear(), hashBsn },
    REJECTIONS_STORED,
  );
  const { clients, rejectedRows } = validated;
  const rejections = keptRejections(validated.rejections, validated.rejectionCount);
  const importId = randomUUID();
  const { inserted, updated } = await upsertClients(
    trx,
    clients.map((c) => toRow(who, surveyId, importId, c)),
  );
  await insertClientImport(trx, {
    tenantId: who.tenantId,
    surveyId,
    id: importId,
    fileName: input.fileName,
    accepted: clients.length,
    rejected: rejectedRows,
    rejections,
    createdBy: who.accountId,
  });
  await audit(trx, who, {
    action: 'clienten.geimporteerd',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: surveyId,
    details: { importId, aanvaard: clients.length, nieuw: inserted, afgewezen: rejectedRows },
  });
  return {
    importId,
    accepted: clients.length,
    inserted,
    updated,
    rejectedRows,
    rejections,
    rejectionCount: validated.rejectionCount,
  };
}

export function presentImport(outcome: ClientImportOutcome): ClientImportResult {
  return {
    importId: outcome.importId,
    aanvaard: outcome.accepted,
    nieuw: outcome.inserted,
    bijgewerkt: outcome.updated,
    afgewezen: outcome.rejectedRows,
    afwijzingen: outcome.rejections.slice(0, REJECTIONS_IN_RESPONSE),
    aantalAfwijzingen: outcome.rejectionCount,
  };
}

export async function listClientImports(
  trx: Trx,
  who: Who,
  surveyId: string,
): Promise<ClientImportSummary[]> {
  await surveyOrFail(trx, who, surveyId);
  const rows = await listClientImportRows(trx, who.tenantId, surveyId);
  return rows.map((row) => ({
    id: row.id,
    bestandsnaam: row.file_name,
    aanvaard: row.accepted,
    afgewezen: row.rejected,
    ingelezenOp: row.created_at.toISOString(),
  }));
}

/** The rejections of one import as CSV (`rij;veld;reden`), with a file name to save it as. */
export async function rejectionsCsvOf(
  trx: Trx,
  who: Who,
  surveyId: string,
  importId: string,
): Promise<{ fileName: string; csv: string }> {
  await surveyOrFail(trx, who, surveyId);
  const row = await findClientImport(trx, who.tenantId, surveyId, importId);
  if (!row) throw problems.notFound('Dit ingelezen bestand bestaat niet.');
  await audit(trx, who, {
    action: 'clienten.gelezen',
    purpose: SURVEY_PURPOSE,
    objectType: 'clientenbestand',
    objectId: importId,
    details: { afwijzingen: true },
  });
  // ASCII only: the name goes into a Content-Disposition header.
  const base = row.file_name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-');
  return {
    fileName: `${base || 'clientenbestand'}.afgewezen.csv`,
    csv: rejectionsToCsv(row.rejections as Rejection[]),
  };
}

function categoryLabel(code: string | null): string {
  if (code === null) return 'Onbekend';
  return isProductCategorie(code) ? WMO020_PRODUCTCATEGORIEEN[code] : code;
}

/** How many clients each gemeente has, per productcategorie: no personal data. */
export async function countClients(trx: Trx, who: Who, surveyId: string): Promise<ClientCount> {
  await surveyOrFail(trx, who, surveyId);
  const [gemeenten, tally] = await Promise.all([
    surveyGemeenten(trx, who, surveyId),
    tallyClients(trx, who.tenantId, surveyId),
  ]);
  const perGemeente = gemeenten.map((g) => {
    const rows = tally.filter((t) => t.gemeenteId === g.id);
    return {
      cbsCode: g.cbsCode,
      naam: g.name,
      aantal: rows.reduce((sum, r) => sum + r.count, 0),
      productcategorieen: rows.map((r) => ({
        code: r.productCategory,
        omschrijving: categoryLabel(r.productCategory),
        aantal: r.count,
      })),
    };
  });
  return { totaal: perGemeente.reduce((sum, g) => sum + g.aantal, 0), gemeenten: perGemeente };
}
