import { sql } from 'kysely';
import type { Trx } from '../db/database.js';
import type { CountsByQuestion } from './results.table.js';

/**
 * The SQL of building the count tables (ADR 0009): what a round's counts were built from, the
 * live number of responses, reading responses in batches, and writing counts, builds and the
 * population snapshot. Runs as system work in the round owner's scope.
 */

export interface RoundKey {
  tenantId: string;
  surveyId: string;
}

const list = (values: readonly string[]) => values.join(',');

/** The gemeenten of a round. */
export async function listRoundMembers(trx: Trx, round: RoundKey): Promise<string[]> {
  const rows = await trx
    .selectFrom('survey_gemeenten')
    .select('gemeente_id')
    .where('tenant_id', '=', round.tenantId)
    .where('survey_id', '=', round.surveyId)
    .execute();
  return rows.map((r) => r.gemeente_id);
}

/** What each gemeente's counts were built from. */
export function listBuildStates(trx: Trx, round: RoundKey) {
  return trx
    .selectFrom('result_builds')
    .select(['gemeente_id', 'responses', 'invited', 'final'])
    .where('tenant_id', '=', round.tenantId)
    .where('survey_id', '=', round.surveyId)
    .execute();
}

/** The live number of responses per gemeente. */
export function liveResponseCounts(trx: Trx, round: RoundKey) {
  return trx
    .selectFrom('responses')
    .select(['gemeente_id as gemeenteId', sql<number>`count(*)::int`.as('n')])
    .where('tenant_id', '=', round.tenantId)
    .where('survey_id', '=', round.surveyId)
    .groupBy('gemeente_id')
    .execute();
}

/** Two requests may find the same counts stale: one rebuilds, the other waits and re-reads. */
export async function lockRoundCounts(trx: Trx, round: RoundKey): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${round.surveyId}))`.execute(trx);
}

export async function markBuildsFinal(
  trx: Trx,
  round: RoundKey,
  gemeenteIds: string[],
): Promise<void> {
  await trx
    .updateTable('result_builds')
    .set({ final: true })
    .where('tenant_id', '=', round.tenantId)
    .where('survey_id', '=', round.surveyId)
    .where('gemeente_id', 'in', gemeenteIds)
    .execute();
}

/** Removes the counts and builds of these gemeenten, before they are counted again. */
export async function deleteCounts(trx: Trx, round: RoundKey, gemeenteIds: string[]) {
  for (const table of ['result_counts', 'result_builds'] as const) {
    await trx
      .deleteFrom(table)
      .where('tenant_id', '=', round.tenantId)
      .where('survey_id', '=', round.surveyId)
      .where('gemeente_id', 'in', gemeenteIds)
      .execute();
  }
}

/** One batch of a gemeente's responses, in a stable order. */
export function readResponseBatch(
  trx: Trx,
  round: RoundKey,
  gemeenteId: string,
  batch: { offset: number; limit: number },
) {
  return trx
    .selectFrom('responses')
    .select(['channel', 'product_category as productCategory', 'answers'])
    .where('tenant_id', '=', round.tenantId)
    .where('survey_id', '=', round.surveyId)
    .where('gemeente_id', '=', gemeenteId)
    .orderBy('id')
    .offset(batch.offset)
    .limit(batch.limit)
    .execute();
}

/** A gemeente's counts per dimension (d) and category (c), in one statement. */
export async function insertCounts(
  trx: Trx,
  round: RoundKey,
  gemeenteId: string,
  rows: { d: string; c: string; counts: CountsByQuestion }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into result_counts (tenant_id, survey_id, gemeente_id, dimension, category, counts)
    select ${round.tenantId}::uuid, ${round.surveyId}::uuid, ${gemeenteId}::uuid, r.d, r.c, r.counts
      from json_to_recordset(${JSON.stringify(rows)}::json) as r(d text, c text, counts jsonb)
  `.execute(trx);
}

/** What the counts were built from: responses counted, invitations, and final when closed. */
export async function insertBuilds(
  trx: Trx,
  round: RoundKey & { closed: boolean },
  gemeenteIds: string[],
  responses: ReadonlyMap<string, number>,
): Promise<void> {
  const { tenantId, surveyId } = round;
  await sql`
    insert into result_builds (tenant_id, survey_id, gemeente_id, responses, invited, final)
    select ${tenantId}::uuid, ${surveyId}::uuid, g.id, g.n,
           (select count(*) from invitations i
             where i.tenant_id = ${tenantId} and i.survey_id = ${surveyId} and i.gemeente_id = g.id)::int,
           ${round.closed}
      from unnest(string_to_array(${list(gemeenteIds)}, ',')::uuid[],
                  string_to_array(${gemeenteIds.map((id) => responses.get(id) ?? 0).join(',')}, ',')::int[])
           as g(id, n)
  `.execute(trx);
}

/**
 * The round's clients per age group × sex, coded as the answers A2 and A3 are: age in the
 * survey year < 65 → 1, 65–74 → 2, 75–84 → 3, 85+ → 4; sex m → 1, v → 2. Birth year and sex
 * survive the deletion of names and addresses, but the register itself may be gone later: a
 * gemeente without clients keeps its earlier snapshot.
 */
export async function snapshotPopulation(
  trx: Trx,
  round: RoundKey & { year: number },
  gemeenteIds: string[],
): Promise<void> {
  const { tenantId, surveyId } = round;
  const ids = list(gemeenteIds);
  await sql`
    with withclients as (
      select distinct gemeente_id from clients
       where tenant_id = ${tenantId} and survey_id = ${surveyId}
         and gemeente_id = any (string_to_array(${ids}, ',')::uuid[])
    )
    delete from result_population p
     using withclients w
     where p.tenant_id = ${tenantId} and p.survey_id = ${surveyId}
       and p.gemeente_id = w.gemeente_id
  `.execute(trx);
  await sql`
    insert into result_population (tenant_id, survey_id, gemeente_id, stratum, n)
    select ${tenantId}::uuid, ${surveyId}::uuid, gemeente_id, stratum, count(*)::int
      from (
        select gemeente_id,
               case when birth_year is null then 'onbekend'
                    when ${round.year}::int - birth_year < 65 then '1'
                    when ${round.year}::int - birth_year < 75 then '2'
                    when ${round.year}::int - birth_year < 85 then '3'
                    else '4' end
               || '|' ||
               case sex when 'm' then '1' when 'v' then '2' else 'onbekend' end as stratum
          from clients
         where tenant_id = ${tenantId} and survey_id = ${surveyId}
           and gemeente_id = any (string_to_array(${ids}, ',')::uuid[])
      ) as c
     group by gemeente_id, stratum
  `.execute(trx);
}
