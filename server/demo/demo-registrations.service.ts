import { sql } from 'kysely';
import { DEFAULT_PRESSURE_SETTINGS } from '../../shared/registrations/pressure.js';
import { addDays, periodsBetween, todayInAmsterdam } from '../../shared/registrations/iso-week.js';
import { STAFF_TYPES } from '../../shared/registrations/vocabulary.js';
import { inTenant, type DatabaseHandle, type Trx } from '../db/database.js';
import {
  ensureStadsdeel,
  insertLocalCode,
  upsertCapacity,
  upsertLocation,
} from '../registrations/catalogue.repository.js';
import { applyToPeriodTotals, savePreference } from '../registrations/registration.repository.js';
import { findTenantByCbsCode } from '../tenants/tenant.repository.js';
import {
  DEMO_DAYS,
  DEMO_GEMEENTE,
  DEMO_LOCATIONS,
  DEMO_SCALE,
  DEMO_SEED,
  DEMO_TASK_WEIGHTS,
  type DemoLocationProfile,
} from './demo-registrations.data.js';

export interface DemoRegistrationsSummary {
  locations: number;
  registrations: number;
  waitingRequests: number;
  capacityRows: number;
}

/** The tables of M3, emptied for Den Haag before loading so a reset never doubles anything. */
const TABLES = [
  'registration_period_tasks',
  'registration_period_totals',
  'registration_preferences',
  'registrations',
  'waiting_requests',
  'location_capacity',
  'locations',
  'stadsdelen',
  'registration_codes',
  'registration_settings',
  'registration_imports',
] as const;

/** A small seeded generator for the few values made in TypeScript (capacity per week). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Task thresholds of one location: more help with forms where language is a barrier, etc. */
function taskThresholds(profile: DemoLocationProfile): number[] {
  const weights: number[] = Object.values(DEMO_TASK_WEIGHTS).map((w) => w);
  weights[1]! *= 1 + profile.languageBarrier; // T02 forms and administration
  weights[4]! *= 1 + 1.5 * profile.notDigital; // T05 digital matters
  weights[6]! *= 1 + profile.languageBarrier; // T07 money and debts
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
}

/**
 * Chance of "not digitally skilled" for older (65+) and younger residents, so that the overall
 * share is the location's and older residents are 1.6 times as often not digital.
 */
function digitalSplit(profile: DemoLocationProfile): { older: number; younger: number } {
  const older = Math.min(0.9, profile.notDigital * 1.6);
  const younger = Math.max(0, (profile.notDigital - profile.older * older) / (1 - profile.older));
  return { older, younger };
}

/** Expected registered hours per week of the demo (6 opening days, Saturday a third). */
function weeklyHours(profile: DemoLocationProfile): number {
  return (profile.perDay * DEMO_SCALE * (5 + 1 / 3) * profile.meanMinutes) / 60;
}

/**
 * The registrations: one set-based statement over days × locations × contacts with the
 * server's seeded random(), so a year of contacts costs one round trip.
 */
