import type { Team } from '../../shared/api/outcomes.schema.js';
import { roleMay } from '../../shared/auth/roles.js';
import type { TeamRole } from '../../shared/outcomes/vocabulary.js';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { SETUP_PURPOSE } from './outcome.service.js';
import * as repo from './team.repository.js';

/** Wijkteams and who works in them; professionals see only their own teams. */

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
