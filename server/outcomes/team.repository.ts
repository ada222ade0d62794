import { sql } from 'kysely';
import type { TeamRole } from '../../shared/outcomes/vocabulary.js';
import type { Trx } from '../db/database.js';

/**
 * SQL for the Leefgebieden-monitor's wijkteams and their members. Every function takes the tenant id and filters on it
 * (wall one); row-level security is wall two.
 */

export function listTeams(trx: Trx, tenantId: string) {
  return trx
    .selectFrom('wijkteams as t')
    .select((eb) => [
      't.id',
      't.name',
      eb
        .selectFrom('monitor_residents as r')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('r.tenant_id', '=', 't.tenant_id')
        .whereRef('r.wijkteam_id', '=', 't.id')
        .as('residents'),
    ])
    .where('t.tenant_id', '=', tenantId)
    .orderBy('t.name')
    .execute();
}

export function findTeam(trx: Trx, tenantId: string, id: string) {
  return trx
    .selectFrom('wijkteams')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertTeam(trx: Trx, tenantId: string, name: string) {
  return trx
    .insertInto('wijkteams')
    .values({ tenant_id: tenantId, name })
    .onConflict((oc) => oc.doNothing())
    .returning(['id', 'name'])
    .executeTakeFirst();
}

export function renameTeam(trx: Trx, tenantId: string, id: string, name: string) {
  return trx
    .updateTable('wijkteams')
    .set({ name })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(['id', 'name'])
    .executeTakeFirst();
}

export async function teamNameTaken(trx: Trx, tenantId: string, name: string, except?: string) {
  let query = trx
    .selectFrom('wijkteams')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`lower(name) = lower(${name})`);
  if (except) query = query.where('id', '<>', except);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Members with their names, through the tenant-scoped memberships (ADR 0002, decision 6). */
export function listMembers(trx: Trx, tenantId: string) {
  return trx
    .selectFrom('wijkteam_members as w')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.tenant_id', '=', 'w.tenant_id').onRef('m.account_id', '=', 'w.account_id'),
    )
    .innerJoin('accounts as a', 'a.id', 'w.account_id')
    .select(['w.wijkteam_id', 'w.account_id', 'w.role', 'a.name'])
    .where('w.tenant_id', '=', tenantId)
    .orderBy('a.name')
    .execute();
}

export function ownTeams(
  trx: Trx,
  tenantId: string,
  accountId: string,
): Promise<{ wijkteam_id: string; role: TeamRole }[]> {
  return trx
    .selectFrom('wijkteam_members')
    .select(['wijkteam_id', 'role'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .execute();
}

export async function activeRoleOf(trx: Trx, tenantId: string, accountId: string) {
  const row = await trx
    .selectFrom('memberships')
    .select('role')
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.role;
}

export async function saveMember(
  trx: Trx,
  row: { tenantId: string; teamId: string; accountId: string; role: TeamRole },
): Promise<void> {
  await trx
    .insertInto('wijkteam_members')
    .values({
      tenant_id: row.tenantId,
      wijkteam_id: row.teamId,
      account_id: row.accountId,
      role: row.role,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'wijkteam_id', 'account_id']).doUpdateSet({ role: row.role }),
    )
    .execute();
}

export async function deleteMember(trx: Trx, tenantId: string, teamId: string, accountId: string) {
  const result = await trx
    .deleteFrom('wijkteam_members')
    .where('tenant_id', '=', tenantId)
    .where('wijkteam_id', '=', teamId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
