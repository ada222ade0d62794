import type {
  Consent,
  Domain,
  DomainList,
  Goal,
  Measurement,
  MeasurementInput,
  Monitor,
  NewLocalDomain,
  NewResident,
  OutcomeReport,
  Resident,
  Team,
} from '../../shared/api/outcomes.schema.js';
import { roleMay } from '../../shared/auth/roles.js';
import {
  DEFAULT_DOMAIN_SETS,
  defaultDomain,
  localDomainCode,
  sourceOf,
} from '../../shared/outcomes/domains.js';
import {
  aggregate,
  daysBetween,
  domainChanges,
  type MeasurementInputRow,
  type ResidentHistory,
} from '../../shared/outcomes/indicators.js';
import {
  NOT_DISCUSSED_LABEL,
  SAME_BAND,
  SELF_SUFFICIENCY_LABELS,
  SELF_SUFFICIENCY_VALID_DAYS,
  type DomainSet,
  type GoalStatus,
  type TeamRole,
} from '../../shared/outcomes/vocabulary.js';
import type { Actor } from '../auth/actor.js';
import { audit, type Who } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems, type InvalidParam } from '../http/problem.js';
import { hashCode, newCode } from '../public/personal-code.js';
import { findTenant } from '../tenants/tenant.repository.js';
import * as repo from './outcome.repository.js';
import type {
  MonitorConsentRow,
  MonitorGoalRow,
  MonitorMeasurementDomainRow,
  MonitorMeasurementRow,
} from './outcome.table.js';

/** Why the monitor's personal data is processed (doelbinding), as the audit log names it. */
export const MONITOR_PURPOSE = 'Ondersteuning van de bewoner (leefgebieden-monitor)';
const SETUP_PURPOSE = 'Beheer van de organisatie';
const FIGURES_PURPOSE = 'Beleidsinformatie (geaggregeerd)';

/** Today's date in the Netherlands, `yyyy-mm-dd`. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

// --- Domains ----------------------------------------------------------------------------------

export interface Catalogue {
  set: DomainSet;
  /** The active set, then local domains (also inactive). */
  domains: Domain[];
  /** Codes that may be chosen in a new measurement. */
  selectable: Set<string>;
  /** Names of every code this gemeente may have used (both default sets and all local ones). */
  nameOf(code: string): { naam: string; bewonersnaam: string };
}

export async function catalogueOf(trx: Trx, tenantId: string): Promise<Catalogue> {
  const [set, locals] = await Promise.all([
    repo.findDomainSet(trx, tenantId),
    repo.listLocalDomains(trx, tenantId),
  ]);
  const domains: Domain[] = [
    ...DEFAULT_DOMAIN_SETS[set].map((d) => ({
      code: d.code,
      naam: d.name,
      bewonersnaam: d.residentName,
      bron: set,
      actief: true,
    })),
    ...locals.map((l) => ({
      code: l.code,
      naam: l.name,
      bewonersnaam: l.resident_name,
      bron: 'lokaal' as const,
      actief: l.active,
    })),
  ];
  const local = new Map(locals.map((l) => [l.code, l]));
  return {
    set,
    domains,
    selectable: new Set(domains.filter((d) => d.actief).map((d) => d.code)),
    nameOf(code) {
      const known = defaultDomain(code);
      if (known) return { naam: known.name, bewonersnaam: known.residentName };
      const own = local.get(code);
      return own
        ? { naam: own.name, bewonersnaam: own.resident_name }
        : { naam: code, bewonersnaam: code };
    },
  };
}

export async function readDomains(trx: Trx, tenantId: string): Promise<DomainList> {
  const catalogue = await catalogueOf(trx, tenantId);
  return { set: catalogue.set, leefgebieden: catalogue.domains };
}

export async function chooseDomainSet(trx: Trx, actor: Actor, set: DomainSet): Promise<DomainList> {
  await repo.saveDomainSet(trx, actor.tenantId, set, actor.accountId);
  await audit(trx, actor, {
    action: 'leefgebieden.gewijzigd',
    purpose: SETUP_PURPOSE,
    details: { set },
  });
  return readDomains(trx, actor.tenantId);
}

