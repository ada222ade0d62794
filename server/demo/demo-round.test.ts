import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { syncReferenceData } from '../platform/reference-data.js';
import { createTestDatabase, testDatabaseKind } from '../testing/test-database.js';
import { DEMO_ROUND } from './demo-round.data.js';
import { isDemoLoaded, loadDemo, loadDemoRoundIfMissing, resetDemo } from './demo.service.js';

type Answers = Record<string, string[]>;

interface Stored {
  survey: { id: string; status: string; personal_data_deleted_at: Date | null; name: string };
  invitations: {
    gemeente_id: string;
    used: boolean;
    used_channel: string | null;
    code: string | null;
    letter_at: Date | null;
    reminded_at: Date | null;
  }[];
  clients: {
    name: string | null;
    address: string | null;
    postcode: string | null;
    city: string | null;
    bsn_hash: string | null;
  }[];
  responses: { gemeente_id: string; channel: string; answers: Answers; submitted_on: string }[];
}

const percent = (part: number, whole: number) => (100 * part) / whole;

/** (helemaal) mee eens over the valid answers 1–5, straight from the stored answers. */
function positive(responses: Stored['responses'], id: string): number {
  const valid = responses.map((r) => r.answers[id]?.[0]).filter((a) => a && a !== '9');
  return percent(valid.filter((a) => a === '1' || a === '2').length, valid.length);
}

