import { inTenant, type Db, type Trx } from '../../db/database.js';
import { hashCode, isWellFormedCode } from '../../public/personal-code.js';
import { catalogueOf, type Catalogue } from '../domain.service.js';
import * as measurements from '../measurement.repository.js';
import { today } from '../outcome.service.js';
import type { MonitorMeasurementDomainRow, MonitorResidentRow } from '../outcome.table.js';
import * as residents from '../resident.repository.js';

/**
 * The resident's own monitor, reached with a personal code (no account). The code is found
 * through a security-definer function; everything else runs under that tenant's policies.
 * A resident's own filling in of one day is one measurement (`zelf`): filling in again on the
 * same day replaces it, so stopping halfway and starting over never leaves two.
 */

export interface SelfView {
  tenantId: string;
  resident: MonitorResidentRow;
  catalogue: Catalogue;
  /** Domains the resident may choose, in the gemeente's order. */
  choosable: { code: string; name: string }[];
  /** The resident's last mark per domain before today, with its date. */
  previous: Map<string, { mark: number; date: string }>;
  /** Today's own measurement, if the resident already saved one. */
  todays: {
    id: string;
    lifeSatisfaction: number | null;
    domains: MonitorMeasurementDomainRow[];
    goals: Map<string, { description: string; targetDate: string | null }>;
  } | null;
  /** The order of the last measurement's domains: the starting choice. */
  lastChoice: string[];
}

export async function withMonitorCode<T>(
  db: Db,
  code: string,
  work: (trx: Trx, view: SelfView) => Promise<T>,
): Promise<T | 'onbekend'> {
  if (!isWellFormedCode(code)) return 'onbekend';
  const codeHash = hashCode(code);
  const tenantId = await db
    .transaction()
    .execute((trx) => residents.tenantOfMonitorCode(trx, codeHash));
  if (!tenantId) return 'onbekend';
  const result = await inTenant(db, { tenantId, accountId: null }, async (trx) => {
    const resident = await residents.findResidentByCode(trx, tenantId, codeHash);
    if (!resident) return 'onbekend' as const;
    return work(trx, await viewOf(trx, tenantId, resident));
  });
  return result;
}

async function viewOf(trx: Trx, tenantId: string, resident: MonitorResidentRow): Promise<SelfView> {
  const [catalogue, data] = await Promise.all([
    catalogueOf(trx, tenantId),
    measurements.loadMonitorData(trx, tenantId, { residentIds: [resident.id] }),
  ]);
  const day = today();
  const todaysRow = data.measurements.find((m) => m.source === 'zelf' && m.measured_on === day);
  const previous = new Map<string, { mark: number; date: string }>();
  let lastChoice: string[] = [];
  for (const m of data.measurements) {
    if (m.id === todaysRow?.id) continue;
    const domains = data.domains.filter((d) => d.measurement_id === m.id);
    if (domains.length > 0)
      lastChoice = domains.sort((a, b) => a.position - b.position).map((d) => d.domain_code);
    for (const d of domains) {
      if (d.resident_mark !== null)
        previous.set(d.domain_code, { mark: d.resident_mark, date: m.measured_on });
    }
  }
  return {
    tenantId,
    resident,
    catalogue,
    choosable: catalogue.domains
      .filter((d) => d.actief)
      .map((d) => ({ code: d.code, name: d.bewonersnaam })),
    previous,
    todays: todaysRow
      ? {
          id: todaysRow.id,
          lifeSatisfaction: todaysRow.life_satisfaction,
          domains: data.domains
            .filter((d) => d.measurement_id === todaysRow.id)
            .sort((a, b) => a.position - b.position),
          goals: new Map(
            data.goals
              .filter((g) => g.measurement_id === todaysRow.id && g.status === 'open')
              .map((g) => [
                g.domain_code,
                { description: g.description, targetDate: g.target_date },
              ]),
          ),
        }
      : null,
    lastChoice: lastChoice.filter((c) => catalogue.selectable.has(c)),
  };
}

export interface SelfInput {
  /** Chosen domains, most important first. */
  domains: { code: string; mark: number }[];
  goals: { domain: string; description: string; targetDate: string | null }[];
  lifeSatisfaction: number | null;
}

/** Saves (or replaces) today's own measurement. Checked by the caller against `view`. */
export async function saveSelf(trx: Trx, view: SelfView, input: SelfInput): Promise<void> {
  const { tenantId, resident } = view;
  const id = await measurements.saveMeasurement(trx, {
    tenantId,
    residentId: resident.id,
    ...(view.todays ? { id: view.todays.id } : {}),
    date: today(),
    source: 'zelf',
    lifeSatisfaction: input.lifeSatisfaction,
    by: null,
    domains: input.domains.map((d) => ({
      code: d.code,
      resident: d.mark,
      professional: null,
      naaste: null,
      selfSufficiency: null,
      selfSufficiencyOn: null,
    })),
  });
  await measurements.deleteOpenGoalsOf(trx, tenantId, resident.id, id);
  await measurements.insertGoals(trx, tenantId, resident.id, id, input.goals);
}
