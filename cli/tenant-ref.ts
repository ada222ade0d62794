import type { Db } from '../server/db/database.js';
import { findTenantByRef, findTenantsByName } from '../server/tenants/tenant.repository.js';
import type { TenantRow } from '../server/tenants/tenant.table.js';

/** "Naam (id)", so that an operator can copy the id when names are alike. */
export function describeTenant(tenant: TenantRow): string {
  return `${tenant.name} (${tenant.id})`;
}

/**
 * A tenant named on the command line by `platform`, CBS code, id, or its exact name (any case).
 * Stops with a Dutch message when there is none, or when the name belongs to more than one.
 */
export async function tenantByRefOrName(db: Db, ref: string): Promise<TenantRow> {
  const direct = await findTenantByRef(db, ref);
  if (direct) return direct;
  const named = await findTenantsByName(db, ref);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    throw new Error(
      `Er zijn ${named.length} organisaties met de naam "${ref}": ${named.map(describeTenant).join(', ')}. Geef het id met --organisatie <id>.`,
    );
  }
  throw new Error(
    `Organisatie "${ref}" bestaat niet. Geef de naam, het id of de CBS-code (GM0014) van een organisatie.`,
  );
}
