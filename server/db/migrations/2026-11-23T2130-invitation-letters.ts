import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Letters for invitees (ADR 0007): when a letter was printed (so a batch holds only the new
// ones, and reminders count from the letter), and two texts every letter of a round shares:
// the phone number for help or a paper form, and the date to answer by.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table invitations add column letter_at timestamptz`.execute(db);
  await sql`
    alter table surveys
      add column help_phone text check (help_phone ~ '^[0-9 +()-]{6,30}$'),
      add column answer_before date
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table invitations drop column if exists letter_at`.execute(db);
  await sql`alter table surveys drop column if exists help_phone, drop column if exists answer_before`.execute(
    db,
  );
}
