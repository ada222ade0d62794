import type {
  Goal,
  Measurement,
  MeasurementInput,
  Monitor,
} from '../../shared/api/outcomes.schema.js';
import {
  daysBetween,
  domainChanges,
  type MeasurementInputRow,
} from '../../shared/outcomes/indicators.js';
import {
  NOT_DISCUSSED_LABEL,
  SELF_SUFFICIENCY_LABELS,
  SELF_SUFFICIENCY_VALID_DAYS,
  type GoalStatus,
} from '../../shared/outcomes/vocabulary.js';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems, type InvalidParam } from '../http/problem.js';
import { listConsents } from './consent.repository.js';
import { presentConsent } from './consent.service.js';
import { catalogueOf, type Catalogue } from './domain.service.js';
import * as repo from './measurement.repository.js';
import { MONITOR_PURPOSE, today } from './outcome.service.js';
import type {
  MonitorGoalRow,
  MonitorMeasurementDomainRow,
  MonitorMeasurementRow,
} from './outcome.table.js';
import type { ResidentSummaryRow } from './resident.repository.js';
import { ownResident, presentResident } from './resident.service.js';

/** A resident's monitor: conversations with marks per domain, goals, and the change over time. */

function presentMeasurement(
  m: MonitorMeasurementRow,
  domains: MonitorMeasurementDomainRow[],
  catalogue: Catalogue,
  now: string,
): Measurement {
  return {
    id: m.id,
    datum: m.measured_on,
    bron: m.source,
    levenstevredenheid: m.life_satisfaction,
    leefgebieden: domains
      .filter((d) => d.measurement_id === m.id)
      .sort((a, b) => a.position - b.position)
      .map((d) => ({
        code: d.domain_code,
        ...catalogue.nameOf(d.domain_code),
        volgorde: d.position,
        bewoner: d.resident_mark,
        professional: d.professional_mark,
        naaste: d.naaste_mark,
        zelfredzaamheid: d.self_sufficiency_on
          ? {
              score: d.self_sufficiency,
              label:
                d.self_sufficiency === null
                  ? NOT_DISCUSSED_LABEL
                  : (SELF_SUFFICIENCY_LABELS[d.self_sufficiency] ?? ''),
              datum: d.self_sufficiency_on,
              verouderd: daysBetween(d.self_sufficiency_on, now) > SELF_SUFFICIENCY_VALID_DAYS,
            }
          : null,
      })),
  };
}

function presentGoal(g: MonitorGoalRow, catalogue: Catalogue): Goal {
  return {
    id: g.id,
    leefgebied: g.domain_code,
    leefgebiedNaam: catalogue.nameOf(g.domain_code).naam,
    omschrijving: g.description,
    streefdatum: g.target_date,
    status: g.status,
    afgerondOp: g.closed_on,
    metingId: g.measurement_id,
  };
}

export function historyInput(
  measurements: MonitorMeasurementRow[],
  domains: MonitorMeasurementDomainRow[],
): MeasurementInputRow[] {
  return measurements.map((m) => ({
    date: m.measured_on,
    lifeSatisfaction: m.life_satisfaction,
    domains: domains
      .filter((d) => d.measurement_id === m.id)
      .map((d) => ({
        code: d.domain_code,
        resident: d.resident_mark,
        selfSufficiency: d.self_sufficiency,
        naaste: d.naaste_mark !== null,
      })),
  }));
}

/** The whole monitor of one resident; the read is audited (who, which reference, no marks). */
export async function readMonitor(trx: Trx, actor: Actor, id: string): Promise<Monitor> {
  const { row } = await ownResident(trx, actor, id);
  const monitor = await monitorOf(trx, actor.tenantId, row);
  await audit(trx, actor, {
    action: 'monitor.gelezen',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
  });
  return monitor;
}

async function monitorOf(trx: Trx, tenantId: string, row: ResidentSummaryRow): Promise<Monitor> {
  const [catalogue, data, consents] = await Promise.all([
    catalogueOf(trx, tenantId),
    repo.loadMonitorData(trx, tenantId, { residentIds: [row.id] }),
    listConsents(trx, tenantId, row.id),
  ]);
  const now = today();
  const changes = domainChanges(historyInput(data.measurements, data.domains));
  return {
    bewoner: presentResident(row),
    metingen: data.measurements.map((m) => presentMeasurement(m, data.domains, catalogue, now)),
    doelen: data.goals.map((g) => presentGoal(g, catalogue)),
    doelenBereikt: data.goals.filter((g) => g.status === 'bereikt').length,
    veranderingen: [...changes.values()].map((c) => ({
      code: c.code,
      naam: catalogue.nameOf(c.code).naam,
      verloop: c.marks.map((mark) => ({
        metingId: data.measurements[mark.index]?.id ?? '',
        datum: mark.date,
        bewoner: mark.mark,
      })),
      eerste: c.first,
      laatste: c.last,
      verschil: c.change,
      richting: c.direction,
    })),
    toestemmingen: consents.map(presentConsent),
    naasteToegestaan: consents.some((c) => c.withdrawn_at === null),
  };
}

