import type { Consent } from '../../shared/api/outcomes.schema.js';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import * as repo from './consent.repository.js';
import type { MonitorConsentRow } from './outcome.table.js';
import { MONITOR_PURPOSE } from './outcome.service.js';
import { ownResident } from './resident.service.js';

/** A resident's permission for a naaste to give marks, recorded and withdrawn by a professional. */

export function presentConsent(row: MonitorConsentRow): Consent {
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
