import { sql } from 'kysely';
import type { Db, Trx } from '../db/database.js';

/**
 * The SQL the pressure dashboard reads: sums per location and period from the day totals. Each
 * query returns one row per location and period (or per location): the embedded database pays
 * per row it hands over, so tasks, staff types and waiting-list dates come folded into JSON and
 * arrays.
 */

type Executor = Db | Trx;

export function findTenantNames(db: Trx, tenantId: string) {
  return db
    .selectFrom('tenants')
    .select(['name', 'cbs_code', 'small_cell_threshold'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
}

export interface PeriodTotals {
  location_id: string;
  period: string;
  contacts: number;
  minutes: number;
  not_digital: number;
  language_barrier: number;
  /** Task code → contacts, or null when no task was registered. */
  tasks: Record<string, number> | null;
}

export async function totalsByPeriod(
  db: Executor,
  tenantId: string,
  range: {
    fromPeriod: string;
    toPeriod: string;
    per: 'week' | 'maand';
    locationIds: readonly string[];
  },
): Promise<PeriodTotals[]> {
  const ids = [...range.locationIds];
  const result = await sql<PeriodTotals>`
    select t.location_id, t.period, t.contacts, t.minutes, t.not_digital, t.language_barrier,
      (select json_object_agg(k.task, k.contacts)
         from registration_period_tasks k
        where k.tenant_id = t.tenant_id and k.kind = t.kind and k.period = t.period
          and k.location_id = t.location_id and k.contacts <> 0) as tasks
    from registration_period_totals t
    where t.tenant_id = ${tenantId}::uuid and t.kind = ${range.per}
      and t.period between ${range.fromPeriod} and ${range.toPeriod}
      and t.location_id = any(${ids}::uuid[]) and t.contacts <> 0
  `.execute(db);
  return result.rows;
}

export interface WeekCapacity {
  location_id: string;
  week: string;
  professional: number;
  stagiair: number;
  vrijwilliger: number;
}

export async function capacityByWeek(
  db: Executor,
  tenantId: string,
  range: { fromWeek: string; toWeek: string; locationIds: readonly string[] },
): Promise<WeekCapacity[]> {
  const result = await sql<WeekCapacity>`
    select location_id, week,
      coalesce(sum(hours) filter (where staff_type = 'professional'), 0)::float8 as professional,
      coalesce(sum(hours) filter (where staff_type = 'stagiair'), 0)::float8 as stagiair,
      coalesce(sum(hours) filter (where staff_type = 'vrijwilliger'), 0)::float8 as vrijwilliger
    from location_capacity
    where tenant_id = ${tenantId}::uuid and week between ${range.fromWeek} and ${range.toWeek}
      and location_id = any(${[...range.locationIds]}::uuid[])
    group by 1, 2
  `.execute(db);
  return result.rows;
}

export interface LocationRequests {
  location_id: string;
  requested: string[];
  /** Start date, lapse date or null (still waiting), in the order of `requested`. */
  started: (string | null)[];
  lapsed: (string | null)[];
}

/** The requests that matter for a range: asked before its end, not closed before its start. */
export async function requestsForRange(
  db: Executor,
  tenantId: string,
  range: { from: string; to: string; locationIds: readonly string[] },
): Promise<LocationRequests[]> {
  const result = await sql<{
    location_id: string;
    requested: string;
    started: string;
    lapsed: string;
  }>`
    select location_id,
      string_agg(requested_on::text, ',') as requested,
      string_agg(coalesce(started_on::text, ''), ',') as started,
      string_agg(coalesce(lapsed_on::text, ''), ',') as lapsed
    from waiting_requests
    where tenant_id = ${tenantId}::uuid and requested_on <= ${range.to}::date
      and coalesce(started_on, lapsed_on, ${range.from}::date) >= ${range.from}::date
      and location_id = any(${[...range.locationIds]}::uuid[])
    group by 1
  `.execute(db);
  const split = (text: string) => text.split(',').map((d) => (d === '' ? null : d));
  return result.rows.map((r) => ({
    location_id: r.location_id,
    requested: r.requested.split(','),
    started: split(r.started),
    lapsed: split(r.lapsed),
  }));
}
