import { sql } from 'kysely';
import type { Trx } from '../db/database.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import type { SurveyRow } from './survey.table.js';

/**
 * The gemeenten a tenant may survey: a gemeente itself, the gemeenten a bureau works for, or
 * those a samenwerking includes.
 */
export async function gemeentenServedBy(db: Trx, tenant: TenantRow): Promise<TenantRow[]> {
  if (tenant.kind === 'gemeente') return [tenant];
  return db
    .selectFrom('tenant_links as l')
    .innerJoin('tenants as t', 't.id', 'l.child_id')
    .selectAll('t')
    .where('l.parent_id', '=', tenant.id)
    .where('t.kind', '=', 'gemeente')
    .orderBy('t.name')
    .execute();
}

export async function insertSurvey(
  db: Trx,
  survey: {
    tenantId: string;
    name: string;
    year: number;
    template: string;
    createdBy: string | null;
  },
): Promise<SurveyRow> {
  return db
    .insertInto('surveys')
    .values({
      tenant_id: survey.tenantId,
      name: survey.name,
      year: survey.year,
      template: survey.template,
      created_by: survey.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertSurveyGemeenten(
  db: Trx,
  tenantId: string,
  surveyId: string,
  gemeenteIds: string[],
): Promise<void> {
  await db
    .insertInto('survey_gemeenten')
    .values(
      gemeenteIds.map((id) => ({ tenant_id: tenantId, survey_id: surveyId, gemeente_id: id })),
    )
    .execute();
}

export function findSurvey(db: Trx, tenantId: string, id: string): Promise<SurveyRow | undefined> {
  return db
    .selectFrom('surveys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listSurveyRows(db: Trx, tenantId: string): Promise<SurveyRow[]> {
  return db
    .selectFrom('surveys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function updateSurveyRow(
  db: Trx,
  tenantId: string,
  id: string,
  patch: Partial<
    Pick<SurveyRow, 'name' | 'status' | 'reminder_after_days' | 'retention_days' | 'counting_rule'>
  >,
): Promise<void> {
  await db
    .updateTable('surveys')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export interface SurveyGemeenteRow {
  surveyId: string;
  id: string;
  cbsCode: string;
  name: string;
}

export function listSurveyGemeenten(
  db: Trx,
  tenantId: string,
  surveyIds: string[],
): Promise<SurveyGemeenteRow[]> {
  if (surveyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('survey_gemeenten as sg')
    .innerJoin('tenants as t', 't.id', 'sg.gemeente_id')
    .select([
      'sg.survey_id as surveyId',
      't.id',
      sql<string>`coalesce(t.cbs_code, '')`.as('cbsCode'),
      't.name',
    ])
    .where('sg.tenant_id', '=', tenantId)
    .where('sg.survey_id', 'in', surveyIds)
    .orderBy('t.name')
    .execute();
}

export interface SurveyCounts {
  surveyId: string;
  clients: number;
  invited: number;
  responses: number;
}

export async function countSurveyWork(
  db: Trx,
  tenantId: string,
  surveyIds: string[],
): Promise<Map<string, SurveyCounts>> {
  const counts = new Map<string, SurveyCounts>(
    surveyIds.map((id) => [id, { surveyId: id, clients: 0, invited: 0, responses: 0 }]),
  );
  if (surveyIds.length === 0) return counts;
  const tally = async (table: 'clients' | 'invitations' | 'responses') =>
    db
      .selectFrom(table)
      .select(['survey_id', sql<number>`count(*)::int`.as('n')])
      .where('tenant_id', '=', tenantId)
      .where('survey_id', 'in', surveyIds)
      .groupBy('survey_id')
      .execute();
  for (const row of await tally('clients')) counts.get(row.survey_id)!.clients = row.n;
  for (const row of await tally('invitations')) counts.get(row.survey_id)!.invited = row.n;
  for (const row of await tally('responses')) counts.get(row.survey_id)!.responses = row.n;
  return counts;
}

export async function insertQuestionnaireVersion(
  db: Trx,
  version: {
    tenantId: string;
    surveyId: string;
    version: number;
    definition: unknown;
    createdBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('questionnaire_versions')
    .values({
      tenant_id: version.tenantId,
      survey_id: version.surveyId,
      version: version.version,
      definition: JSON.stringify(version.definition),
      created_by: version.createdBy,
    })
    .execute();
}

export async function latestQuestionnaire(
  db: Trx,
  tenantId: string,
  surveyId: string,
): Promise<{ version: number; definition: unknown } | undefined> {
  return db
    .selectFrom('questionnaire_versions')
    .select(['version', 'definition'])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function latestVersions(
  db: Trx,
  tenantId: string,
  surveyIds: string[],
): Promise<Map<string, { version: number; definition: unknown }>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('questionnaire_versions')
    .select(['survey_id', 'version', 'definition'])
    .distinctOn('survey_id')
    .where('tenant_id', '=', tenantId)
    .where('survey_id', 'in', surveyIds)
    .orderBy('survey_id')
    .orderBy('version', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.survey_id, { version: r.version, definition: r.definition }]));
}

export async function hasResponses(db: Trx, tenantId: string, surveyId: string): Promise<boolean> {
  const row = await db
    .selectFrom('responses')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
