import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GemeenteResults } from '../../shared/api/results.schema.js';
import { loadDemo } from '../demo/demo.service.js';
import { DEMO_ROUND } from '../demo/demo-round.data.js';
import { DEMO_PASSWORD } from '../demo/demo.data.js';
import { createTestApp, gemeente, login, type Client, type TestApp } from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { publicBenchmark, publicBenchmarkIndex } from './results.service.js';
import { roundOverview } from './round.service.js';

/**
 * The demo round of Groningen and Drenthe through the results service: the figures tell the
 * source documents' story, and every gemeente of it has a public portal page.
 */

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe(`results of the demo round and the public portal (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let surveyId: string;
  let bureauId: string;
  let onderzoeker: Client;
  let beleidGroningen: Client;

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemo(t.database);
    const survey = await t.database.asOwner((owner) =>
      owner
        .selectFrom('surveys')
        .select(['id', 'tenant_id'])
        .where('year', '=', DEMO_ROUND.year)
        .executeTakeFirstOrThrow(),
    );
    surveyId = survey.id;
    bureauId = survey.tenant_id;
    onderzoeker = await login(t.app, 'onderzoeker@demo.meetwerk.nl', DEMO_PASSWORD);
    beleidGroningen = await login(t.app, 'beleid@demo.meetwerk.nl', DEMO_PASSWORD);
  }, 240_000);
  afterAll(() => t.close());

  it('tells the story of the source documents', async () => {
    const overview = await roundOverview(
      t.database.db,
      { tenantId: bureauId, accountId: null },
      surveyId,
    );
    expect(overview.gemeenten).toHaveLength(19);
    const shareOf = (id: string) => {
      const index = overview.vragen.findIndex((v) => v.vraagId === id);
      return mean(overview.gemeenten.map((g) => g.cijfers[index]!.pctPositief ?? Number.NaN));
    };
    const statements = ['Q1', 'Q2', 'Q3', 'Q4', 'Q6', 'Q7', 'Q8', 'Q10'];
    // About three quarters positive on contact, quality and effect.
    expect(mean(statements.map(shareOf))).toBeGreaterThan(70);
    expect(mean(statements.map(shareOf))).toBeLessThan(80);
    // Four in five cope better (Q9), about a quarter knew of the cliëntondersteuner (Q5).
    expect(shareOf('Q9')).toBeGreaterThan(76);
    expect(shareOf('Q9')).toBeLessThan(84);
    expect(shareOf('Q5')).toBeGreaterThan(20);
    expect(shareOf('Q5')).toBeLessThan(28);
  });

  it('lists every gemeente of the demo round on the public portal, with its round', async () => {
    const index = await publicBenchmarkIndex(t.database);
    expect(index).toHaveLength(19);
    expect(new Set(index.map((e) => e.enqueteId))).toEqual(new Set([surveyId]));
    expect(index.find((e) => e.cbsCode === 'GM0106')).toEqual({
      cbsCode: 'GM0106',
      naam: 'Assen',
      provincie: 'Drenthe',
      enqueteId: surveyId,
      jaar: 2025,
    });
    const names = index.map((e) => e.naam);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('gives a portal page: compared with the region, never weighted, suppressed as always', async () => {
    const results = (await publicBenchmark(t.database, 'GM0106')) as GemeenteResults;
    expect(results.gemeente).toMatchObject({ cbsCode: 'GM0106', naam: 'Assen' });
    expect(results.weging).toBeNull();
    const q1 = results.vragen.find((v) => v.vraagId === 'Q1')!;
    expect(q1.vergelijkingen.map((v) => v.soort)).toEqual(['project']);
    expect(q1.vergelijkingen[0]!.label).toBe('Regio: 18 andere gemeenten in dit onderzoek');
    expect(q1.cijfer?.onderdrukt).toBe(false);
    // Amsterdam took no part and did not opt in.
    expect(await publicBenchmark(t.database, 'GM0363')).toBeNull();
  });

  it('lets a gemeente opt out of (and into) the portal; only a gemeente can opt in', async () => {
    const beheerder = await login(t.app, 'beheerder@demo.meetwerk.nl', DEMO_PASSWORD);
    const id = (await gemeente(t.database, 'GM0014')).id;
    const switched = await beheerder.put('/api/v1/sessies/huidige/organisatie', {
      organisatieId: id,
    });
    expect(switched.statusCode, switched.body).toBe(200);
    const settings = await beheerder.get(`/api/v1/organisaties/${id}`);
    expect(settings.json()).toMatchObject({ benchmarkOpenbaar: true });
    const off = await beheerder.patch(`/api/v1/organisaties/${id}`, { benchmarkOpenbaar: false });
    expect(off.statusCode, off.body).toBe(200);
    const code = off.json<{ cbsCode: string }>().cbsCode;
    expect(await publicBenchmark(t.database, code)).toBeNull();
    expect((await publicBenchmarkIndex(t.database)).map((e) => e.cbsCode)).not.toContain(code);
    await beheerder.patch(`/api/v1/organisaties/${id}`, { benchmarkOpenbaar: true });
    expect(await publicBenchmark(t.database, code)).not.toBeNull();

    const bureauBeheerder = await login(t.app, 'beheerder.bureau@demo.meetwerk.nl', DEMO_PASSWORD);
    const bureau = (await bureauBeheerder.get('/api/v1/sessies/huidige')).json<{
      actieveOrganisatie: { id: string };
    }>().actieveOrganisatie.id;
    const refused = await bureauBeheerder.patch(`/api/v1/organisaties/${bureau}`, {
      benchmarkOpenbaar: true,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ detail: string }>().detail).toBe(
      'Alleen een gemeente kan haar resultaten op de openbare benchmark laten zien.',
    );
  });

  it('lets the demo users read the round through the API', async () => {
    const rounds = (await onderzoeker.get('/api/v1/resultaten')).json<
      { id: string; gemeenten: unknown[] }[]
    >();
    expect(rounds.find((r) => r.id === surveyId)?.gemeenten).toHaveLength(19);
    const own = (await beleidGroningen.get('/api/v1/resultaten')).json<
      { id: string; gemeenten: { cbsCode: string }[] }[]
    >();
    expect(own.find((r) => r.id === surveyId)?.gemeenten.map((g) => g.cbsCode)).toEqual(['GM0014']);
  });
});