async function insertContacts(
  trx: Trx,
  tenantId: string,
  ids: Map<string, string>,
  from: string,
  to: string,
): Promise<void> {
  const profiles = DEMO_LOCATIONS.map((p) => {
    const digital = digitalSplit(p);
    return {
      location_id: ids.get(p.code),
      per_day: p.perDay * DEMO_SCALE,
      mean_minutes: p.meanMinutes,
      older: p.older,
      nd_older: digital.older,
      nd_younger: digital.younger,
      language: p.languageBarrier,
      cum: taskThresholds(p),
    };
  });
  await sql`select setseed(${DEMO_SEED})`.execute(trx);
  await sql`
    insert into registrations (tenant_id, location_id, contact_date, channel, tasks, minutes,
      result, age_group, not_digital, language_barrier, created_at)
    select ${tenantId}::uuid, location_id, day, channel,
      case when r_second < 0.22 then array[task, case
        when task in ('T07', 'T08', 'T09') then 'T04' when task <> 'T05' then 'T05' else 'T02' end]
        else array[task] end,
      greatest(5, least(180, (round(mean_minutes * -ln(1 - r_min) / 5) * 5)::int)),
      case when r_res < 0.5 then 'R01' when r_res < 0.68 then 'R02' when r_res < 0.76 then 'R03'
        when r_res < 0.82 then 'R05' when r_res < 0.86 then 'R04' when r_res < 0.9 then 'R06'
        when r_res < 0.94 then 'R07' when r_res < 0.97 then 'R08' else 'R09' end,
      case when is_older then (case when u_age < 0.6 then '65-74' else '75+' end)
        when u_age < 0.03 then '<18' when u_age < 0.18 then '18-26'
        when u_age < 0.58 then '27-44' else '45-64' end,
      r_dig < (case when is_older then nd_older else nd_younger end),
      r_lang < language,
      (day + time '12:00')::timestamptz
    from (
      select c.location_id, c.day, c.mean_minutes, c.nd_older, c.nd_younger, c.language,
        r_age < c.older as is_older,
        case when r_age < c.older then r_age / c.older else (r_age - c.older) / (1 - c.older) end as u_age,
        case when r_chan < 0.52 then 'inloop' when r_chan < 0.8 then 'telefoon'
          when r_chan < 0.94 then 'digitaal' else 'huisbezoek' end as channel,
        case when r_task < c.cum[1] then 'T01' when r_task < c.cum[2] then 'T02'
          when r_task < c.cum[3] then 'T03' when r_task < c.cum[4] then 'T04'
          when r_task < c.cum[5] then 'T05' when r_task < c.cum[6] then 'T06'
          when r_task < c.cum[7] then 'T07' when r_task < c.cum[8] then 'T08'
          when r_task < c.cum[9] then 'T09' else 'T10' end as task,
        r_second, r_min, r_res, r_dig, r_lang
      from (
        select p.*, d.day::date as day,
          round(p.per_day
            * (case extract(isodow from d.day) when 6 then 0.33 when 7 then 0 else 1 end)
            * (case when extract(week from d.day) between 29 and 33 then 0.8
                    when extract(week from d.day) in (52, 1) then 0.6 else 1 end)
            * (0.85 + 0.3 * random()))::int as n
        from json_to_recordset(${JSON.stringify(profiles)}::json) as p(location_id uuid,
          per_day float8, mean_minutes float8, older float8, nd_older float8, nd_younger float8,
          language float8, cum float8[])
        cross join generate_series(${from}::date, ${to}::date, interval '1 day') as d(day)
      ) c
      cross join lateral (
        select g, random() as r_age, random() as r_chan, random() as r_task, random() as r_second,
          random() as r_min, random() as r_res, random() as r_dig, random() as r_lang
        from generate_series(1, c.n) as g
      ) r
    ) x
  `.execute(trx);
}

/** Requests on the waiting list: a steady inflow, each waiting a skewed number of days. */
async function insertWaitingList(
  trx: Trx,
  tenantId: string,
  ids: Map<string, string>,
  from: string,
  today: string,
): Promise<void> {
  const profiles = DEMO_LOCATIONS.map((p) => ({
    location_id: ids.get(p.code),
    per_day: (p.requestsPerWeek / 5) * DEMO_SCALE,
    mean_wait: p.meanWaitDays,
  }));
  await sql`
    insert into waiting_requests (tenant_id, location_id, requested_on, task, status, started_on,
      lapsed_on)
    select ${tenantId}::uuid, location_id, requested_on, task,
      case when ends_on >= ${today}::date then 'wachtend' when lapses then 'vervallen' else 'gestart' end,
      case when ends_on < ${today}::date and not lapses then ends_on end,
      case when ends_on < ${today}::date and lapses then ends_on end
    from (
      select c.location_id, c.day as requested_on,
        (c.day + round(c.mean_wait * -ln(1 - random()))::int) as ends_on,
        random() < 0.1 as lapses,
        (array['T02', 'T03', 'T07', 'T08', 'T09', 'T06'])[1 + floor(random() * 6)::int] as task
      from (
        select p.*, d.day::date as day, floor(p.per_day + random())::int as n
        from json_to_recordset(${JSON.stringify(profiles)}::json)
          as p(location_id uuid, per_day float8, mean_wait float8)
        cross join generate_series(${from}::date, ${addDays(today, -1)}::date, interval '1 day') as d(day)
        where extract(isodow from d.day) < 6
      ) c
      cross join lateral generate_series(1, c.n) as g
    ) x
  `.execute(trx);
}

/** Capacity per week: hours chosen so the demand meets each location's target ratio. */
async function insertCapacity(
  trx: Trx,
  tenantId: string,
  ids: Map<string, string>,
  from: string,
  to: string,
): Promise<number> {
  const random = seeded(518);
  const weights = DEFAULT_PRESSURE_SETTINGS.weights;
  const rows = [];
  for (const week of periodsBetween(from, to, 'week')) {
    const n = Number(week.slice(6));
    const season = n >= 29 && n <= 33 ? 0.75 : n === 52 || n === 1 ? 0.65 : 1;
    for (const profile of DEMO_LOCATIONS) {
      const effective = (weeklyHours(profile) / profile.targetRatio) * season;
      for (const [i, type] of STAFF_TYPES.entries()) {
        const hours =
          ((effective * profile.staffMix[i]!) / weights[type]) * (0.92 + 0.16 * random());
        rows.push({
          tenant_id: tenantId,
          location_id: ids.get(profile.code)!,
          week,
          staff_type: type,
          hours: Math.round(hours * 2) / 2,
        });
      }
    }
  }
  await upsertCapacity(trx, rows);
  return rows.length;
}