describe(`the finished demo survey round (${testDatabaseKind()})`, () => {
  let database: DatabaseHandle;
  let stored: Stored;

  beforeAll(async () => {
    database = await createTestDatabase();
    await syncReferenceData(database.db);
    await loadDemo(database);
    stored = await database.asOwner(async (owner) => {
      const survey = await owner
        .selectFrom('surveys')
        .select(['id', 'status', 'personal_data_deleted_at', 'name'])
        .where('year', '=', DEMO_ROUND.year)
        .executeTakeFirstOrThrow();
      const where = { survey: survey.id };
      return {
        survey,
        invitations: await owner
          .selectFrom('invitations')
          .select(['gemeente_id', 'used', 'used_channel', 'code', 'letter_at', 'reminded_at'])
          .where('survey_id', '=', where.survey)
          .execute(),
        clients: await owner
          .selectFrom('clients')
          .select(['name', 'address', 'postcode', 'city', 'bsn_hash'])
          .where('survey_id', '=', where.survey)
          .execute(),
        responses: (
          await owner
            .selectFrom('responses')
            .select(['gemeente_id', 'channel', 'answers', 'submitted_on'])
            .where('survey_id', '=', where.survey)
            .execute()
        ).map((r) => ({ ...r, answers: r.answers as Answers })),
      };
    });
  }, 120_000);

  afterAll(() => database.close());

  it('is a closed round of the bureau over the 19 gemeenten of the 29 of 2015, all invited', async () => {
    expect(stored.survey.status).toBe('gesloten');
    expect(stored.survey.name).toContain('19 gemeenten Groningen en Drenthe');
    const bureau = await database.asOwner((owner) =>
      owner
        .selectFrom('surveys as s')
        .innerJoin('tenants as t', 't.id', 's.tenant_id')
        .select(['t.name', 't.kind'])
        .where('s.id', '=', stored.survey.id)
        .executeTakeFirstOrThrow(),
    );
    expect(bureau).toEqual({ name: 'Onderzoeksbureau Noorderzon', kind: 'bureau' });
    const gemeenten = new Set(stored.invitations.map((i) => i.gemeente_id));
    expect(gemeenten.size).toBe(19);
    expect(stored.invitations.length).toBeGreaterThan(23_000 * 0.95);
    expect(stored.invitations.length).toBeLessThan(23_000 * 1.05);
    expect(stored.clients.length).toBe(stored.invitations.length);
    expect(stored.invitations.every((i) => i.letter_at !== null)).toBe(true);
    // Reminders went to everyone who had not answered by then.
    expect(stored.invitations.filter((i) => !i.used).every((i) => i.reminded_at !== null)).toBe(
      true,
    );
  });

  it('keeps every key the foreign keys would check (they are skipped while loading)', async () => {
    const orphans = await database.asOwner(async (owner) => {
      const { rows } = await sql<{ n: number }>`
        select (select count(*) from invitations i
                 where not exists (select 1 from clients c
                                    where c.tenant_id = i.tenant_id and c.id = i.client_id))
             + (select count(*) from invitations i
                 where not exists (select 1 from tenants t where t.id = i.gemeente_id))
             + (select count(*) from clients c
                 where not exists (select 1 from tenants t where t.id = c.gemeente_id))
             + (select count(*) from responses r
                 where not exists (select 1 from tenants t where t.id = r.gemeente_id))
             + (select count(*) from responses r
                 where not exists (select 1 from surveys s
                                    where s.tenant_id = r.tenant_id and s.id = r.survey_id)) as n
      `.execute(owner);
      return Number(rows[0]?.n);
    });
    expect(orphans).toBe(0);
  });

  it('holds no names, addresses, BSNs or plain codes', () => {
    expect(stored.survey.personal_data_deleted_at).not.toBeNull();
    expect(stored.invitations.every((i) => i.code === null)).toBe(true);
    expect(
      stored.clients.every(
        (c) =>
          c.name === null &&
          c.address === null &&
          c.postcode === null &&
          c.city === null &&
          c.bsn_hash === null,
      ),
    ).toBe(true);
  });

  it('has about 37% response, 30–45% in each gemeente, and counts that match the invitations', () => {
    const invited = stored.invitations.length;
    expect(percent(stored.responses.length, invited)).toBeGreaterThanOrEqual(34);
    expect(percent(stored.responses.length, invited)).toBeLessThanOrEqual(40);
    const key = (gemeente: string, channel: string | null) => `${gemeente} ${channel}`;
    const used = new Map<string, number>();
    const answered = new Map<string, number>();
    for (const i of stored.invitations.filter((i) => i.used)) {
      used.set(
        key(i.gemeente_id, i.used_channel),
        (used.get(key(i.gemeente_id, i.used_channel)) ?? 0) + 1,
      );
    }
    for (const r of stored.responses) {
      answered.set(
        key(r.gemeente_id, r.channel),
        (answered.get(key(r.gemeente_id, r.channel)) ?? 0) + 1,
      );
    }
    expect(Object.fromEntries(answered)).toEqual(Object.fromEntries(used));
    for (const gemeente of new Set(stored.invitations.map((i) => i.gemeente_id))) {
      const n = stored.invitations.filter((i) => i.gemeente_id === gemeente).length;
      const r = stored.responses.filter((x) => x.gemeente_id === gemeente).length;
      expect(percent(r, n)).toBeGreaterThanOrEqual(30);
      expect(percent(r, n)).toBeLessThanOrEqual(45);
    }
    const paper = stored.responses.filter((r) => r.channel === 'papier').length;
    expect(percent(paper, stored.responses.length)).toBeGreaterThan(60);
    expect(percent(paper, stored.responses.length)).toBeLessThan(80);
  });

  it('gives each response the productcategorie of the client it was made for', async () => {
    const { rows } = await database.asOwner((owner) =>
      sql<{ source: string; gemeente_id: string; product_category: string | null; n: number }>`
        select 'reacties' as source, gemeente_id, product_category, count(*)::int as n
          from responses where survey_id = ${stored.survey.id}
         group by gemeente_id, product_category
        union all
        select 'gebruikt', i.gemeente_id, c.product_category, count(*)::int
          from invitations i
          join clients c on c.tenant_id = i.tenant_id and c.id = i.client_id
         where i.survey_id = ${stored.survey.id} and i.used
         group by i.gemeente_id, c.product_category
      `.execute(owner),
    );
    const side = (source: string) =>
      Object.fromEntries(
        rows
          .filter((r) => r.source === source)
          .map((r) => [`${r.gemeente_id} ${r.product_category}`, r.n]),
      );
    expect(rows.some((r) => r.product_category === null)).toBe(false);
    expect(new Set(rows.map((r) => r.product_category)).size).toBeGreaterThan(3);
    expect(side('reacties')).toEqual(side('gebruikt'));
  });

  it('has answers that tell the story of the source documents', () => {
    const { responses } = stored;
    for (const id of ['Q1', 'Q2', 'Q3', 'Q4', 'Q6', 'Q7', 'Q8', 'Q10']) {
      expect.soft(positive(responses, id), id).toBeGreaterThanOrEqual(70);
      expect.soft(positive(responses, id), id).toBeLessThanOrEqual(80);
    }
    expect(positive(responses, 'Q9')).toBeGreaterThanOrEqual(76);
    expect(positive(responses, 'Q9')).toBeLessThanOrEqual(84);
    const q5 = responses.map((r) => r.answers.Q5?.[0]).filter((a) => a !== undefined);
    const knew = percent(q5.filter((a) => a === '1').length, q5.length);
    expect(knew).toBeGreaterThanOrEqual(20);
    expect(knew).toBeLessThanOrEqual(28);
    const a5 = responses.map((r) => r.answers.A5?.[0]).filter((a) => a && a !== '9');
    const carerStruggles = percent(a5.filter((a) => a === '4' || a === '5').length, a5.length);
    expect(carerStruggles).toBeGreaterThan(15);
    expect(carerStruggles).toBeLessThan(25);
  });

  it('respects routing and stores days, not times', () => {
    for (const r of stored.responses) {
      if (r.answers.A5) expect(r.answers.A4).toEqual(['1']);
      expect(r.submitted_on).toMatch(/^2025-(03|04)-\d\d$/);
    }
    expect(stored.responses.some((r) => r.answers.A5)).toBe(true);
  });

  it('is built again by a reset', async () => {
    const count = () =>
      database.asOwner(async (owner) =>
        Number(
          (await sql<{ n: string }>`select count(*) as n from responses`.execute(owner)).rows[0]?.n,
        ),
      );
    await resetDemo(database);
    expect(await count()).toBe(stored.responses.length);
  }, 120_000);
});

