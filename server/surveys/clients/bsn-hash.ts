import { createHmac, randomBytes } from 'node:crypto';
import type { Trx } from '../../db/database.js';
import { ensureTenantSecret } from './client.repository.js';

/**
 * Pseudonymises BSNs: an HMAC-SHA256 with a random secret per tenant, kept in `tenant_secrets`
 * and created the first time it is needed. The same BSN gives the same hash within a tenant
 * (so a person can be recognised across imports), but without the secret nobody can work back
 * from the hash, not even by trying all 10⁹ possible numbers. Only the hash is stored; the
 * number is never stored or logged.
 */
export async function bsnHasher(trx: Trx, tenantId: string): Promise<(bsn: string) => string> {
  const secret = await ensureTenantSecret(trx, tenantId, 'bsn', randomBytes(32));
  return (bsn: string) => createHmac('sha256', secret).update(bsn, 'utf8').digest('hex');
}
