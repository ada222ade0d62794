import { sql } from 'kysely';
import type { Trx } from '../db/database.js';
import type { Rejection } from '../imports/rejections.js';

/** The SQL of the record of imports (what was read, what was rejected). */

// Imports

export async function insertImport(
  db: Trx,
  entry: {
    tenantId: string;
    id: string;
    kind: 'locaties' | 'registraties' | 'capaciteit';
    fileName: string;
    accepted: number;
    rejected: number;
    rejections: readonly Rejection[];
    createdBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('registration_imports')
    .values({
      tenant_id: entry.tenantId,
      id: entry.id,
      kind: entry.kind,
      file_name: entry.fileName,
      accepted: entry.accepted,
      rejected: entry.rejected,
      rejections: sql`${JSON.stringify(entry.rejections)}::jsonb`,
      created_by: entry.createdBy,
    })
    .execute();
}

export function listImports(db: Trx, tenantId: string) {
  return db
    .selectFrom('registration_imports')
    .select(['id', 'kind', 'file_name', 'accepted', 'rejected', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

export function findImport(db: Trx, tenantId: string, id: string) {
  return db
    .selectFrom('registration_imports')
    .select(['id', 'kind', 'file_name', 'rejections'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
