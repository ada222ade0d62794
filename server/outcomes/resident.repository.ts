import { sql } from 'kysely';
import type { Trx } from '../db/database.js';
import type { MonitorResidentRow } from './outcome.table.js';

/**
 * SQL for the Leefgebieden-monitor's residents. Every function takes the tenant id and filters on
 * it (wall one); row-level security is wall two, and `narrowToOwnTeams` adds the team wall for
 * professionals' requests.
 */

/** From here on in this transaction, only residents of the account's own wijkteams are visible. */
export async function narrowToOwnTeams(trx: Trx): Promise<void> {
  await sql`select set_config('meetwerk.team_scope', 'eigen', true)`.execute(trx);
}

export interface ResidentSummaryRow extends MonitorResidentRow {
  team_name: string;
  measurements: number;
  last_measured_on: string | null;
}

function residentSummaries(trx: Trx, tenantId: string) {
  return trx
    .selectFrom('monitor_residents as r')
    .innerJoin('wijkteams as t', (join) =>
      join.onRef('t.tenant_id', '=', 'r.tenant_id').onRef('t.id', '=', 'r.wijkteam_id'),
    )
    .selectAll('r')
    .select((eb) => [
      't.name as team_name',
      eb
        .selectFrom('monitor_measurements as m')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('m.tenant_id', '=', 'r.tenant_id')
        .whereRef('m.resident_id', '=', 'r.id')
        .as('measurements'),
      eb
        .selectFrom('monitor_measurements as m')
        .select(sql<string | null>`max(m.measured_on)::text`.as('d'))
        .whereRef('m.tenant_id', '=', 'r.tenant_id')
        .whereRef('m.resident_id', '=', 'r.id')
        .as('last_measured_on'),
    ])
    .where('r.tenant_id', '=', tenantId);
}

export async function listResidents(
  trx: Trx,
  tenantId: string,
  teamIds: string[],
): Promise<ResidentSummaryRow[]> {
  if (teamIds.length === 0) return [];
  const rows = await residentSummaries(trx, tenantId)
    .where('r.wijkteam_id', 'in', teamIds)
    .orderBy('r.reference')
    .execute();
  return rows as ResidentSummaryRow[];
}

export async function findResident(
  trx: Trx,
  tenantId: string,
  id: string,
): Promise<ResidentSummaryRow | undefined> {
  const row = await residentSummaries(trx, tenantId).where('r.id', '=', id).executeTakeFirst();
  return row as ResidentSummaryRow | undefined;
}

export async function referenceTaken(trx: Trx, tenantId: string, reference: string) {
  const row = await trx
    .selectFrom('monitor_residents')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`lower(reference) = lower(${reference})`)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertResident(
  trx: Trx,
  row: {
    tenantId: string;
    teamId: string;
    reference: string;
    birthYear: number | null;
    by: string | null;
  },
) {
  return (
    trx
      .insertInto('monitor_residents')
      .values({
        tenant_id: row.tenantId,
        wijkteam_id: row.teamId,
        reference: row.reference,
        birth_year: row.birthYear,
        created_by: row.by,
      })
      // The reference may exist in a team this transaction cannot see (team scope): no row then.
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst()
  );
}

export async function updateResident(
  trx: Trx,
  tenantId: string,
  id: string,
  patch: { wijkteam_id?: string; birth_year?: number | null; code_hash?: string | null },
): Promise<void> {
  await trx
    .updateTable('monitor_residents')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function deleteResident(trx: Trx, tenantId: string, id: string): Promise<void> {
  await trx
    .deleteFrom('monitor_residents')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** The tenant of a resident's personal code, found without a tenant setting (security definer). */
export async function tenantOfMonitorCode(trx: Trx, codeHash: string): Promise<string | null> {
  const result = await sql<{
    tenant_id: string | null;
  }>`select meetwerk_monitor_tenant(${codeHash}) as tenant_id`.execute(trx);
  return result.rows[0]?.tenant_id ?? null;
}

export function findResidentByCode(trx: Trx, tenantId: string, codeHash: string) {
  return trx
    .selectFrom('monitor_residents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
}

/** Every resident of the tenant (or of some teams) with their team, for aggregates. */
export function listResidentTeams(trx: Trx, tenantId: string, teamIds?: string[]) {
  let query = trx
    .selectFrom('monitor_residents')
    .select(['id', 'wijkteam_id'])
    .where('tenant_id', '=', tenantId);
  if (teamIds) query = query.where('wijkteam_id', 'in', teamIds);
  return query.execute();
}
