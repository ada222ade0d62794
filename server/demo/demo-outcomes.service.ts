import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { insertAccount, insertMembership } from '../accounts/account.repository.js';
import { auditAs } from '../audit/audit.service.js';
import { inTenant, type DatabaseHandle } from '../db/database.js';
import { today } from '../outcomes/outcome.service.js';
import type {
  MonitorConsentTable,
  MonitorGoalTable,
  MonitorMeasurementDomainTable,
  MonitorMeasurementTable,
  MonitorResidentTable,
} from '../outcomes/outcome.table.js';
import { insertTeam, saveMember } from '../outcomes/team.repository.js';
import { hashCode } from '../public/personal-code.js';
import { findTenantByCbsCode } from '../tenants/tenant.repository.js';
import {
  DEMO_DOMAIN_WEIGHTS,
  DEMO_GOALS,
  DEMO_MONITOR_CODE,
  DEMO_OUTCOME_ACCOUNTS,
  DEMO_OUTCOME_TEAMS,
  DEMO_OUTCOMES_SEED,
} from './demo-outcomes.data.js';

export interface DemoOutcomesSummary {
  teams: number;
  residents: number;
  measurements: number;
  goals: number;
}

/** A small seeded generator (mulberry32): the same demo on every start. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, low: number, high: number) =>
  Math.min(high, Math.max(low, Math.round(value)));

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Removes earlier demo data of the monitor in these gemeenten (a reset never doubles it). */
async function clearOutcomes(handle: DatabaseHandle, tenantIds: string[]): Promise<void> {
  await handle.asOwner(async (owner) => {
    for (const table of [
      'monitor_residents',
      'wijkteams',
      'outcome_local_domains',
      'outcome_settings',
    ] as const) {
      await owner.deleteFrom(table).where('tenant_id', 'in', tenantIds).execute();
    }
  });
}

/**
 * Wijkteams in Eindhoven and Utrecht with residents measured two or three times: most improve a
 * little on the domains they chose, some stay the same, a few get worse; goals with target
 * dates, some reached; a naaste's marks where the resident consented. About a hundred residents:
 * loads in well under a second.
 */
