import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../db/database.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { testDatabaseKind } from '../../testing/test-database.js';
import { hashCode } from '../../public/personal-code.js';
import { fieldworkWorld, invite, type FieldworkWorld } from './fixtures.js';
import {
  readRespondent,
  savePage,
  start,
  submit,
  viewRespondent,
  type Respondent,
} from './online.service.js';
import { saveRespondentDraft, submitRespondent } from './response.repository.js';
import { responseFor } from './response.service.js';

/**
 * Answering online reads in one statement and writes in one more, with no transaction held in
 * between: what two tabs, or a tab and a staff member typing the paper form, do at the same
 * moment must still give one response, and never lose a saved page.
 */
describe(`answering online without a transaction held open (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let world: FieldworkWorld;

  const asBureau = <T>(work: Parameters<typeof inTenant<T>>[2]) =>
    inTenant(t.database.db, { tenantId: world.bureau.id, accountId: null }, work);

  async function responsesOf(surveyId: string) {
    return asBureau((trx) =>
      trx
        .selectFrom('responses')
        .select(['channel', 'answers'])
        .where('survey_id', '=', surveyId)
        .execute(),
    );
  }

  async function draftOf(code: string) {
    return asBureau((trx) =>
      trx
        .selectFrom('response_drafts as d')
        .innerJoin('invitations as i', (join) =>
          join.onRef('i.tenant_id', '=', 'd.tenant_id').onRef('i.id', '=', 'd.invitation_id'),
        )
        .select(['d.answers', 'd.revision'])
        .where('i.code', '=', code)
        .executeTakeFirst(),
    );
  }

  async function respondent(code: string): Promise<Respondent> {
    const found = await readRespondent(t.database.db, code);
    if (typeof found === 'string') throw new Error(found);
    return found;
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await fieldworkWorld(t, 'online');
    await invite(t.database, world, world.assen, [
      'ONLI-AAAA',
      'ONLI-BBBB',
      'ONLI-CCCC',
      'ONLI-DDDD',
      'ONLI-EEEE',
      'ONLI-FFFF',
      'ONLI-GGGG',
    ]);
  });
  afterAll(() => t.close());

  it('reads a respondent in one statement that sets nothing beyond that statement', async () => {
    await start(t.database.db, 'ONLI-AAAA');
    const read = await respondent('onli-aaaa');
    expect(read.revision).toBe(0);
    expect(read.invitation.gemeenteId).toBe(world.assen.id);
    expect(read.round.survey.status).toBe('veldwerk');
    // The tenant was set for the statement's own transaction only: the next statement on the
    // same connection (PGlite has one) sees no tenant, and row-level security shows it nothing.
    const { rows } = await sql<{ tenant: string | null; drafts: number }>`
      select current_setting('meetwerk.tenant_id', true) as tenant,
             (select count(*)::int from response_drafts) as drafts`.execute(t.database.db);
    expect(rows[0]?.tenant ?? '').toBe('');
    expect(rows[0]?.drafts).toBe(0);
  });

  it('refuses a save worked out from a draft that changed since, and keeps the newer one', async () => {
    await start(t.database.db, 'ONLI-BBBB');
    const stale = await respondent('ONLI-BBBB');
    expect(await savePage(t.database.db, 'ONLI-BBBB', 'Q1', { Q1: ['1'] }, 'volgende')).toEqual({
      kind: 'pagina',
      key: 'Q3',
    });
    const outdated = { soort: 'online' as const, answers: { Q1: ['5'] }, page: 'Q1' };
    expect(
      await saveRespondentDraft(
        t.database.db,
        stale.codeHash,
        stale.invitation.id,
        stale.revision,
        outdated,
      ),
    ).toBe('gewijzigd');
    expect(await draftOf('ONLI-BBBB')).toMatchObject({ answers: { answers: { Q1: ['1'] } } });
    // The service reads again and saves on top of the newer draft.
    await savePage(t.database.db, 'ONLI-BBBB', 'Q3', { Q3: ['2'] }, 'volgende');
    expect(await draftOf('ONLI-BBBB')).toMatchObject({
      answers: { answers: { Q1: ['1'], Q3: ['2'] } },
      revision: 2,
    });
  });

  it('keeps every page when two tabs save different pages at the same moment', async () => {
    await start(t.database.db, 'ONLI-CCCC');
    await Promise.all(
      // Pages Q1 (Q1-Q2), Q3 (Q3-Q4), Q6 (Q6-Q7) and Q8 (Q8-Q10) of the CEO Wmo template.
      ['Q1', 'Q3', 'Q6', 'Q8'].map((key) =>
        savePage(t.database.db, 'ONLI-CCCC', key, { [key]: ['2'] }, 'volgende'),
      ),
    );
    const draft = await draftOf('ONLI-CCCC');
    expect(draft?.answers).toMatchObject({
      answers: { Q1: ['2'], Q3: ['2'], Q6: ['2'], Q8: ['2'] },
    });
    expect(draft?.revision).toBe(4);
  });

  it('stores one response when the same code is sent from several tabs at once', async () => {
    await start(t.database.db, 'ONLI-DDDD');
    await savePage(t.database.db, 'ONLI-DDDD', 'Q1', { Q1: ['1'] }, 'volgende');
    const before = (await responsesOf(world.surveyId)).length;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => submit(t.database.db, 'ONLI-DDDD')),
    );
    expect(results.filter((r) => r === 'verstuurd')).toHaveLength(1);
    expect(results.filter((r) => r !== 'verstuurd').every((r) => r === 'gebruikt')).toBe(true);
    expect((await responsesOf(world.surveyId)).length).toBe(before + 1);
    expect(await draftOf('ONLI-DDDD')).toBeUndefined();
  });

  it('refuses Versturen from a stale read and stores nothing', async () => {
    await start(t.database.db, 'ONLI-EEEE');
    const stale = await respondent('ONLI-EEEE');
    await savePage(t.database.db, 'ONLI-EEEE', 'Q1', { Q1: ['4'] }, 'volgende');
    const before = (await responsesOf(world.surveyId)).length;
    const response = responseFor(stale.round, stale.invitation, 'online', stale.draft.answers);
    expect(
      await submitRespondent(
        t.database.db,
        stale.codeHash,
        response,
        stale.invitation.id,
        stale.revision,
      ),
    ).toBe('gewijzigd');
    expect((await responsesOf(world.surveyId)).length).toBe(before);
    // Versturen through the service reads again and sends what the resident last saved.
    expect(await submit(t.database.db, 'ONLI-EEEE')).toBe('verstuurd');
    const stored = await responsesOf(world.surveyId);
    expect(stored).toHaveLength(before + 1);
    expect(stored.some((r) => JSON.stringify(r.answers) === JSON.stringify({ Q1: ['4'] }))).toBe(
      true,
    );
  });

  it('stops an online save when staff typed the paper form meanwhile', async () => {
    await start(t.database.db, 'ONLI-FFFF');
    const online = await respondent('ONLI-FFFF');
    const paper = await world.onderzoeker.post(`/api/v1/enquetes/${world.surveyId}/reacties`, {
      code: 'ONLI-FFFF',
      kanaal: 'papier',
      antwoorden: { Q1: '2' },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    expect(
      await saveRespondentDraft(
        t.database.db,
        online.codeHash,
        online.invitation.id,
        online.revision,
        online.draft,
      ),
    ).toBe('gebruikt');
    expect(await savePage(t.database.db, 'ONLI-FFFF', 'Q1', { Q1: ['1'] }, 'volgende')).toBe(
      'gebruikt',
    );
    expect(await draftOf('ONLI-FFFF')).toBeUndefined();
  });

  it('shows the page after a save from what the save wrote, once, and reads again after that', async () => {
    await start(t.database.db, 'ONLI-GGGG');
    await viewRespondent(t.database.db, 'ONLI-GGGG'); // the redirect after start takes its own
    await savePage(t.database.db, 'ONLI-GGGG', 'Q1', { Q1: ['3'] }, 'volgende');
    // Staff type the paper form between the save and the page its redirect shows.
    const paper = await world.onderzoeker.post(`/api/v1/enquetes/${world.surveyId}/reacties`, {
      code: 'ONLI-GGGG',
      kanaal: 'papier',
      antwoorden: { Q1: '2' },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    const shown = await viewRespondent(t.database.db, 'ONLI-GGGG');
    expect(shown).toMatchObject({ revision: 1, draft: { answers: { Q1: ['3'] }, page: 'Q3' } });
    // Taken once: the next view reads the database, and nothing from that page can be stored.
    expect(await viewRespondent(t.database.db, 'ONLI-GGGG')).toBe('gebruikt');
    expect(await savePage(t.database.db, 'ONLI-GGGG', 'Q3', { Q3: ['1'] }, 'volgende')).toBe(
      'gebruikt',
    );
    expect(await submit(t.database.db, 'ONLI-GGGG')).toBe('gebruikt');
  });

  it('does not take answers before fieldwork has started', async () => {
    const created = await world.onderzoeker.post('/api/v1/enquetes', {
      naam: 'CEO Wmo 2027 concept',
      jaar: 2027,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const concept = { ...world, surveyId: created.json<{ id: string }>().id };
    await invite(t.database, concept, world.assen, ['CONC-EPTA']);
    expect(await start(t.database.db, 'CONC-EPTA')).toBe('nietopen');
    expect(await readRespondent(t.database.db, 'CONC-EPTA')).toBe('nietopen');
    expect(await draftOf('CONC-EPTA')).toBeUndefined();
  });

  it('knows no code of another tenant, nor a code that does not exist', async () => {
    const unknown = hashCode('NIET-BEST');
    expect(
      await saveRespondentDraft(t.database.db, unknown, world.bureau.id, null, {
        soort: 'online',
        answers: {},
      }),
    ).toBe('onbekend');
    expect(await readRespondent(t.database.db, 'NIET-BEST')).toBe('onbekend');
  });
});
