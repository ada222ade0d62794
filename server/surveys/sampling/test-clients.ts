import { inTenant, type DatabaseHandle } from '../../db/database.js';

/**
 * Test helper: puts clients straight into a round's register, as the register import would.
 * Synthetic people only.
 */
export interface TestClient {
  gemeenteId: string;
  clientNumber: string;
  name?: string | null;
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
  bsnHash?: string | null;
  birthYear?: number | null;
  productCategory?: string | null;
  endDate?: string | null;
  optedOut?: boolean;
}

export async function insertTestClients(
  database: DatabaseHandle,
  tenantId: string,
  surveyId: string,
  clients: TestClient[],
): Promise<void> {
  await inTenant(database.db, { tenantId, accountId: null }, async (trx) => {
    for (let start = 0; start < clients.length; start += 1000) {
      await trx
        .insertInto('clients')
        .values(
          clients.slice(start, start + 1000).map((c) => ({
            tenant_id: tenantId,
            survey_id: surveyId,
            gemeente_id: c.gemeenteId,
            client_number: c.clientNumber,
            bsn_hash: c.bsnHash ?? null,
            name: c.name === undefined ? `Cliënt ${c.clientNumber}` : c.name,
            address: c.address === undefined ? `Teststraat ${start + 1}` : c.address,
            postcode: c.postcode === undefined ? '9401 AA' : c.postcode,
            city: c.city === undefined ? 'Assen' : c.city,
            birth_year: c.birthYear ?? null,
            product_category: c.productCategory ?? null,
            end_date: c.endDate ?? null,
            opted_out: c.optedOut ?? false,
            import_id: null,
          })),
        )
        .execute();
    }
  });
}

/** Reads a table of one tenant the way the application role would. */
export function asTenant<T>(
  database: DatabaseHandle,
  tenantId: string,
  work: Parameters<typeof inTenant<T>>[2],
): Promise<T> {
  return inTenant(database.db, { tenantId, accountId: null }, work);
}