/** Checks a measurement against the catalogue, the dates and the consent; Dutch reasons. */
function validateMeasurement(
  body: MeasurementInput,
  catalogue: Catalogue,
  context: { consent: boolean; existing: MonitorMeasurementDomainRow[] },
): void {
  const issues: InvalidParam[] = [];
  const now = today();
  if (body.datum > now) {
    issues.push({
      name: 'datum',
      code: 'future',
      reason: 'De datum van de meting ligt niet in de toekomst.',
    });
  }
  const seen = new Set<string>();
  const kept = new Map(context.existing.map((d) => [d.domain_code, d]));
  body.leefgebieden.forEach((d, i) => {
    if (seen.has(d.code)) {
      issues.push({
        name: `leefgebieden.${i}.code`,
        code: 'duplicate',
        reason: 'Elk leefgebied komt één keer voor.',
      });
    }
    seen.add(d.code);
    if (!catalogue.selectable.has(d.code) && !kept.has(d.code)) {
      issues.push({
        name: `leefgebieden.${i}.code`,
        code: 'unknown',
        reason: 'Kies een leefgebied uit de lijst van uw gemeente.',
      });
    }
    const naaste = d.naaste ?? null;
    if (naaste !== null && !context.consent && kept.get(d.code)?.naaste_mark !== naaste) {
      issues.push({
        name: `leefgebieden.${i}.naaste`,
        code: 'consent',
        reason: 'Een naaste zet pas een punt als de toestemming van de bewoner is vastgelegd.',
      });
    }
    const ss = d.zelfredzaamheid;
    if (ss && ss.datum > now) {
      issues.push({
        name: `leefgebieden.${i}.zelfredzaamheid.datum`,
        code: 'future',
        reason: 'De datum van de zelfredzaamheid ligt niet in de toekomst.',
      });
    }
  });
  body.doelen.forEach((g, i) => {
    if (!seen.has(g.leefgebied)) {
      issues.push({
        name: `doelen.${i}.leefgebied`,
        code: 'unknown',
        reason: 'Een doel hoort bij een leefgebied dat in dit gesprek gekozen is.',
      });
    }
  });
  if (issues.length > 0) throw problems.invalid(issues);
}

export async function saveConversation(
  trx: Trx,
  actor: Actor,
  residentId: string,
  body: MeasurementInput,
  measurementId?: string,
): Promise<Measurement> {
  const { row } = await ownResident(trx, actor, residentId);
  const [catalogue, consents] = await Promise.all([
    catalogueOf(trx, actor.tenantId),
    listConsents(trx, actor.tenantId, residentId),
  ]);
  let existing: MonitorMeasurementDomainRow[] = [];
  if (measurementId) {
    const found = await repo.findMeasurement(trx, actor.tenantId, residentId, measurementId);
    if (!found) throw problems.notFound('Deze meting bestaat niet.');
    existing = (
      await repo.loadMonitorData(trx, actor.tenantId, { residentIds: [residentId] })
    ).domains.filter((d) => d.measurement_id === measurementId);
  }
  validateMeasurement(body, catalogue, {
    consent: consents.some((c) => c.withdrawn_at === null),
    existing,
  });
  const id = await repo.saveMeasurement(trx, {
    tenantId: actor.tenantId,
    residentId,
    ...(measurementId ? { id: measurementId } : {}),
    date: body.datum,
    source: 'gesprek',
    lifeSatisfaction: body.levenstevredenheid ?? null,
    by: actor.accountId,
    domains: body.leefgebieden.map((d) => ({
      code: d.code,
      resident: d.bewoner ?? null,
      professional: d.professional ?? null,
      naaste: d.naaste ?? null,
      selfSufficiency: d.zelfredzaamheid?.score ?? null,
      selfSufficiencyOn: d.zelfredzaamheid?.datum ?? null,
    })),
  });
  await repo.insertGoals(
    trx,
    actor.tenantId,
    residentId,
    id,
    body.doelen.map((g) => ({
      domain: g.leefgebied,
      description: g.omschrijving,
      targetDate: g.streefdatum ?? null,
    })),
  );
  await audit(trx, actor, {
    action: 'monitor.meting.opgeslagen',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
    details: { nieuw: measurementId === undefined },
  });
  const data = await repo.loadMonitorData(trx, actor.tenantId, { residentIds: [residentId] });
  const saved = data.measurements.find((m) => m.id === id) as MonitorMeasurementRow;
  return presentMeasurement(saved, data.domains, catalogue, today());
}

export async function changeGoal(
  trx: Trx,
  actor: Actor,
  residentId: string,
  goalId: string,
  patch: {
    status?: GoalStatus | undefined;
    omschrijving?: string | undefined;
    streefdatum?: string | null | undefined;
    afgerondOp?: string | undefined;
  },
): Promise<Goal> {
  const { row } = await ownResident(trx, actor, residentId);
  const goal = await repo.findGoal(trx, actor.tenantId, residentId, goalId);
  if (!goal) throw problems.notFound('Dit doel bestaat niet.');
  const status = patch.status ?? goal.status;
  const closedOn = status === 'open' ? null : (patch.afgerondOp ?? goal.closed_on ?? today());
  if (closedOn && closedOn > today()) {
    throw problems.invalidField('afgerondOp', 'De datum van afronden ligt niet in de toekomst.');
  }
  const updated = await repo.updateGoal(trx, actor.tenantId, goalId, {
    status,
    closed_on: closedOn,
    ...(patch.omschrijving !== undefined ? { description: patch.omschrijving } : {}),
    ...(patch.streefdatum !== undefined ? { target_date: patch.streefdatum } : {}),
  });
  await audit(trx, actor, {
    action: 'monitor.doel.gewijzigd',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
    details: { status },
  });
  return presentGoal(updated, await catalogueOf(trx, actor.tenantId));
}
