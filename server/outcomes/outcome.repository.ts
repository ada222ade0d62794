import { sql } from 'kysely';
import type { DomainSet, GoalStatus, TeamRole } from '../../shared/outcomes/vocabulary.js';
import type { Trx } from '../db/database.js';
import type {
  MonitorConsentRow,
  MonitorGoalRow,
  MonitorMeasurementDomainRow,
  MonitorMeasurementRow,
  MonitorResidentRow,
} from './outcome.table.js';

/**
 * The only place with SQL for the Leefgebieden-monitor. Every function takes the tenant id and
 * filters on it (wall one); row-level security is wall two, and `narrowToOwnTeams` adds the
 * team wall for professionals' requests.
 */

/** From here on in this transaction, only residents of the account's own wijkteams are visible. */
export async function narrowToOwnTeams(trx: Trx): Promise<void> {
  await sql`select set_config('meetwerk.team_scope', 'eigen', true)`.execute(trx);
}

// --- Domains ----------------------------------------------------------------------------------

export async function findDomainSet(trx: Trx, tenantId: string): Promise<DomainSet> {
  const row = await trx
    .selectFrom('outcome_settings')
    .select('domain_set')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row?.domain_set ?? 'mvo';
}

export async function saveDomainSet(
  trx: Trx,
  tenantId: string,
  set: DomainSet,
  by: string | null,
): Promise<void> {
  await trx
    .insertInto('outcome_settings')
    .values({ tenant_id: tenantId, domain_set: set, updated_by: by })
    .onConflict((oc) =>
      oc
        .column('tenant_id')
        .doUpdateSet({ domain_set: set, updated_by: by, updated_at: new Date() }),
    )
    .execute();
}

