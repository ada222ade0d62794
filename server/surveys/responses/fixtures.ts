import { inTenant, type DatabaseHandle } from '../../db/database.js';
import { linkTenants } from '../../tenants/tenant.repository.js';
import type { TenantRow } from '../../tenants/tenant.table.js';
import {
  createTenant,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../../testing/test-app.js';
import { hashCode } from '../../public/personal-code.js';

/**
 * Test world for fieldwork: a bureau running a CEO Wmo round for Assen and Emmen, in fieldwork,
 * with invitations made directly in the table (as the invitations module will make them:
 * SHA-256 of the normalised code).
 */
export interface FieldworkWorld {
  bureau: TenantRow;
  assen: TenantRow;
  emmen: TenantRow;
  surveyId: string;
  onderzoeker: Client;
  collega: Client;
  otherBureau: Client;
}

export async function fieldworkWorld(t: TestApp, prefix: string): Promise<FieldworkWorld> {
  const bureau = await createTenant(t.database, 'bureau', `Bureau ${prefix}`);
  const assen = await gemeente(t.database, 'GM0106');
  const emmen = await gemeente(t.database, 'GM0114');
  await linkTenants(t.database.db, bureau.id, [assen.id, emmen.id], 'werkt_voor');
  const other = await createTenant(t.database, 'bureau', `Ander bureau ${prefix}`);
  await createUser(t.database, `${prefix}.a@test.nl`, [{ tenant: bureau, role: 'onderzoeker' }]);
  await createUser(t.database, `${prefix}.b@test.nl`, [{ tenant: bureau, role: 'onderzoeker' }]);
  await createUser(t.database, `${prefix}.z@test.nl`, [{ tenant: other, role: 'onderzoeker' }]);
  const onderzoeker = await login(t.app, `${prefix}.a@test.nl`);
  const collega = await login(t.app, `${prefix}.b@test.nl`);
  const otherBureau = await login(t.app, `${prefix}.z@test.nl`);
  const created = await onderzoeker.post('/api/v1/enquetes', {
    naam: `CEO Wmo 2026 ${prefix}`,
    jaar: 2026,
    sjabloon: 'ceo-wmo',
    gemeenten: ['GM0106', 'GM0114'],
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const surveyId = created.json<{ id: string }>().id;
  await onderzoeker.patch(`/api/v1/enquetes/${surveyId}`, { status: 'veldwerk' });
  return { bureau, assen, emmen, surveyId, onderzoeker, collega, otherBureau };
}

export interface TestInvitation {
  id: string;
  clientId: string;
  code: string;
}

/** One client and invitation per code, in the given gemeente. */
export async function invite(
  database: DatabaseHandle,
  world: FieldworkWorld,
  gemeenteRow: TenantRow,
  codes: string[],
  options: { invitedDaysAgo?: number; remindedDaysAgo?: number; productCategory?: string } = {},
): Promise<TestInvitation[]> {
  const tenantId = world.bureau.id;
  return inTenant(database.db, { tenantId, accountId: null }, async (trx) => {
    const made: TestInvitation[] = [];
    for (const code of codes) {
      const client = await trx
        .insertInto('clients')
        .values({
          tenant_id: tenantId,
          survey_id: world.surveyId,
          gemeente_id: gemeenteRow.id,
          client_number: `K-${code}`,
          name: 'Synthetische Cliënt',
          product_category: options.productCategory ?? null,
          import_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const daysAgo = (days: number | undefined) =>
        days === undefined ? null : new Date(Date.now() - days * 86_400_000);
      const invitation = await trx
        .insertInto('invitations')
        .values({
          tenant_id: tenantId,
          survey_id: world.surveyId,
          client_id: client.id,
          gemeente_id: gemeenteRow.id,
          code_hash: hashCode(code),
          code,
          invited_at: daysAgo(options.invitedDaysAgo) ?? new Date(),
          reminded_at: daysAgo(options.remindedDaysAgo),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      made.push({ id: invitation.id, clientId: client.id, code });
    }
    return made;
  });
}
