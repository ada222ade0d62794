import type { OutcomeReport } from '../../shared/api/outcomes.schema.js';
import { aggregate, type ResidentHistory } from '../../shared/outcomes/indicators.js';
import { SAME_BAND } from '../../shared/outcomes/vocabulary.js';
import type { Actor } from '../auth/actor.js';
import { audit, type Who } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { findTenant } from '../tenants/tenant.repository.js';
import { catalogueOf } from './domain.service.js';
import { loadMonitorData } from './measurement.repository.js';
import { historyInput } from './measurement.service.js';
import { FIGURES_PURPOSE } from './outcome.service.js';
import type { MonitorMeasurementDomainRow, MonitorMeasurementRow } from './outcome.table.js';
import { listResidentTeams } from './resident.repository.js';
import { ownScope } from './resident.service.js';
import { listTeams } from './team.repository.js';

/** Outcome figures (small numbers suppressed) for policy staff, team leads and the CLI export. */

/**
 * Outcome figures for a gemeente (or only some of its wijkteams). Runs for a policy role, a
 * team lead (one team) or the CLI; reads only aggregates out of the transaction.
 */
export async function outcomeReport(
  trx: Trx,
  tenantId: string,
  options: { teamIds?: string[] } = {},
): Promise<OutcomeReport> {
  const tenant = await findTenant(trx, tenantId);
  if (!tenant) throw problems.notFound();
  const threshold = tenant.small_cell_threshold;
  const teamIds = options.teamIds;
  const [catalogue, teams, residents, data] = await Promise.all([
    catalogueOf(trx, tenantId),
    listTeams(trx, tenantId),
    teamIds?.length === 0 ? Promise.resolve([]) : listResidentTeams(trx, tenantId, teamIds),
    loadMonitorData(trx, tenantId, teamIds ? { teamIds } : {}),
  ]);
  const histories = new Map<string, { team: string; history: ResidentHistory }>();
  const measurementsOf = new Map<string, MonitorMeasurementRow[]>();
  for (const m of data.measurements) {
    const list = measurementsOf.get(m.resident_id) ?? [];
    list.push(m);
    measurementsOf.set(m.resident_id, list);
  }
  const domainsOf = new Map<string, MonitorMeasurementDomainRow[]>();
  for (const d of data.domains) {
    const list = domainsOf.get(d.resident_id) ?? [];
    list.push(d);
    domainsOf.set(d.resident_id, list);
  }
  for (const r of residents) {
    histories.set(r.id, {
      team: r.wijkteam_id,
      history: {
        measurements: historyInput(measurementsOf.get(r.id) ?? [], domainsOf.get(r.id) ?? []),
        goals: [],
      },
    });
  }
  for (const g of data.goals)
    histories.get(g.resident_id)?.history.goals.push({ status: g.status });

  const used = new Set(data.domains.map((d) => d.domain_code));
  const codes = [
    ...catalogue.domains.filter((d) => d.actief || used.has(d.code)).map((d) => d.code),
    ...[...used].filter((c) => !catalogue.domains.some((d) => d.code === c)).sort(),
  ];
  const named = <T extends { code: string }>(rows: T[]) =>
    rows.map((r) => ({ ...r, naam: catalogue.nameOf(r.code).naam }));
  const block = (list: ResidentHistory[]) => {
    const result = aggregate(list, codes, threshold);
    return { ...result, leefgebieden: named(result.leefgebieden) };
  };
  const all = [...histories.values()];
  return {
    gemeente: { cbsCode: tenant.cbs_code, naam: tenant.name },
    drempel: threshold,
    gelijkMarge: SAME_BAND,
    totaal: block(all.map((h) => h.history)),
    wijkteams: teams
      .filter((t) => !teamIds || teamIds.includes(t.id))
      .map((t) => ({
        id: t.id,
        naam: t.name,
        ...block(all.filter((h) => h.team === t.id).map((h) => h.history)),
      })),
  };
}

/** The aggregate for a team lead: only a team the professional leads. */
export async function teamLeadReport(
  trx: Trx,
  actor: Actor,
  teamId: string,
): Promise<OutcomeReport> {
  const scope = await ownScope(trx, actor);
  const role = scope.roleIn(teamId);
  if (!role) throw problems.notFound('Dit wijkteam bestaat niet, of u bent er geen lid van.');
  if (role !== 'teamleider') {
    throw problems.forbidden('Alleen de teamleider van dit wijkteam ziet de cijfers van het team.');
  }
  return outcomeReport(trx, actor.tenantId, { teamIds: [teamId] });
}

export const EXPORT_COLUMNS = [
  'wijkteam',
  'domein',
  'n',
  'verbeterd',
  'gelijk',
  'verslechterd',
  'pct_verbeterd',
  'onderdrukt',
] as const;

/** One row per wijkteam × domain; suppressed figures are empty, with `onderdrukt` ja. */
export function exportRows(report: OutcomeReport): (string | number | null)[][] {
  return report.wijkteams.flatMap((team) =>
    team.leefgebieden.map((d) => [
      team.naam,
      d.naam,
      d.n,
      d.verbeterd,
      d.gelijk,
      d.verslechterd,
      d.pctVerbeterd === null ? null : d.pctVerbeterd.toFixed(1),
      d.onderdrukt ? 'ja' : 'nee',
    ]),
  );
}

export async function auditExport(trx: Trx, who: Who, rows: number): Promise<void> {
  await audit(trx, who, {
    action: 'uitkomsten.geexporteerd',
    purpose: FIGURES_PURPOSE,
    details: { regels: rows },
  });
}
