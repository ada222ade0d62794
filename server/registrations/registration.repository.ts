import { sql, type Insertable } from 'kysely';
import type { Db, Trx } from '../db/database.js';
import type { Rejection } from '../imports/rejections.js';
import type {
  LocationCapacityTable,
  RegistrationTable,
  WaitingRequestTable,
} from './registration.table.js';

/** The only place with the SQL of registrations, locations, capacity and the waiting list. */

type Executor = Db | Trx;

// ---------------------------------------------------------------------------------------------
// Settings

export function findSettings(db: Trx, tenantId: string) {
  return db
    .selectFrom('registration_settings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
}

export async function saveSettings(
  db: Trx,
  row: {
    tenantId: string;
    weights: { professional: number; stagiair: number; vrijwilliger: number };
    defaultRequestMinutes: number;
    editWindowHours: number;
    updatedBy: string | null;
  },
): Promise<void> {
  const values = {
    weight_professional: row.weights.professional,
    weight_stagiair: row.weights.stagiair,
    weight_vrijwilliger: row.weights.vrijwilliger,
    default_request_minutes: row.defaultRequestMinutes,
    edit_window_hours: row.editWindowHours,
    updated_by: row.updatedBy,
  };
  await db
    .insertInto('registration_settings')
    .values({ tenant_id: row.tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

/** The gemeente's small-cell threshold (tenants are readable to their members). */
export async function smallCellThreshold(db: Trx, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('tenants')
    .select(['small_cell_threshold', 'cbs_code', 'name'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  return row?.small_cell_threshold ?? 10;
}

export function findTenantNames(db: Trx, tenantId: string) {
  return db
    .selectFrom('tenants')
    .select(['name', 'cbs_code', 'small_cell_threshold'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Codes

export function listCodeRows(db: Trx, tenantId: string) {
  return db
    .selectFrom('registration_codes')
    .select(['code', 'kind', 'name', 'definition', 'active'])
    .where('tenant_id', '=', tenantId)
    .orderBy('code')
    .execute();
}

export async function insertLocalCode(
  db: Trx,
  row: {
    tenantId: string;
    code: string;
    kind: 'taak' | 'resultaat';
    name: string;
    definition: string;
    createdBy: string | null;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('registration_codes')
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      kind: row.kind,
      name: row.name,
      definition: row.definition,
      created_by: row.createdBy,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Switches a code on or off; a default code gets a row of its own (no name) the first time. */
export async function setCodeActive(
  db: Trx,
  row: {
    tenantId: string;
    code: string;
    kind: 'taak' | 'resultaat';
    active: boolean;
    by: string | null;
  },
): Promise<void> {
  await db
    .insertInto('registration_codes')
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      kind: row.kind,
      active: row.active,
      created_by: row.by,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doUpdateSet({ active: row.active }))
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Locations

export interface LocationView {
  id: string;
  code: string;
  name: string;
  active: boolean;
  stadsdeelId: string;
  stadsdeel: string;
}

export function listLocations(db: Trx, tenantId: string): Promise<LocationView[]> {
  return db
    .selectFrom('locations as l')
    .innerJoin('stadsdelen as s', (j) =>
      j.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.stadsdeel_id'),
    )
    .select(['l.id', 'l.code', 'l.name', 'l.active', 's.id as stadsdeelId', 's.name as stadsdeel'])
    .where('l.tenant_id', '=', tenantId)
    .orderBy('s.name')
    .orderBy('l.name')
    .execute();
}

export function listStadsdelen(db: Trx, tenantId: string) {
  return db
    .selectFrom('stadsdelen')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

/** The id of the stadsdeel with this name (any capitals), made when it is new. */
export async function ensureStadsdeel(db: Trx, tenantId: string, name: string): Promise<string> {
  const found = await db
    .selectFrom('stadsdelen')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
  if (found) return found.id;
  const made = await db
    .insertInto('stadsdelen')
    .values({ tenant_id: tenantId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return made.id;
}

export async function upsertLocation(
  db: Trx,
  row: { tenantId: string; stadsdeelId: string; code: string; name: string },
): Promise<{ id: string; inserted: boolean }> {
  const existing = await db
    .selectFrom('locations')
    .select('id')
    .where('tenant_id', '=', row.tenantId)
    .where(sql<string>`upper(code)`, '=', row.code.toUpperCase())
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('locations')
      .set({ name: row.name, stadsdeel_id: row.stadsdeelId })
      .where('tenant_id', '=', row.tenantId)
      .where('id', '=', existing.id)
      .execute();
    return { id: existing.id, inserted: false };
  }
  const made = await db
    .insertInto('locations')
    .values({
      tenant_id: row.tenantId,
      stadsdeel_id: row.stadsdeelId,
      code: row.code,
      name: row.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: made.id, inserted: true };
}

export async function updateLocation(
  db: Trx,
  tenantId: string,
  id: string,
  patch: { name?: string; stadsdeel_id?: string; active?: boolean },
): Promise<boolean> {
  if (Object.keys(patch).length === 0) return true;
  const result = await db
    .updateTable('locations')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ---------------------------------------------------------------------------------------------
// Capacity

export async function upsertCapacity(
  db: Trx,
  rows: readonly Insertable<LocationCapacityTable>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    await db
      .insertInto('location_capacity')
      .values(rows.slice(start, start + 5000))
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'location_id', 'week', 'staff_type'])
          .doUpdateSet((eb) => ({ hours: eb.ref('excluded.hours'), updated_at: sql`now()` })),
      )
      .execute();
  }
}

export function listCapacity(
  db: Trx,
  tenantId: string,
  filter: { fromWeek?: string; toWeek?: string; locationIds?: readonly string[] },
) {
  let query = db
    .selectFrom('location_capacity')
    .select(['location_id', 'week', 'staff_type', sql<number>`hours::float8`.as('hours')])
    .where('tenant_id', '=', tenantId);
  if (filter.fromWeek) query = query.where('week', '>=', filter.fromWeek);
  if (filter.toWeek) query = query.where('week', '<=', filter.toWeek);
  if (filter.locationIds) {
    if (filter.locationIds.length === 0) return Promise.resolve([]);
    query = query.where('location_id', 'in', filter.locationIds);
  }
  return query.orderBy('week').orderBy('location_id').orderBy('staff_type').execute();
}

// ---------------------------------------------------------------------------------------------
// Registrations

export type NewRegistrationRow = Insertable<RegistrationTable>;

export function insertRegistration(db: Trx, row: NewRegistrationRow) {
  return db.insertInto('registrations').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findRegistration(db: Trx, tenantId: string, id: string) {
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateRegistration(
  db: Trx,
  tenantId: string,
  id: string,
  patch: Partial<Omit<NewRegistrationRow, 'tenant_id' | 'id'>>,
) {
  return db
    .updateTable('registrations')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteRegistration(db: Trx, tenantId: string, id: string): Promise<void> {
  await db
    .deleteFrom('registrations')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function listOwnRegistrations(
  db: Trx,
  tenantId: string,
  accountId: string,
  filter: { from?: string | undefined; to?: string | undefined; limit: number },
) {
  let query = db
    .selectFrom('registrations')
    .where('tenant_id', '=', tenantId)
    .where('created_by', '=', accountId);
  if (filter.from) query = query.where('contact_date', '>=', filter.from);
  if (filter.to) query = query.where('contact_date', '<=', filter.to);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('contact_date', 'desc')
      .orderBy('created_at', 'desc')
      .limit(filter.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface BulkRegistration {
  locationId: string;
  date: string;
  channel: string;
  tasks: readonly string[];
  minutes: number;
  result: string;
  ageGroup: string;
  notDigital: boolean;
  languageBarrier: boolean;
}

const BULK_CHUNK = 20_000;

/**
 * Many registrations at once (imports): whole columns as array parameters, unnested by the
 * server, so 300,000 rows take 15 statements instead of 300,000. The tasks of a row travel as
 * one `|`-joined text (arrays of arrays cannot be unnested per row).
 */
export async function insertRegistrationsBulk(
  db: Trx,
  tenantId: string,
  importId: string,
  rows: readonly BulkRegistration[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BULK_CHUNK) {
    const chunk = rows.slice(start, start + BULK_CHUNK);
    await sql`
      insert into registrations (tenant_id, location_id, contact_date, channel, tasks, minutes,
        result, age_group, not_digital, language_barrier, import_id)
      select ${tenantId}::uuid, location_id, contact_date, channel, string_to_array(tasks, '|'),
        minutes, result, age_group, not_digital, language_barrier, ${importId}::uuid
      from unnest(${chunk.map((r) => r.locationId)}::uuid[],
                  ${chunk.map((r) => r.date)}::date[],
                  ${chunk.map((r) => r.channel)}::text[],
                  ${chunk.map((r) => r.tasks.join('|'))}::text[],
                  ${chunk.map((r) => r.minutes)}::int[],
                  ${chunk.map((r) => r.result)}::text[],
                  ${chunk.map((r) => r.ageGroup)}::text[],
                  ${chunk.map((r) => r.notDigital)}::boolean[],
                  ${chunk.map((r) => r.languageBarrier)}::boolean[])
        as t(location_id, contact_date, channel, tasks, minutes, result, age_group, not_digital,
             language_barrier)
    `.execute(db);
  }
}

/** How PostgreSQL writes an ISO week (`2026-W05`) and a month (`2026-02`). */
const PERIOD_FORMAT = { week: 'IYYY-"W"IW', maand: 'YYYY-MM' } as const;

/** Which registrations a change of the period totals is about. */
export type TotalsSelector = { ids: readonly string[] } | { importId: string } | { all: true };

function selectorSql(selector: TotalsSelector) {
  if ('ids' in selector) return sql`and id = any(${[...selector.ids]}::uuid[])`;
  if ('importId' in selector) return sql`and import_id = ${selector.importId}::uuid`;
  return sql``;
}

/**
 * Adds (sign 1) or takes away (sign −1) the selected registrations from the sums per week and
 * per month. Call with −1 before a change or deletion and with 1 after an insert or change, in
 * the same transaction. Increments with `on conflict … do update` stay right when two people
 * register at the same location in the same week at the same moment.
 */
export async function applyToPeriodTotals(
  db: Trx,
  tenantId: string,
  selector: TotalsSelector,
  sign: 1 | -1,
): Promise<void> {
  const where = selectorSql(selector);
  await sql`
    insert into registration_period_totals
      (tenant_id, kind, period, location_id, contacts, minutes, not_digital, language_barrier)
    select tenant_id, p.kind, p.period, location_id, ${sign} * count(*), ${sign} * sum(minutes),
      ${sign} * count(*) filter (where not_digital),
      ${sign} * count(*) filter (where language_barrier)
    from registrations
    cross join lateral (values
      ('week', to_char(contact_date, ${PERIOD_FORMAT.week})),
      ('maand', to_char(contact_date, ${PERIOD_FORMAT.maand}))) as p(kind, period)
    where tenant_id = ${tenantId}::uuid ${where}
    group by tenant_id, p.kind, p.period, location_id
    on conflict (tenant_id, kind, period, location_id) do update set
      contacts = registration_period_totals.contacts + excluded.contacts,
      minutes = registration_period_totals.minutes + excluded.minutes,
      not_digital = registration_period_totals.not_digital + excluded.not_digital,
      language_barrier = registration_period_totals.language_barrier + excluded.language_barrier
  `.execute(db);
  await sql`
    insert into registration_period_tasks (tenant_id, kind, period, location_id, task, contacts)
    select tenant_id, p.kind, p.period, location_id, task, ${sign} * count(*)
    from registrations
    cross join lateral unnest(tasks) as task
    cross join lateral (values
      ('week', to_char(contact_date, ${PERIOD_FORMAT.week})),
      ('maand', to_char(contact_date, ${PERIOD_FORMAT.maand}))) as p(kind, period)
    where tenant_id = ${tenantId}::uuid ${where}
    group by tenant_id, p.kind, p.period, location_id, task
    on conflict (tenant_id, kind, period, location_id, task) do update set
      contacts = registration_period_tasks.contacts + excluded.contacts
  `.execute(db);
}

export async function findPreference(db: Trx, tenantId: string, accountId: string) {
  return db
    .selectFrom('registration_preferences as p')
    .innerJoin('locations as l', (j) =>
      j.onRef('l.tenant_id', '=', 'p.tenant_id').onRef('l.id', '=', 'p.location_id'),
    )
    .select(['l.code', 'l.active'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.account_id', '=', accountId)
    .executeTakeFirst();
}

export async function savePreference(
  db: Trx,
  tenantId: string,
  accountId: string,
  locationId: string,
): Promise<void> {
  await db
    .insertInto('registration_preferences')
    .values({ tenant_id: tenantId, account_id: accountId, location_id: locationId })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'account_id'])
        .doUpdateSet({ location_id: locationId, updated_at: sql`now()` }),
    )
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Imports

export async function insertImport(
  db: Trx,
  entry: {
    tenantId: string;
    id: string;
    kind: 'locaties' | 'registraties' | 'capaciteit';
    fileName: string;
    accepted: number;
    rejected: number;
    rejections: readonly Rejection[];
    createdBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('registration_imports')
    .values({
      tenant_id: entry.tenantId,
      id: entry.id,
      kind: entry.kind,
      file_name: entry.fileName,
      accepted: entry.accepted,
      rejected: entry.rejected,
      rejections: sql`${JSON.stringify(entry.rejections)}::jsonb`,
      created_by: entry.createdBy,
    })
    .execute();
}

export function listImports(db: Trx, tenantId: string) {
  return db
    .selectFrom('registration_imports')
    .select(['id', 'kind', 'file_name', 'accepted', 'rejected', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

export function findImport(db: Trx, tenantId: string, id: string) {
  return db
    .selectFrom('registration_imports')
    .select(['id', 'kind', 'file_name', 'rejections'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Waiting list

export type NewWaitingRow = Insertable<WaitingRequestTable>;

export function insertWaitingRequest(db: Trx, row: NewWaitingRow) {
  return db.insertInto('waiting_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findWaitingRequest(db: Trx, tenantId: string, id: string) {
  return db
    .selectFrom('waiting_requests')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateWaitingRequest(
  db: Trx,
  tenantId: string,
  id: string,
  patch: {
    status: 'wachtend' | 'gestart' | 'vervallen';
    started_on: string | null;
    lapsed_on: string | null;
  },
) {
  return db
    .updateTable('waiting_requests')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listWaitingRequests(
  db: Trx,
  tenantId: string,
  filter: { locationIds?: readonly string[]; status?: string; until?: string },
) {
  let query = db.selectFrom('waiting_requests').selectAll().where('tenant_id', '=', tenantId);
  if (filter.locationIds) {
    if (filter.locationIds.length === 0) return Promise.resolve([]);
    query = query.where('location_id', 'in', filter.locationIds);
  }
  if (filter.status) query = query.where('status', '=', filter.status as 'wachtend');
  if (filter.until) query = query.where('requested_on', '<=', filter.until);
  return query.orderBy('requested_on').orderBy('created_at').execute();
}

// ---------------------------------------------------------------------------------------------
// Pressure: sums per location and period from the day totals. Each query returns one row per
// location and period (or per location): the embedded database pays per row it hands over, so
// tasks, staff types and waiting-list dates come folded into JSON and arrays.

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
