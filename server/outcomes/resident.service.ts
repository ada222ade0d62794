import type { NewResident, Resident } from '../../shared/api/outcomes.schema.js';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { hashCode, newCode } from '../public/personal-code.js';
import { MONITOR_PURPOSE } from './outcome.service.js';
import * as repo from './resident.repository.js';
import type { ResidentSummaryRow } from './resident.repository.js';
import { ownTeams } from './team.repository.js';

/** A professional's residents: only those of the professional's own wijkteams (ADR 0010). */

/**
 * The professional's own wijkteams, and the transaction narrowed to them (both walls, ADR 0010).
 * Everything a professional reads or writes about residents starts here.
 */
export async function ownScope(trx: Trx, actor: Actor) {
  await repo.narrowToOwnTeams(trx);
  const teams = await ownTeams(trx, actor.tenantId, actor.accountId);
  return {
    teamIds: teams.map((t) => t.wijkteam_id),
    roleIn: (teamId: string) => teams.find((t) => t.wijkteam_id === teamId)?.role,
  };
}

export function presentResident(row: ResidentSummaryRow): Resident {
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
export async function ownResident(trx: Trx, actor: Actor, id: string) {
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
  return presentResident(row as ResidentSummaryRow);
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
  return presentResident((await repo.findResident(trx, actor.tenantId, id)) as ResidentSummaryRow);
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
