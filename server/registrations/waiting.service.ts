import type { WaitingRequest } from '../../shared/api/registrations.schema.js';
import { todayInAmsterdam } from '../../shared/registrations/iso-week.js';
import { percentile } from '../../shared/registrations/pressure.js';
import { waitingDays } from '../../shared/registrations/waiting.js';
import type { RequestStatus } from '../../shared/registrations/vocabulary.js';
import type { Actor } from '../auth/actor.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { codesOf, locationByCode } from './catalogue.service.js';
import { listLocations } from './catalogue.repository.js';
import {
  findWaitingRequest,
  insertWaitingRequest,
  listWaitingRequests,
  updateWaitingRequest,
} from './waiting.repository.js';
import type { WaitingRequestRow } from './registration.table.js';

function present(row: WaitingRequestRow, code: string, today: string): WaitingRequest {
  return {
    id: row.id,
    locatie: code,
    aanvraagdatum: row.requested_on,
    taak: row.task,
    status: row.status,
    startdatum: row.started_on,
    vervallenOp: row.lapsed_on,
    wachttijdDagen: waitingDays(
      { requestedOn: row.requested_on, startedOn: row.started_on, lapsedOn: row.lapsed_on },
      today,
    ),
  };
}

export async function waitingList(
  trx: Trx,
  actor: Actor,
  filter: { locatie?: string | undefined; status?: RequestStatus | undefined },
) {
  const today = todayInAmsterdam();
  const locations = await listLocations(trx, actor.tenantId);
  const only = filter.locatie ? [locationByCode(locations, filter.locatie).id] : undefined;
  const rows = await listWaitingRequests(trx, actor.tenantId, {
    ...(only ? { locationIds: only } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  });
  const codeOf = new Map(locations.map((l) => [l.id, l.code]));
  const aanvragen = rows.map((r) => present(r, codeOf.get(r.location_id) ?? '', today));
  const byLocation = new Map<string, number[]>();
  for (const a of aanvragen) {
    if (a.status !== 'wachtend' || a.wachttijdDagen === null) continue;
    const list = byLocation.get(a.locatie) ?? [];
    list.push(a.wachttijdDagen);
    byLocation.set(a.locatie, list);
  }
  const samenvatting = [...byLocation.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locatie, days]) => ({
      locatie,
      wachtend: days.length,
      mediaanDagen: percentile(days, 0.5),
      p90Dagen: percentile(days, 0.9),
    }));
  return { aanvragen, samenvatting };
}

export async function addWaitingRequest(
  trx: Trx,
  actor: Actor,
  input: { locatie: string; aanvraagdatum?: string | undefined; taak: string },
): Promise<WaitingRequest> {
  const today = todayInAmsterdam();
  const requestedOn = input.aanvraagdatum ?? today;
  if (requestedOn > today) {
    throw problems.invalidField('aanvraagdatum', 'Een aanvraag kan niet in de toekomst liggen.');
  }
  const locations = await listLocations(trx, actor.tenantId);
  const location = locationByCode(locations, input.locatie);
  const task = (await codesOf(trx, actor.tenantId)).find(
    (c) => c.soort === 'taak' && c.code === input.taak,
  );
  if (!task) throw problems.invalidField('taak', `De taak ${input.taak} bestaat niet.`);
  if (!task.actief) {
    throw problems.invalidField('taak', `De taak ${input.taak} wordt niet meer gebruikt.`);
  }
  const row = await insertWaitingRequest(trx, {
    tenant_id: actor.tenantId,
    location_id: location.id,
    requested_on: requestedOn,
    task: input.taak,
    created_by: actor.accountId,
  });
  return present(row, location.code, today);
}

export async function changeWaitingRequest(
  trx: Trx,
  actor: Actor,
  id: string,
  patch: {
    status: RequestStatus;
    startdatum?: string | undefined;
    vervallenOp?: string | undefined;
  },
): Promise<WaitingRequest> {
  const today = todayInAmsterdam();
  const row = await findWaitingRequest(trx, actor.tenantId, id);
  if (!row) throw problems.notFound('Deze aanvraag bestaat niet.');
  let started: string | null = null;
  let lapsed: string | null = null;
  if (patch.status === 'gestart') {
    if (!patch.startdatum) {
      throw problems.invalidField('startdatum', 'Vul de datum in waarop de hulp is gestart.');
    }
    started = patch.startdatum;
  }
  if (patch.status === 'vervallen') lapsed = patch.vervallenOp ?? today;
  for (const [field, day] of [
    ['startdatum', started],
    ['vervallenOp', lapsed],
  ] as const) {
    if (day === null) continue;
    if (day < row.requested_on) {
      throw problems.invalidField(field, 'Deze datum ligt vóór de aanvraagdatum.');
    }
    if (day > today) throw problems.invalidField(field, 'Deze datum ligt in de toekomst.');
  }
  const updated = await updateWaitingRequest(trx, actor.tenantId, id, {
    status: patch.status,
    started_on: started,
    lapsed_on: lapsed,
  });
  const locations = await listLocations(trx, actor.tenantId);
  return present(updated, locations.find((l) => l.id === updated.location_id)?.code ?? '', today);
}
