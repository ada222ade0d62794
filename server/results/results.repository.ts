import { sql } from 'kysely';
import type { Db, Trx } from '../db/database.js';
import type { SurveyRow } from '../surveys/survey.table.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import type { CountDimension, CountsByQuestion } from './results.table.js';

/**
 * The only place with SQL for reading results. Reads of counts run in the scope of whoever asks
 * (row-level security decides what a gemeente sees); reads of round metadata run in the round
 * owner's scope, after the service has checked access (ADR 0009).
 */

export interface RoundRef {
  tenantId: string;
  surveyId: string;
}

/** The rounds the tenant in scope may see results of (security definer function). */
export async function visibleRounds(trx: Trx): Promise<RoundRef[]> {
  const { rows } = await sql<{ tenant_id: string; survey_id: string }>`
    select tenant_id, survey_id from meetwerk_result_rounds()
  `.execute(trx);
  return rows.map((r) => ({ tenantId: r.tenant_id, surveyId: r.survey_id }));
}

/** The gemeente's latest earlier round of the same template, if the tenant in scope may know. */
export async function previousRound(
  trx: Trx,
  gemeenteId: string,
  template: string,
  year: number,
): Promise<(RoundRef & { year: number }) | undefined> {
  const { rows } = await sql<{ tenant_id: string; survey_id: string; year: number }>`
    select tenant_id, survey_id, year from meetwerk_previous_round(${gemeenteId}, ${template}, ${year})
  `.execute(trx);
  const row = rows[0];
  return row ? { tenantId: row.tenant_id, surveyId: row.survey_id, year: row.year } : undefined;
}

export function findRoundSurvey(trx: Trx, ref: RoundRef): Promise<SurveyRow | undefined> {
  return trx
    .selectFrom('surveys')
    .selectAll()
    .where('tenant_id', '=', ref.tenantId)
    .where('id', '=', ref.surveyId)
    .executeTakeFirst();
}

export function listRoundSurveys(trx: Trx, tenantId: string, ids: string[]): Promise<SurveyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('surveys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

/** The gemeenten of a round, in CBS order. */
export async function roundGemeenten(trx: Trx, ref: RoundRef): Promise<TenantRow[]> {
  return trx
    .selectFrom('survey_gemeenten as g')
    .innerJoin('tenants as t', 't.id', 'g.gemeente_id')
    .selectAll('t')
    .where('g.tenant_id', '=', ref.tenantId)
    .where('g.survey_id', '=', ref.surveyId)
    .orderBy('t.cbs_code')
    .orderBy('t.name')
    .execute();
}

/** The latest questionnaire version of a round; its definition only when asked for. */
export async function latestVersion(trx: Trx, ref: RoundRef): Promise<number | undefined> {
  const row = await trx
    .selectFrom('questionnaire_versions')
    .select('version')
    .where('tenant_id', '=', ref.tenantId)
    .where('survey_id', '=', ref.surveyId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.version;
}

export async function definitionOf(trx: Trx, ref: RoundRef, version: number): Promise<unknown> {
  const row = await trx
    .selectFrom('questionnaire_versions')
    .select('definition')
    .where('tenant_id', '=', ref.tenantId)
    .where('survey_id', '=', ref.surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.definition;
}

export interface BuildRow {
  gemeenteId: string;
  responses: number;
  invited: number;
}

export function listBuilds(trx: Trx, ref: RoundRef): Promise<BuildRow[]> {
  return trx
    .selectFrom('result_builds')
    .select(['gemeente_id as gemeenteId', 'responses', 'invited'])
    .where('tenant_id', '=', ref.tenantId)
    .where('survey_id', '=', ref.surveyId)
    .execute();
}

export interface CountRow {
  gemeenteId: string;
  category: string;
  counts: CountsByQuestion;
}

/**
 * Counts of one dimension of a round, for the given gemeenten (all when omitted). Whatever the
 * filter, row-level security shows a gemeente only its own counts and the others' totals.
 */
export async function readCounts(
  trx: Trx,
  ref: RoundRef,
  dimension: CountDimension,
  gemeenteIds?: string[],
): Promise<CountRow[]> {
  let query = trx
    .selectFrom('result_counts')
    .select(['gemeente_id as gemeenteId', 'category', 'counts'])
    .where('tenant_id', '=', ref.tenantId)
    .where('survey_id', '=', ref.surveyId)
    .where('dimension', '=', dimension);
  if (gemeenteIds) {
    if (gemeenteIds.length === 0) return [];
    query = query.where('gemeente_id', 'in', gemeenteIds);
  }
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, counts: (r.counts ?? {}) as CountsByQuestion }));
}

export function readPopulation(
  trx: Trx,
  ref: RoundRef,
  gemeenteId: string,
): Promise<{ stratum: string; n: number }[]> {
  return trx
    .selectFrom('result_population')
    .select(['stratum', 'n'])
    .where('tenant_id', '=', ref.tenantId)
    .where('survey_id', '=', ref.surveyId)
    .where('gemeente_id', '=', gemeenteId)
    .execute();
}

/** Raw anonymous answers of a round, for the owner's export: no id, no date. */
export function listAnswers(
  trx: Trx,
  ref: RoundRef,
  after: number,
  limit: number,
): Promise<{ channel: string; cbsCode: string | null; answers: unknown }[]> {
  return (
    trx
      .selectFrom('responses as r')
      .innerJoin('tenants as t', 't.id', 'r.gemeente_id')
      .select(['r.channel', 't.cbs_code as cbsCode', 'r.answers'])
      .where('r.tenant_id', '=', ref.tenantId)
      .where('r.survey_id', '=', ref.surveyId)
      // A random order within a gemeente: the stored order says nothing, but neither should ours.
      .orderBy('t.cbs_code')
      .orderBy('r.id')
      .offset(after)
      .limit(limit)
      .execute()
  );
}

/**
 * Gemeenten on the public portal with a round that has responses: per gemeente its latest round,
 * closed rounds first. Operator work across tenants (the portal has no user): runs as the owner.
 */
export async function publicRounds(owner: Db): Promise<
  {
    gemeenteId: string;
    cbsCode: string;
    name: string;
    province: string | null;
    tenantId: string;
    surveyId: string;
    year: number;
  }[]
> {
  const { rows } = await sql<{
    gemeente_id: string;
    cbs_code: string;
    name: string;
    province: string | null;
    tenant_id: string;
    survey_id: string;
    year: number;
  }>`
    select distinct on (t.id) t.id as gemeente_id, t.cbs_code, t.name, t.province,
           s.tenant_id, s.id as survey_id, s.year
      from tenants t
      join survey_gemeenten g on g.gemeente_id = t.id
      join surveys s on s.tenant_id = g.tenant_id and s.id = g.survey_id
     where t.benchmark_public and t.kind = 'gemeente' and t.cbs_code is not null
       and exists (select 1 from responses r
                    where r.tenant_id = g.tenant_id and r.survey_id = g.survey_id
                      and r.gemeente_id = t.id)
     order by t.id, (s.status = 'gesloten') desc, s.year desc, s.created_at desc
  `.execute(owner);
  return rows
    .map((r) => ({
      gemeenteId: r.gemeente_id,
      cbsCode: r.cbs_code,
      name: r.name,
      province: r.province,
      tenantId: r.tenant_id,
      surveyId: r.survey_id,
      year: r.year,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