describe(`the demo round loaded after the server listens (${testDatabaseKind()})`, () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    await syncReferenceData(database.db);
  });
  afterAll(() => database.close());

  const demoRounds = () =>
    database.asOwner(async (owner) =>
      Number(
        (
          await sql<{
            n: string;
          }>`select count(*) as n from surveys where year = ${DEMO_ROUND.year}`.execute(owner)
        ).rows[0]?.n,
      ),
    );

  it('is left out by a first start, then loaded once, even when asked twice at the same time', async () => {
    await loadDemo(database, undefined, { round: 'later' });
    expect(await isDemoLoaded(database.db)).toBe(true);
    expect(await demoRounds()).toBe(0);
    const [a, b] = await Promise.all([
      loadDemoRoundIfMissing(database),
      loadDemoRoundIfMissing(database),
    ]);
    const loaded = [a, b].filter((x) => x !== undefined);
    expect(loaded).toHaveLength(1);
    expect(loaded[0]!.invited).toBeGreaterThan(23_000 * 0.95);
    expect(await demoRounds()).toBe(1);
    // A restart finds it there and leaves it alone.
    expect(await loadDemoRoundIfMissing(database)).toBeUndefined();
    expect(await demoRounds()).toBe(1);
  }, 180_000);

  it('replaces a round that a stopped start left half loaded (no audit entry yet)', async () => {
    const before = await database.asOwner(async (owner) => {
      const survey = await owner
        .selectFrom('surveys')
        .select('id')
        .where('year', '=', DEMO_ROUND.year)
        .executeTakeFirstOrThrow();
      // As if the start stopped before its last portion: the marker written last is missing,
      // and so are some responses.
      await owner
        .deleteFrom('audit_log')
        .where('action', '=', 'enquete.aangemaakt')
        .where('object_id', '=', survey.id)
        .execute();
      await sql`delete from responses where survey_id = ${survey.id} and channel = 'online'`.execute(
        owner,
      );
      return survey.id;
    });
    const loaded = await loadDemoRoundIfMissing(database);
    expect(loaded?.surveyId).not.toBe(before);
    expect(await demoRounds()).toBe(1);
    const counts = await database.asOwner(async (owner) => {
      const { rows } = await sql<{ invited: number; responses: number }>`
        select (select count(*)::int from invitations where survey_id = ${loaded!.surveyId}) as invited,
               (select count(*)::int from responses where survey_id = ${loaded!.surveyId}) as responses`.execute(
        owner,
      );
      return rows[0];
    });
    expect(counts).toEqual({ invited: loaded!.invited, responses: loaded!.responses });
    expect(await loadDemoRoundIfMissing(database)).toBeUndefined();
  }, 180_000);
});