/**
 * Loads Den Haag's registrations demo: 8 stadsdelen, 17 locations, a year of contacts,
 * capacity per week and waiting lists, plus a few contacts of today by the demo professional,
 * who may still change them. Replaces what an earlier load left.
 */
export async function loadDemoRegistrations(
  handle: DatabaseHandle,
  options: { professionalId?: string | null; today?: string } = {},
): Promise<DemoRegistrationsSummary> {
  const tenant = await handle.asOwner((owner) => findTenantByCbsCode(owner, DEMO_GEMEENTE));
  if (!tenant) throw new Error(`Demo: gemeente ${DEMO_GEMEENTE} ontbreekt.`);
  const tenantId = tenant.id;
  const today = options.today ?? todayInAmsterdam();
  const to = addDays(today, -1);
  const from = addDays(to, -DEMO_DAYS + 1);
  return inTenant(handle.db, { tenantId, accountId: null }, async (trx) => {
    for (const table of TABLES) {
      await trx.deleteFrom(table).where('tenant_id', '=', tenantId).execute();
    }
    const ids = new Map<string, string>();
    const stadsdelen = new Map<string, string>();
    for (const profile of DEMO_LOCATIONS) {
      let stadsdeelId = stadsdelen.get(profile.stadsdeel);
      if (!stadsdeelId) {
        stadsdeelId = await ensureStadsdeel(trx, tenantId, profile.stadsdeel);
        stadsdelen.set(profile.stadsdeel, stadsdeelId);
      }
      const { id } = await upsertLocation(trx, {
        tenantId,
        stadsdeelId,
        code: profile.code,
        name: profile.naam,
      });
      ids.set(profile.code, id);
    }
    await insertLocalCode(trx, {
      tenantId,
      code: 'L-TAALCAFE',
      kind: 'taak',
      name: 'Taalcafé',
      definition:
        'De inwoner oefent in een groep Nederlands praten en lezen, met vrijwilligers van het wijkcentrum.',
      createdBy: null,
    });
    await insertContacts(trx, tenantId, ids, from, to);
    await applyToPeriodTotals(trx, tenantId, { all: true }, 1);
    await insertWaitingList(trx, tenantId, ids, from, today);
    // Capacity also for the next four weeks: rosters are made ahead.
    const capacityRows = await insertCapacity(trx, tenantId, ids, from, addDays(today, 27));
    if (options.professionalId)
      await ownContacts(trx, tenantId, options.professionalId, ids, today);
    const counts = await sql<{ registrations: number; waiting: number }>`
      select (select count(*)::int from registrations where tenant_id = ${tenantId}::uuid) as registrations,
             (select count(*)::int from waiting_requests where tenant_id = ${tenantId}::uuid) as waiting
    `.execute(trx);
    return {
      locations: ids.size,
      registrations: counts.rows[0]?.registrations ?? 0,
      waitingRequests: counts.rows[0]?.waiting ?? 0,
      capacityRows,
    };
  });
}

/** Five contacts of today by the demo professional at Moerwijk, still open to change. */
async function ownContacts(
  trx: Trx,
  tenantId: string,
  professionalId: string,
  ids: Map<string, string>,
  today: string,
): Promise<void> {
  const location = ids.get('ESC-01')!;
  const contacts = [
    {
      channel: 'inloop',
      tasks: ['T02'],
      minutes: 20,
      result: 'R01',
      age: '65-74',
      nd: true,
      lb: false,
    },
    {
      channel: 'inloop',
      tasks: ['T05', 'T02'],
      minutes: 35,
      result: 'R02',
      age: '75+',
      nd: true,
      lb: false,
    },
    {
      channel: 'telefoon',
      tasks: ['T01'],
      minutes: 10,
      result: 'R01',
      age: '27-44',
      nd: false,
      lb: true,
    },
    {
      channel: 'inloop',
      tasks: ['T07'],
      minutes: 45,
      result: 'R04',
      age: '45-64',
      nd: false,
      lb: true,
    },
    {
      channel: 'huisbezoek',
      tasks: ['T03'],
      minutes: 60,
      result: 'R05',
      age: '75+',
      nd: true,
      lb: false,
    },
  ];
  const inserted = await trx
    .insertInto('registrations')
    .values(
      contacts.map((c) => ({
        tenant_id: tenantId,
        location_id: location,
        contact_date: today,
        channel: c.channel,
        tasks: c.tasks,
        minutes: c.minutes,
        result: c.result,
        age_group: c.age,
        not_digital: c.nd,
        language_barrier: c.lb,
        created_by: professionalId,
      })),
    )
    .returning('id')
    .execute();
  await applyToPeriodTotals(trx, tenantId, { ids: inserted.map((r) => r.id) }, 1);
  await savePreference(trx, tenantId, professionalId, location);
}
