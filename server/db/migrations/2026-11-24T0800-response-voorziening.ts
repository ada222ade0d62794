import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Results are broken down by voorziening (PRODUCT.md M2). A response keeps the iWmo
// productcategorie of the invitee's voorziening, copied when it is stored: a coarse
// characteristic like the gemeente, never a key back to the client (ADR 0008).

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table responses
      add column product_category text check (product_category ~ '^[0-9]{2}$')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table responses drop column if exists product_category`.execute(db);
}
