import type { GoalStatus } from '../../shared/outcomes/vocabulary.js';
import type { Trx } from '../db/database.js';
import type {
  MonitorGoalRow,
  MonitorMeasurementDomainRow,
  MonitorMeasurementRow,
} from './outcome.table.js';

/**
 * SQL for the Leefgebieden-monitor's measurements (marks per domain) and goals. Every function takes the tenant id and filters on it
 * (wall one); row-level security is wall two.
 */

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