export function listLocalDomains(trx: Trx, tenantId: string) {
  return trx
    .selectFrom('outcome_local_domains')
    .select(['code', 'name', 'resident_name', 'active'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

export async function insertLocalDomain(
  trx: Trx,
  row: { tenantId: string; code: string; name: string; residentName: string; by: string | null },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('outcome_local_domains')
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      name: row.name,
      resident_name: row.residentName,
      created_by: row.by,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .returning('code')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function updateLocalDomain(
  trx: Trx,
  tenantId: string,
  code: string,
  patch: { resident_name?: string; active?: boolean },
) {
  return trx
    .updateTable('outcome_local_domains')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .returning(['code', 'name', 'resident_name', 'active'])
    .executeTakeFirst();
}

// --- Wijkteams --------------------------------------------------------------------------------

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

// --- Residents --------------------------------------------------------------------------------

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

// --- Measurements, goals, consents ------------------------------------------------------------

export interface MonitorData {
  measurements: MonitorMeasurementRow[];
  domains: MonitorMeasurementDomainRow[];
  goals: MonitorGoalRow[];
}

/**
 * Everything measured for some residents (or, without ids, for every resident in the given
 * teams or in the whole tenant): one query per table, oldest first.
 */
export async function loadMonitorData(
  trx: Trx,
  tenantId: string,
  filter: { residentIds?: string[]; teamIds?: string[] },
): Promise<MonitorData> {
  if (filter.residentIds?.length === 0 || filter.teamIds?.length === 0) {
    return { measurements: [], domains: [], goals: [] };
  }
  const inScope = (
    table: 'monitor_measurements' | 'monitor_measurement_domains' | 'monitor_goals',
  ) => {
    let query = trx.selectFrom(table).where(`${table}.tenant_id`, '=', tenantId);
    if (filter.residentIds) query = query.where(`${table}.resident_id`, 'in', filter.residentIds);
    if (filter.teamIds) {
      const teamIds = filter.teamIds;
      query = query.where(`${table}.resident_id`, 'in', (eb) =>
        eb
          .selectFrom('monitor_residents')
          .select('id')
          .where('tenant_id', '=', tenantId)
          .where('wijkteam_id', 'in', teamIds),
      );
    }
    return query;
  };
  const [measurements, domains, goals] = await Promise.all([
    inScope('monitor_measurements')
      .selectAll()
      .orderBy('measured_on')
      .orderBy('created_at')
      .execute() as Promise<MonitorMeasurementRow[]>,
    inScope('monitor_measurement_domains').selectAll().orderBy('position').execute() as Promise<
      MonitorMeasurementDomainRow[]
    >,
    inScope('monitor_goals').selectAll().orderBy('created_at').orderBy('id').execute() as Promise<
      MonitorGoalRow[]
    >,
  ]);
  return { measurements, domains, goals };
}

export function listConsents(
  trx: Trx,
  tenantId: string,
  residentId: string,
): Promise<MonitorConsentRow[]> {
  return trx
    .selectFrom('monitor_consents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .orderBy('recorded_at')
    .execute();
}

export function insertConsent(
  trx: Trx,
  row: { tenantId: string; residentId: string; naaste: string; by: string | null; byName: string },
) {
  return trx
    .insertInto('monitor_consents')
    .values({
      tenant_id: row.tenantId,
      resident_id: row.residentId,
      naaste: row.naaste,
      recorded_by: row.by,
      recorded_by_name: row.byName,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function withdrawConsent(
  trx: Trx,
  tenantId: string,
  residentId: string,
  id: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('monitor_consents')
    .set({ withdrawn_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findMeasurement(trx: Trx, tenantId: string, residentId: string, id: string) {
  return trx
    .selectFrom('monitor_measurements')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The resident's own measurement of that day, which filling in again updates. */
export function findSelfMeasurementOn(trx: Trx, tenantId: string, residentId: string, day: string) {
  return trx
    .selectFrom('monitor_measurements')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('source', '=', 'zelf')
    .where('measured_on', '=', day)
    .executeTakeFirst();
}

export interface DomainValues {
  code: string;
  resident: number | null;
  professional: number | null;
  naaste: number | null;
  selfSufficiency: number | null;
  selfSufficiencyOn: string | null;
}

/** Inserts or replaces a measurement with its domains (in the given order). */
export async function saveMeasurement(
  trx: Trx,
  row: {
    tenantId: string;
    residentId: string;
    id?: string;
    date: string;
    source: 'gesprek' | 'zelf';
    lifeSatisfaction: number | null;
    by: string | null;
    domains: DomainValues[];
  },
): Promise<string> {
  let id = row.id;
  if (id) {
    await trx
      .updateTable('monitor_measurements')
      .set({
        measured_on: row.date,
        life_satisfaction: row.lifeSatisfaction,
        updated_at: new Date(),
      })
      .where('tenant_id', '=', row.tenantId)
      .where('id', '=', id)
      .execute();
    await trx
      .deleteFrom('monitor_measurement_domains')
      .where('tenant_id', '=', row.tenantId)
      .where('measurement_id', '=', id)
      .execute();
  } else {
    const inserted = await trx
      .insertInto('monitor_measurements')
      .values({
        tenant_id: row.tenantId,
        resident_id: row.residentId,
        measured_on: row.date,
        source: row.source,
        life_satisfaction: row.lifeSatisfaction,
        created_by: row.by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = inserted.id;
  }
  const measurementId = id;
  await trx
    .insertInto('monitor_measurement_domains')
    .values(
      row.domains.map((d, i) => ({
        tenant_id: row.tenantId,
        measurement_id: measurementId,
        resident_id: row.residentId,
        domain_code: d.code,
        position: i + 1,
        resident_mark: d.resident,
        professional_mark: d.professional,
        naaste_mark: d.naaste,
        self_sufficiency: d.selfSufficiency,
        self_sufficiency_on: d.selfSufficiencyOn,
      })),
    )
    .execute();
  return measurementId;
}

export async function insertGoals(
  trx: Trx,
  tenantId: string,
  residentId: string,
  measurementId: string | null,
  goals: { domain: string; description: string; targetDate: string | null }[],
): Promise<void> {
  if (goals.length === 0) return;
  await trx
    .insertInto('monitor_goals')
    .values(
      goals.map((g) => ({
        tenant_id: tenantId,
        resident_id: residentId,
        measurement_id: measurementId,
        domain_code: g.domain,
        description: g.description,
        target_date: g.targetDate,
      })),
    )
    .execute();
}

export function findGoal(trx: Trx, tenantId: string, residentId: string, id: string) {
  return trx
    .selectFrom('monitor_goals')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateGoal(
  trx: Trx,
  tenantId: string,
  id: string,
  patch: {
    status?: GoalStatus;
    description?: string;
    target_date?: string | null;
    closed_on?: string | null;
  },
) {
  return trx
    .updateTable('monitor_goals')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
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

/** The open goals set in one measurement: a resident's new filling in of that day replaces them. */
export async function deleteOpenGoalsOf(
  trx: Trx,
  tenantId: string,
  residentId: string,
  measurementId: string,
): Promise<void> {
  await trx
    .deleteFrom('monitor_goals')
    .where('tenant_id', '=', tenantId)
    .where('resident_id', '=', residentId)
    .where('measurement_id', '=', measurementId)
    .where('status', '=', 'open')
    .execute();
}