export async function addLocalDomain(
  trx: Trx,
  actor: Actor,
  body: NewLocalDomain,
): Promise<Domain> {
  const code = localDomainCode(body.naam);
  const residentName = body.bewonersnaam ?? body.naam;
  const inserted = await repo.insertLocalDomain(trx, {
    tenantId: actor.tenantId,
    code,
    name: body.naam,
    residentName,
    by: actor.accountId,
  });
  if (!inserted) throw problems.conflict(`Er is al een eigen leefgebied met de code ${code}.`);
  await audit(trx, actor, {
    action: 'leefgebieden.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'leefgebied',
    objectId: code,
  });
  return { code, naam: body.naam, bewonersnaam: residentName, bron: 'lokaal', actief: true };
}

export async function changeLocalDomain(
  trx: Trx,
  actor: Actor,
  code: string,
  patch: { bewonersnaam?: string | undefined; actief?: boolean | undefined },
): Promise<Domain> {
  if (sourceOf(code) !== 'lokaal') {
    throw problems.invalidField(
      'code',
      'Een standaard leefgebied verandert niet: zo blijven de cijfers van gemeenten vergelijkbaar. Voeg een eigen leefgebied toe.',
    );
  }
  const row = await repo.updateLocalDomain(trx, actor.tenantId, code, {
    ...(patch.bewonersnaam !== undefined ? { resident_name: patch.bewonersnaam } : {}),
    ...(patch.actief !== undefined ? { active: patch.actief } : {}),
  });
  if (!row) throw problems.notFound('Dit leefgebied bestaat niet.');
  await audit(trx, actor, {
    action: 'leefgebieden.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'leefgebied',
    objectId: code,
  });
  return {
    code: row.code,
    naam: row.name,
    bewonersnaam: row.resident_name,
    bron: 'lokaal',
    actief: row.active,
  };
}

// --- Wijkteams --------------------------------------------------------------------------------

export async function readTeams(trx: Trx, actor: Actor): Promise<Team[]> {
  const [teams, own] = await Promise.all([
    repo.listTeams(trx, actor.tenantId),
    repo.ownTeams(trx, actor.tenantId, actor.accountId),
  ]);
  const ownRole = new Map(own.map((o) => [o.wijkteam_id, o.role]));
  const showMembers = roleMay(actor.role, 'gebruikers.beheren');
  const members = showMembers ? await repo.listMembers(trx, actor.tenantId) : [];
  const visible = actor.role === 'professional' ? teams.filter((t) => ownRole.has(t.id)) : teams;
  return visible.map((t) => ({
    id: t.id,
    naam: t.name,
    bewoners: t.residents ?? 0,
    leden: showMembers
      ? members
          .filter((m) => m.wijkteam_id === t.id)
          .map((m) => ({ accountId: m.account_id, naam: m.name, rol: m.role }))
      : null,
    eigenRol: ownRole.get(t.id) ?? null,
  }));
}

async function teamOrThrow(trx: Trx, actor: Actor, id: string): Promise<Team> {
  const team = (await readTeams(trx, actor)).find((t) => t.id === id);
  if (!team) throw problems.notFound('Dit wijkteam bestaat niet.');
  return team;
}

export async function createTeam(trx: Trx, actor: Actor, name: string): Promise<Team> {
  if (await repo.teamNameTaken(trx, actor.tenantId, name)) {
    throw problems.conflict(`Er is al een wijkteam met de naam ${name}.`);
  }
  const row = await repo.insertTeam(trx, actor.tenantId, name);
  if (!row) throw problems.conflict(`Er is al een wijkteam met de naam ${name}.`);
  await audit(trx, actor, {
    action: 'wijkteam.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'wijkteam',
    objectId: row.id,
    details: { naam: name },
  });
  return teamOrThrow(trx, actor, row.id);
}

export async function renameTeamOf(
  trx: Trx,
  actor: Actor,
  id: string,
  name: string,
): Promise<Team> {
  if (await repo.teamNameTaken(trx, actor.tenantId, name, id)) {
    throw problems.conflict(`Er is al een wijkteam met de naam ${name}.`);
  }
  const row = await repo.renameTeam(trx, actor.tenantId, id, name);
  if (!row) throw problems.notFound('Dit wijkteam bestaat niet.');
  await audit(trx, actor, {
    action: 'wijkteam.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'wijkteam',
    objectId: id,
    details: { naam: name },
  });
  return teamOrThrow(trx, actor, id);
}

