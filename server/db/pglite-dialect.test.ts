import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteDialect } from './pglite-dialect.js';

interface Schema {
  notes: { id: number; text: string };
}

describe('the PGlite dialect', () => {
  let db: Kysely<Schema>;

  beforeAll(async () => {
    db = new Kysely<Schema>({ dialect: new PGliteDialect(new PGlite()) });
    await sql`create table notes (id int primary key, text text not null)`.execute(db);
  });

  afterAll(() => db.destroy());

  it('runs concurrent transactions one after the other, never interleaved', async () => {
    const seen: string[] = [];
    const write = (id: number) =>
      db.transaction().execute(async (trx) => {
        seen.push(`begin ${id}`);
        await trx
          .insertInto('notes')
          .values({ id, text: `note ${id}` })
          .execute();
        // Give the other transaction every chance to run in between.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const count = await trx
          .selectFrom('notes')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow();
        seen.push(`end ${id} saw ${count.n}`);
      });
    await Promise.all([write(1), write(2), db.selectFrom('notes').selectAll().execute()]);
    expect(seen).toEqual(['begin 1', 'end 1 saw 1', 'begin 2', 'end 2 saw 2']);
  });

  it('rolls a failed transaction back, and frees the connection for the next one', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ id: 3, text: 'kept?' }).execute();
        await trx.insertInto('notes').values({ id: 1, text: 'duplicate key' }).execute();
      }),
    ).rejects.toThrow(/duplicate key/);
    const ids = await db.selectFrom('notes').select('id').orderBy('id').execute();
    expect(ids.map((r) => r.id)).toEqual([1, 2]);
  });

  it('reports how many rows a statement changed', async () => {
    const result = await db.updateTable('notes').set({ text: 'changed' }).executeTakeFirst();
    expect(result.numUpdatedRows).toBe(2n);
  });
});
