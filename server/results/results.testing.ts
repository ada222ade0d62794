import { inTenant, type DatabaseHandle } from '../db/database.js';
import { linkTenants } from '../tenants/tenant.repository.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import {
  createTenant,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../testing/test-app.js';

/**
 * A hand-made world for results tests: a bureau with a 2026 round for Assen, Emmen, Tynaarlo and
 * Aa en Hunze, responses with answers chosen so that every figure can be worked out by hand.
 */

export interface HandResponse {
  channel?: 'online' | 'papier' | 'telefoon';
  productCategory?: string | null;
  answers: Record<string, string[]>;
}

/** `n` copies of a response. */
export function times(n: number, response: HandResponse): HandResponse[] {
  return Array.from({ length: n }, () => response);
}

export async function insertHandResponses(
  database: DatabaseHandle,
  tenantId: string,
  surveyId: string,
  gemeenteId: string,
  responses: HandResponse[],
): Promise<void> {
  if (responses.length === 0) return;
  await inTenant(database.db, { tenantId, accountId: null }, (trx) =>
    trx
      .insertInto('responses')
      .values(
        responses.map((r) => ({
          tenant_id: tenantId,
          survey_id: surveyId,
          gemeente_id: gemeenteId,
          questionnaire_version: 1,
          channel: r.channel ?? 'papier',
          answers: JSON.stringify(r.answers),
          submitted_on: '2026-03-10',
          product_category: r.productCategory ?? null,
        })),
      )
      .execute(),
  );
}

/** Clients of a round (for weighting: birth year and sex only). */
export async function insertHandClients(
  database: DatabaseHandle,
  tenantId: string,
  surveyId: string,
  gemeenteId: string,
  clients: { birthYear: number | null; sex: 'm' | 'v' | 'x' | null }[],
  prefix: string,
): Promise<void> {
  await inTenant(database.db, { tenantId, accountId: null }, (trx) =>
    trx
      .insertInto('clients')
      .values(
        clients.map((c, i) => ({
          tenant_id: tenantId,
          survey_id: surveyId,
          gemeente_id: gemeenteId,
          client_number: `${prefix}-${i}`,
          birth_year: c.birthYear,
          sex: c.sex,
          import_id: null,
        })),
      )
      .execute(),
  );
}

export interface ResultsWorld {
  bureau: TenantRow;
  otherBureau: TenantRow;
  assen: TenantRow;
  emmen: TenantRow;
  tynaarlo: TenantRow;
  aaEnHunze: TenantRow;
  groningen: TenantRow;
  surveyId: string;
  onderzoeker: Client;
  /** Beleidsmedewerker of the gemeente Assen (takes part in the round). */
  assenBeleid: Client;
  /** Beheerder of Assen: may run research, but does not own the round. */
  assenBeheerder: Client;
  /** Beleidsmedewerker of Groningen (not in the round). */
  groningenBeleid: Client;
  /** Onderzoeker of another bureau. */
  otherOnderzoeker: Client;
}

export async function resultsWorld(t: TestApp, prefix: string): Promise<ResultsWorld> {
  const bureau = await createTenant(t.database, 'bureau', `Bureau ${prefix}`);
  const otherBureau = await createTenant(t.database, 'bureau', `Ander bureau ${prefix}`);
  const assen = await gemeente(t.database, 'GM0106');
  const emmen = await gemeente(t.database, 'GM0114');
  const tynaarlo = await gemeente(t.database, 'GM1730');
  const aaEnHunze = await gemeente(t.database, 'GM1680');
  const groningen = await gemeente(t.database, 'GM0014');
  const ids = [assen.id, emmen.id, tynaarlo.id, aaEnHunze.id];
  await linkTenants(t.database.db, bureau.id, ids, 'werkt_voor');
  await linkTenants(t.database.db, otherBureau.id, ids, 'werkt_voor');
  await createUser(t.database, `${prefix}.o@test.nl`, [{ tenant: bureau, role: 'onderzoeker' }]);
  await createUser(t.database, `${prefix}.assen@test.nl`, [
    { tenant: assen, role: 'beleidsmedewerker' },
  ]);
  await createUser(t.database, `${prefix}.assenbeheer@test.nl`, [
    { tenant: assen, role: 'beheerder' },
  ]);
  await createUser(t.database, `${prefix}.gron@test.nl`, [
    { tenant: groningen, role: 'beleidsmedewerker' },
  ]);
  await createUser(t.database, `${prefix}.ander@test.nl`, [
    { tenant: otherBureau, role: 'onderzoeker' },
  ]);
  const onderzoeker = await login(t.app, `${prefix}.o@test.nl`);
  const created = await onderzoeker.post('/api/v1/enquetes', {
    naam: `CEO Wmo 2026 ${prefix}`,
    jaar: 2026,
    sjabloon: 'ceo-wmo',
    gemeenten: ['GM0106', 'GM0114', 'GM1730', 'GM1680'],
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  return {
    bureau,
    otherBureau,
    assen,
    emmen,
    tynaarlo,
    aaEnHunze,
    groningen,
    surveyId: created.json<{ id: string }>().id,
    onderzoeker,
    assenBeleid: await login(t.app, `${prefix}.assen@test.nl`),
    assenBeheerder: await login(t.app, `${prefix}.assenbeheer@test.nl`),
    groningenBeleid: await login(t.app, `${prefix}.gron@test.nl`),
    otherOnderzoeker: await login(t.app, `${prefix}.ander@test.nl`),
  };
}