export async function putMember(
  trx: Trx,
  actor: Actor,
  teamId: string,
  accountId: string,
  role: TeamRole,
): Promise<Team> {
  if (!(await repo.findTeam(trx, actor.tenantId, teamId))) {
    throw problems.notFound('Dit wijkteam bestaat niet.');
  }
  const memberRole = await repo.activeRoleOf(trx, actor.tenantId, accountId);
  if (!memberRole) throw problems.notFound('Deze gebruiker werkt niet (meer) voor uw organisatie.');
  if (memberRole !== 'professional') {
    throw problems.invalidField(
      'accountId',
      'Alleen professionals kunnen lid zijn van een wijkteam: zij werken met bewoners.',
    );
  }
  await repo.saveMember(trx, { tenantId: actor.tenantId, teamId, accountId, role });
  await audit(trx, actor, {
    action: 'wijkteam.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'wijkteam',
    objectId: teamId,
    details: { lid: accountId, rol: role },
  });
  return teamOrThrow(trx, actor, teamId);
}

export async function removeMember(trx: Trx, actor: Actor, teamId: string, accountId: string) {
  if (!(await repo.deleteMember(trx, actor.tenantId, teamId, accountId))) {
    throw problems.notFound('Deze gebruiker is geen lid van dit wijkteam.');
  }
  await audit(trx, actor, {
    action: 'wijkteam.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'wijkteam',
    objectId: teamId,
    details: { verwijderd: accountId },
  });
}

// --- A professional's residents ---------------------------------------------------------------

/**
 * The professional's own wijkteams, and the transaction narrowed to them (both walls, ADR 0010).
 * Everything a professional reads or writes about residents starts here.
 */
export async function ownScope(trx: Trx, actor: Actor) {
  await repo.narrowToOwnTeams(trx);
  const teams = await repo.ownTeams(trx, actor.tenantId, actor.accountId);
  return {
    teamIds: teams.map((t) => t.wijkteam_id),
    roleIn: (teamId: string) => teams.find((t) => t.wijkteam_id === teamId)?.role,
  };
}

function presentResident(row: repo.ResidentSummaryRow): Resident {
  return {
    id: row.id,
    referentie: row.reference,
    wijkteam: { id: row.wijkteam_id, naam: row.team_name },
    geboortejaar: row.birth_year,
    metingen: row.measurements ?? 0,
    laatsteMeting: row.last_measured_on,
    heeftCode: row.code_hash !== null,
  };
}

export async function listOwnResidents(trx: Trx, actor: Actor, team?: string): Promise<Resident[]> {
  const scope = await ownScope(trx, actor);
  const teamIds = team ? scope.teamIds.filter((id) => id === team) : scope.teamIds;
  if (team && teamIds.length === 0)
    throw problems.notFound('Dit wijkteam bestaat niet, of u bent er geen lid van.');
  const rows = await repo.listResidents(trx, actor.tenantId, teamIds);
  await audit(trx, actor, {
    action: 'bewoners.gelezen',
    purpose: MONITOR_PURPOSE,
    details: { aantal: rows.length, ...(team ? { wijkteam: team } : {}) },
  });
  return rows.map(presentResident);
}

/** A resident of one of the professional's teams, or 404 (never 403: existence is not told). */
async function ownResident(trx: Trx, actor: Actor, id: string) {
  const scope = await ownScope(trx, actor);
  const row = await repo.findResident(trx, actor.tenantId, id);
  if (!row || !scope.teamIds.includes(row.wijkteam_id)) {
    throw problems.notFound('Deze bewoner bestaat niet, of hoort niet bij uw wijkteam.');
  }
  return { row, scope };
}

export async function createResident(trx: Trx, actor: Actor, body: NewResident): Promise<Resident> {
  const scope = await ownScope(trx, actor);
  if (!scope.teamIds.includes(body.wijkteamId)) {
    throw problems.invalidField('wijkteamId', 'Kies een wijkteam waar u lid van bent.');
  }
  if (await repo.referenceTaken(trx, actor.tenantId, body.referentie)) {
    throw problems.conflict(`Er is al een bewoner met de referentie ${body.referentie}.`);
  }
  const inserted = await repo.insertResident(trx, {
    tenantId: actor.tenantId,
    teamId: body.wijkteamId,
    reference: body.referentie,
    birthYear: body.geboortejaar ?? null,
    by: actor.accountId,
  });
  if (!inserted) {
    throw problems.conflict(`Er is al een bewoner met de referentie ${body.referentie}.`);
  }
  const { id } = inserted;
  await audit(trx, actor, {
    action: 'bewoner.aangemaakt',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: body.referentie,
  });
  const row = await repo.findResident(trx, actor.tenantId, id);
  return presentResident(row as repo.ResidentSummaryRow);
}

