import { sql, type Insertable } from 'kysely';
import type { Trx } from '../db/database.js';
import type { RegistrationTable } from './registration.table.js';

/** The SQL of registered contacts, their day totals per period, and a professional's preference. */

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
