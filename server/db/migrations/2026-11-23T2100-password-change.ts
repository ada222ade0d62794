import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
// An account whose password someone else has seen (the first beheerder's printed password)
// must choose a new one before it can do anything else.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts add column must_change_password boolean not null default false`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts drop column must_change_password`.execute(db);
}