export async function changeResident(
  trx: Trx,
  actor: Actor,
  id: string,
  patch: { wijkteamId?: string | undefined; geboortejaar?: number | null | undefined },
): Promise<Resident> {
  const { row, scope } = await ownResident(trx, actor, id);
  if (patch.wijkteamId !== undefined && !scope.teamIds.includes(patch.wijkteamId)) {
    throw problems.invalidField('wijkteamId', 'Kies een wijkteam waar u lid van bent.');
  }
  await repo.updateResident(trx, actor.tenantId, id, {
    ...(patch.wijkteamId !== undefined ? { wijkteam_id: patch.wijkteamId } : {}),
    ...(patch.geboortejaar !== undefined ? { birth_year: patch.geboortejaar } : {}),
  });
  await audit(trx, actor, {
    action: 'bewoner.gewijzigd',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
  });
  return presentResident(
    (await repo.findResident(trx, actor.tenantId, id)) as repo.ResidentSummaryRow,
  );
}

/** Removes the resident with everything measured (cascading keys); the audit keeps the reference. */
export async function removeResident(trx: Trx, actor: Actor, id: string): Promise<void> {
  const { row } = await ownResident(trx, actor, id);
  await repo.deleteResident(trx, actor.tenantId, id);
  await audit(trx, actor, {
    action: 'bewoner.verwijderd',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
  });
}

export async function newResidentCode(trx: Trx, actor: Actor, id: string) {
  const { row } = await ownResident(trx, actor, id);
  const code = newCode();
  await repo.updateResident(trx, actor.tenantId, id, { code_hash: hashCode(code) });
  await audit(trx, actor, {
    action: 'monitor.code.gemaakt',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
  });
  return { code, link: `/monitor?code=${code}` };
}

// --- Consent ----------------------------------------------------------------------------------

function presentConsent(row: MonitorConsentRow): Consent {
  return {
    id: row.id,
    naaste: row.naaste,
    vastgelegdDoor: row.recorded_by_name,
    vastgelegdOp: row.recorded_at.toISOString(),
    ingetrokkenOp: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
  };
}

export async function addConsent(
  trx: Trx,
  actor: Actor,
  id: string,
  naaste: string,
): Promise<Consent> {
  const { row } = await ownResident(trx, actor, id);
  const consent = await repo.insertConsent(trx, {
    tenantId: actor.tenantId,
    residentId: id,
    naaste,
    by: actor.accountId,
    byName: actor.name,
  });
  await audit(trx, actor, {
    action: 'monitor.toestemming.vastgelegd',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
  });
  return presentConsent(consent);
}

export async function withdrawConsentOf(trx: Trx, actor: Actor, id: string, consentId: string) {
  const { row } = await ownResident(trx, actor, id);
  if (!(await repo.withdrawConsent(trx, actor.tenantId, id, consentId))) {
    throw problems.notFound('Deze toestemming bestaat niet, of is al ingetrokken.');
  }
  await audit(trx, actor, {
    action: 'monitor.toestemming.ingetrokken',
    purpose: MONITOR_PURPOSE,
    objectType: 'bewoner',
    objectId: row.reference,
  });
}

// --- Measurements -----------------------------------------------------------------------------

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

function historyInput(
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

async function monitorOf(
  trx: Trx,
  tenantId: string,
  row: repo.ResidentSummaryRow,
): Promise<Monitor> {
  const [catalogue, data, consents] = await Promise.all([
    catalogueOf(trx, tenantId),
    repo.loadMonitorData(trx, tenantId, { residentIds: [row.id] }),
    repo.listConsents(trx, tenantId, row.id),
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
    repo.listConsents(trx, actor.tenantId, residentId),
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

// --- Aggregates -------------------------------------------------------------------------------

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
    repo.listTeams(trx, tenantId),
    teamIds?.length === 0 ? Promise.resolve([]) : repo.listResidentTeams(trx, tenantId, teamIds),
    repo.loadMonitorData(trx, tenantId, teamIds ? { teamIds } : {}),
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