export async function loadDemoOutcomes(
  handle: DatabaseHandle,
  options: { passwordHash: string; actor: string },
): Promise<DemoOutcomesSummary> {
  const { db } = handle;
  const rnd = random(DEMO_OUTCOMES_SEED);
  const tenants = new Map<string, string>();
  for (const cbs of new Set(DEMO_OUTCOME_TEAMS.map((t) => t.cbsCode))) {
    const tenant = await findTenantByCbsCode(db, cbs);
    if (!tenant) throw new Error(`Demo: gemeente ${cbs} ontbreekt.`);
    tenants.set(cbs, tenant.id);
  }
  await clearOutcomes(handle, [...tenants.values()]);

  const summary: DemoOutcomesSummary = { teams: 0, residents: 0, measurements: 0, goals: 0 };
  const teamIds = new Map<string, string>();
  for (const team of DEMO_OUTCOME_TEAMS) {
    const tenantId = tenants.get(team.cbsCode) as string;
    await inTenant(db, { tenantId, accountId: null }, async (trx) => {
      const row = await insertTeam(trx, tenantId, team.name);
      if (!row) throw new Error(`Demo: wijkteam ${team.name} bestaat al.`);
      teamIds.set(team.name, row.id);
      summary.teams++;
    });
  }

  for (const person of DEMO_OUTCOME_ACCOUNTS) {
    const existing = await db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', person.email)
      .executeTakeFirst();
    const accountId =
      existing?.id ??
      (
        await insertAccount(db, {
          email: person.email,
          name: person.name,
          passwordHash: options.passwordHash,
        })
      ).id;
    for (const membership of person.memberships) {
      const tenantId = tenants.get(membership.cbsCode) as string;
      await inTenant(db, { tenantId, accountId: null }, async (trx) => {
        if (!existing) {
          await insertMembership(trx, { tenantId, accountId, role: membership.role });
          await auditAs(
            trx,
            { tenantId, accountId: null, actor: options.actor },
            {
              action: 'gebruiker.uitgenodigd',
              purpose: 'Demo-omgeving opbouwen',
              objectType: 'gebruiker',
              objectId: accountId,
              details: { rol: membership.role },
            },
          );
        }
        for (const { team, role } of person.teams) {
          const teamId = teamIds.get(team) as string;
          const inThisTenant =
            DEMO_OUTCOME_TEAMS.find((t) => t.name === team)?.cbsCode === membership.cbsCode;
          if (inThisTenant) await saveMember(trx, { tenantId, teamId, accountId, role });
        }
      });
    }
  }

  const now = today();
  const domains = Object.keys(DEMO_DOMAIN_WEIGHTS);
  for (const team of DEMO_OUTCOME_TEAMS) {
    const tenantId = tenants.get(team.cbsCode) as string;
    const teamId = teamIds.get(team.name) as string;
    // All rows of a team are generated first and inserted in a few statements: the first start
    // of the demo stays fast.
    const residents: Insertable<MonitorResidentTable>[] = [];
    const consents: Insertable<MonitorConsentTable>[] = [];
    const measurements: Insertable<MonitorMeasurementTable>[] = [];
    const marks: Insertable<MonitorMeasurementDomainTable>[] = [];
    const goals: Insertable<MonitorGoalTable>[] = [];
    for (let i = 1; i <= team.residents; i++) {
      const residentId = randomUUID();
      const reference = `${team.prefix}-${String(i).padStart(3, '0')}`;
      residents.push({
        tenant_id: tenantId,
        id: residentId,
        wijkteam_id: teamId,
        reference,
        birth_year: rnd() < 0.8 ? 1950 + Math.floor(rnd() * 55) : null,
        code_hash: team.prefix === 'WS' && i === 1 ? hashCode(DEMO_MONITOR_CODE) : null,
      });

      // The resident's choice, most important first, and a trend for the whole trajectory.
      const chosen = domains
        .filter((d) => rnd() < (DEMO_DOMAIN_WEIGHTS[d] ?? 0))
        .map((d) => ({ d, key: rnd() }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.d);
      if (chosen.length === 0) chosen.push('mvo.financien');
      const trend = rnd();
      const direction = trend < 0.72 ? 1 : trend < 0.9 ? 0 : -1;
      const count = rnd() < 0.45 ? 3 : 2;
      const start = addDays(now, -(150 + Math.floor(rnd() * 210)));
      const dates = [start];
      for (let k = 1; k < count; k++) {
        const next = addDays(dates[k - 1] as string, 45 + Math.floor(rnd() * 75));
        dates.push(next > now ? now : next);
      }
      const naaste = rnd() < 0.2;
      if (naaste) {
        consents.push({
          tenant_id: tenantId,
          resident_id: residentId,
          naaste: rnd() < 0.5 ? 'partner' : 'dochter',
          recorded_by: null,
          recorded_by_name: options.actor,
          recorded_at: new Date(`${start}T09:00:00Z`),
        });
      }
      const base = new Map(chosen.map((d) => [d, 15 + Math.floor(rnd() * 45)]));
      const gain = new Map(
        chosen.map((d) => {
          const size = 9 + rnd() * 20;
          const own = direction === 0 ? (rnd() - 0.5) * 8 : direction * size;
          // Even residents who improve overall do not improve on every domain.
          return [d, direction === 1 && rnd() < 0.12 ? (rnd() - 0.5) * 8 : own];
        }),
      );
      const ssBase = new Map(chosen.map((d) => [d, 1 + Math.floor(rnd() * 3)]));
      const lifeStart = 4 + Math.floor(rnd() * 3);
      let firstMeasurementId: string | null = null;
      for (const [k, date] of dates.entries()) {
        const share = k / (count - 1);
        const id = randomUUID();
        measurements.push({
          tenant_id: tenantId,
          id,
          resident_id: residentId,
          measured_on: date,
          source: 'gesprek',
          life_satisfaction: clamp(lifeStart + direction * share * (1 + rnd() * 2), 1, 10),
          created_by: null,
        });
        chosen.forEach((d, position) => {
          const mark = clamp(
            (base.get(d) ?? 40) + (gain.get(d) ?? 0) * share + (rnd() - 0.5) * 4,
            0,
            100,
          );
          const ss =
            (ssBase.get(d) ?? 2) +
            (direction === 1 ? Math.round(share * (rnd() < 0.6 ? 1 : 2)) : 0);
          const discussed = rnd() < 0.9;
          marks.push({
            tenant_id: tenantId,
            measurement_id: id,
            resident_id: residentId,
            domain_code: d,
            position: position + 1,
            resident_mark: mark,
            professional_mark: clamp(mark + (rnd() - 0.5) * 20, 0, 100),
            naaste_mark: naaste ? clamp(mark + (rnd() - 0.4) * 16, 0, 100) : null,
            self_sufficiency: discussed ? clamp(ss, 1, 5) : null,
            self_sufficiency_on: date,
          });
        });
        firstMeasurementId ??= id;
      }

      const last = dates.at(-1) as string;
      for (const d of chosen.slice(0, 1 + Math.floor(rnd() * 2))) {
        const texts = DEMO_GOALS[d] ?? ['Een eigen doel'];
        const target = addDays(start, 50 + Math.floor(rnd() * 100));
        const decided = target <= last;
        const reached = rnd() < (direction === 1 ? 0.75 : direction === 0 ? 0.4 : 0.15);
        goals.push({
          tenant_id: tenantId,
          resident_id: residentId,
          measurement_id: firstMeasurementId,
          domain_code: d,
          description: texts[Math.floor(rnd() * texts.length)] as string,
          target_date: target,
          status: decided ? (reached ? 'bereikt' : 'niet_bereikt') : 'open',
          closed_on: decided ? last : null,
        });
      }
    }
    await inTenant(db, { tenantId, accountId: null }, async (trx) => {
      await trx.insertInto('monitor_residents').values(residents).execute();
      if (consents.length > 0) await trx.insertInto('monitor_consents').values(consents).execute();
      await trx.insertInto('monitor_measurements').values(measurements).execute();
      await trx.insertInto('monitor_measurement_domains').values(marks).execute();
      await trx.insertInto('monitor_goals').values(goals).execute();
    });
    summary.residents += residents.length;
    summary.measurements += measurements.length;
    summary.goals += goals.length;
  }
  return summary;
}
