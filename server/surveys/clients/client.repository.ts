import { sql } from 'kysely';
import type { Db, Trx } from '../../db/database.js';
import type { Rejection } from '../../imports/rejections.js';
import type { ClientImportTable, ClientTable } from '../survey.table.js';
import type { Insertable, Selectable } from 'kysely';

export type NewClientRow = Insertable<ClientTable>;
export type ClientImportRow = Selectable<ClientImportTable>;

/**
 * Rows per insert statement: 1,000 rows × 16 columns stays far below PostgreSQL's 65,535
 * parameters, and is large enough that 23,000 clients take a few statements, not thousands.
 */
const BATCH_SIZE = 1000;

/**
 * The tenant a survey belongs to, for operator work on the command line where only the survey
 * id is given. Runs as the owner (outside row-level security) and reads nothing but the tenant.
 */
export async function findSurveyTenantId(owner: Db, surveyId: string): Promise<string | undefined> {
  const row = await owner
    .selectFrom('surveys')
    .select('tenant_id')
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row?.tenant_id;
}

/**
 * The tenant's secret for a purpose; `candidate` becomes the secret when there is none yet.
 * `on conflict do nothing` lets two first imports at once agree on one secret.
 */
export async function ensureTenantSecret(
  db: Trx,
  tenantId: string,
  purpose: 'bsn',
  candidate: Uint8Array,
): Promise<Uint8Array> {
  await db
    .insertInto('tenant_secrets')
    .values({ tenant_id: tenantId, purpose, secret: candidate })
    .onConflict((oc) => oc.columns(['tenant_id', 'purpose']).doNothing())
    .execute();
  const row = await db
    .selectFrom('tenant_secrets')
    .select('secret')
    .where('tenant_id', '=', tenantId)
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow();
  return row.secret;
}

/**
 * Inserts clients, or updates the client with the same gemeente and klantnummer in this survey
 * (a corrected register replaces the earlier data; the client keeps its id, so an invitation
 * stays linked). Returns how many were new and how many updated.
 */
export async function upsertClients(
  db: Trx,
  rows: readonly NewClientRow[],
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const result = await db
      .insertInto('clients')
      .values(batch)
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'survey_id', 'gemeente_id', 'client_number'])
          .doUpdateSet((eb) => ({
            bsn_hash: eb.ref('excluded.bsn_hash'),
            name: eb.ref('excluded.name'),
            address: eb.ref('excluded.address'),
            postcode: eb.ref('excluded.postcode'),
            city: eb.ref('excluded.city'),
            birth_year: eb.ref('excluded.birth_year'),
            sex: eb.ref('excluded.sex'),
            product_category: eb.ref('excluded.product_category'),
            start_date: eb.ref('excluded.start_date'),
            end_date: eb.ref('excluded.end_date'),
            // An opt-out stays: a later file without it (or without the column) does not undo it.
            opted_out: sql<boolean>`clients.opted_out or excluded.opted_out`,
            import_id: eb.ref('excluded.import_id'),
          })),
      )
      // xmax is 0 for a row this statement inserted, and set for one it updated.
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .execute();
    inserted += result.filter((r) => r.inserted).length;
  }
  return { inserted, updated: rows.length - inserted };
}

export async function insertClientImport(
  db: Trx,
  entry: {
    tenantId: string;
    surveyId: string;
    id: string;
    fileName: string;
    accepted: number;
    rejected: number;
    rejections: readonly Rejection[];
    createdBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('client_imports')
    .values({
      tenant_id: entry.tenantId,
      survey_id: entry.surveyId,
      id: entry.id,
      file_name: entry.fileName,
      accepted: entry.accepted,
      rejected: entry.rejected,
      rejections: sql`${JSON.stringify(entry.rejections)}::jsonb`,
      created_by: entry.createdBy,
    })
    .execute();
}

export function listClientImportRows(
  db: Trx,
  tenantId: string,
  surveyId: string,
): Promise<Omit<ClientImportRow, 'rejections'>[]> {
  return db
    .selectFrom('client_imports')
    .select(['tenant_id', 'survey_id', 'id', 'file_name', 'accepted', 'rejected'])
    .select(['created_by', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .orderBy('created_at', 'desc')
    .execute();
}

export function findClientImport(
  db: Trx,
  tenantId: string,
  surveyId: string,
  importId: string,
): Promise<ClientImportRow | undefined> {
  return db
    .selectFrom('client_imports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .where('id', '=', importId)
    .executeTakeFirst();
}

export interface ClientTally {
  gemeenteId: string;
  productCategory: string | null;
  count: number;
}

/** Clients per gemeente and productcategorie: counts only, never a person. */
export function tallyClients(db: Trx, tenantId: string, surveyId: string): Promise<ClientTally[]> {
  return db
    .selectFrom('clients')
    .select([
      'gemeente_id as gemeenteId',
      'product_category as productCategory',
      sql<number>`count(*)::int`.as('count'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .groupBy(['gemeente_id', 'product_category'])
    .orderBy('product_category')
    .execute();
}
