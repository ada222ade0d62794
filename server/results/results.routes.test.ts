// Over 400 lines: every case reads the one results world built in beforeAll (slow to build).
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Breakdown,
  Comparison,
  GemeenteResults,
  QuestionResult,
} from '../../shared/api/results.schema.js';
import { inTenant } from '../db/database.js';
import { RECOUNT_INTERVAL_MS } from './aggregates.service.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import {
  insertHandClients,
  insertHandResponses,
  resultsWorld,
  times,
  type ResultsWorld,
} from './results.testing.js';

/** Wilson score interval worked out here, independently of shared/results. */
function wilson(x: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [100 * (centre - half), 100 * (centre + half)];
}

/** erf by Abramowitz & Stegun 7.1.26 (error < 1.5e-7): enough to check a p-value. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

function zTestP(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return 1 - erf(Math.abs(z) / Math.SQRT2);
}

const question = (results: GemeenteResults, id: string): QuestionResult => {
  const found = results.vragen.find((v) => v.vraagId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const comparison = (q: QuestionResult, soort: string): Comparison => {
  const found = q.vergelijkingen.find((v) => v.soort === soort);
  if (!found) throw new Error(`no ${soort}`);
  return found;
};

describe(`results API (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let w: ResultsWorld;
  let base: string;
  let previousSurveyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await resultsWorld(t, 'res');
    base = `/api/v1/resultaten/${w.surveyId}`;
    // Size classes chosen for the test: Assen, Emmen and Tynaarlo 50,000–100,000.
    await t.database.asOwner(async (owner) => {
      for (const [id, inhabitants] of [
        [w.assen.id, 68_000],
        [w.emmen.id, 60_000],
        [w.tynaarlo.id, 70_000],
        [w.aaEnHunze.id, 26_057],
      ] as const) {
        await owner.updateTable('tenants').set({ inhabitants }).where('id', '=', id).execute();
      }
    });
    const insert = (gemeenteId: string, responses: Parameters<typeof insertHandResponses>[4]) =>
      insertHandResponses(t.database, w.bureau.id, w.surveyId, gemeenteId, responses);
    // Assen, 60 responses. Q1: 30× '1', 15× '2', 10× '4', 5× '9' → 55 valid, 45 positive.
    // Q5: 30 ja, 27 nee, 3 missing → 57 valid, 30 positive.
    await insert(w.assen.id, [
      ...times(30, {
        channel: 'online',
        productCategory: '01',
        answers: { Q1: ['1'], Q5: ['1'], A1: ['1'], A2: ['3'], A3: ['2'] },
      }),
      ...times(15, {
        productCategory: '02',
        answers: { Q1: ['2'], Q5: ['2'], A1: ['2'], A2: ['1'], A3: ['1'] },
      }),
      ...times(10, {
        productCategory: '01',
        answers: { Q1: ['4'], Q5: ['2'], A1: ['1'], A2: ['2'], A3: ['1'] },
      }),
      ...times(3, {
        channel: 'telefoon',
        productCategory: '13',
        answers: { Q1: ['9'], A2: ['4'], A3: ['2'] },
      }),
      ...times(2, { answers: { Q1: ['9'], Q5: ['2'] } }),
    ]);
    // Emmen, 30 responses: 10 men under 65 all positive; 20 women 75–84, half positive.
    await insert(w.emmen.id, [
      ...times(10, { channel: 'online', answers: { Q1: ['2'], A2: ['1'], A3: ['1'] } }),
      ...times(10, { answers: { Q1: ['2'], A2: ['3'], A3: ['2'] } }),
      ...times(10, { answers: { Q1: ['3'], A2: ['3'], A3: ['2'] } }),
    ]);
    // Emmen's clients: 50 men born 1980 (age group 1), 50 women born 1946 (age group 3),
    // 5 of unknown age.
    await insertHandClients(
      t.database,
      w.bureau.id,
      w.surveyId,
      w.emmen.id,
      [
        ...Array.from({ length: 50 }, () => ({ birthYear: 1980, sex: 'm' as const })),
        ...Array.from({ length: 50 }, () => ({ birthYear: 1946, sex: 'v' as const })),
        ...Array.from({ length: 5 }, () => ({ birthYear: null, sex: null })),
      ],
      'EM',
    );
    // Tynaarlo: 5 responses, below the threshold of 10.
    await insert(w.tynaarlo.id, times(5, { answers: { Q1: ['1'] } }));
    // Aa en Hunze: 12 responses, half positive.
    await insert(w.aaEnHunze.id, [
      ...times(6, { answers: { Q1: ['1'] } }),
      ...times(6, { answers: { Q1: ['5'] } }),
    ]);
    // A previous round (2025) that included Assen, by another bureau: Q1 10/20 positive.
    const other = await inTenant(
      t.database.db,
      { tenantId: w.otherBureau.id, accountId: null },
      async (trx) => {
        const survey = await trx
          .insertInto('surveys')
          .values({
            tenant_id: w.otherBureau.id,
            name: 'CEO Wmo 2025',
            year: 2025,
            template: 'ceo-wmo',
            status: 'gesloten',
            created_by: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('survey_gemeenten')
          .values({ tenant_id: w.otherBureau.id, survey_id: survey.id, gemeente_id: w.assen.id })
          .execute();
        const { CEO_WMO_TEMPLATE } = await import('../../shared/surveys/ceo-wmo.template.js');
        await trx
          .insertInto('questionnaire_versions')
          .values({
            tenant_id: w.otherBureau.id,
            survey_id: survey.id,
            version: 1,
            definition: JSON.stringify(CEO_WMO_TEMPLATE),
            created_by: null,
          })
          .execute();
        return survey.id;
      },
    );
    previousSurveyId = other;
    await insertHandResponses(t.database, w.otherBureau.id, other, w.assen.id, [
      ...times(10, { answers: { Q1: ['1'] } }),
      ...times(10, { answers: { Q1: ['4'] } }),
    ]);
  });
  afterAll(() => t.close());

  it('computes n, % positive and the Wilson interval as worked out by hand', async () => {
    const response = await w.onderzoeker.get(`${base}/gemeenten/GM0106?vergelijk=project`);
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json<GemeenteResults>();
    expect(results.telregel).toMatchObject({ id: 'positief-1-2', versie: 1 });
    expect(results.drempel).toBe(10);
    expect(results.respons).toMatchObject({ reacties: 60, uitgenodigd: 0, pct: null });
    expect(results.respons.perKanaal).toEqual([
      { kanaal: 'online', n: 30 },
      { kanaal: 'papier', n: 27 },
      { kanaal: 'telefoon', n: 3 },
    ]);
    const q1 = question(results, 'Q1');
    const [low, high] = wilson(45, 55);
    expect(q1.cijfer).toMatchObject({
      nGeldig: 55,
      nPositief: 45,
      onderdrukt: false,
      signaal: false,
    });
    expect(question(results, 'Q5').cijfer?.signaal).toBe(false);
    expect(question(results, 'Q1').cijfer?.signaal).toBe(false);
    expect(q1.cijfer?.pctPositief).toBeCloseTo((100 * 45) / 55, 10);
    expect(q1.cijfer?.ciLaag).toBeCloseTo(low, 8);
    expect(q1.cijfer?.ciHoog).toBeCloseTo(high, 8);
    // Distribution: share of all who answered (weet niet included).
    expect(q1.verdeling?.find((d) => d.code === '9')).toMatchObject({ n: 5 });
    expect(q1.verdeling?.find((d) => d.code === '1')?.pct).toBeCloseTo((100 * 30) / 60, 10);
    const q5 = question(results, 'Q5');
    expect(q5.cijfer).toMatchObject({ nGeldig: 57, nPositief: 30 });
    // A choice question has a distribution but no positive share; open questions are absent.
    const a2 = question(results, 'A2');
    expect(a2.cijfer).toBeNull();
    expect(a2.verdeling?.map((d) => d.n)).toEqual([15, 10, 30, 3]);
    // Questions nobody answered are suppressed, not 0%.
    expect(question(results, 'Q2').cijfer).toMatchObject({ onderdrukt: true, nGeldig: null });
  });

  it('compares with the project, the size class, a peer group and the previous round', async () => {
    const response = await w.onderzoeker.get(
      `${base}/gemeenten/GM0106?vergelijk=project,grootteklasse,vorige&peergroep=GM1730,GM1680`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json<GemeenteResults>();
    const q1 = question(results, 'Q1');
    // Project: Emmen 20/30 + Aa en Hunze 6/12; Tynaarlo (5, suppressed) left out.
    const project = comparison(q1, 'project');
    expect(project).toMatchObject({ aantalGemeenten: 2 });
    expect(project.cijfer).toMatchObject({ nGeldig: 42, nPositief: 26 });
    expect(project.label).toBe('Gemiddelde van 2 andere gemeenten in dit onderzoek');
    expect(project.verschil).toBeCloseTo((100 * 45) / 55 - (100 * 26) / 42, 10);
    expect(project.pWaarde).toBeCloseTo(zTestP(45, 55, 26, 42), 6);
    expect(project.significant).toBe(zTestP(45, 55, 26, 42) < 0.05);
    // Size class 50,000–100,000: Emmen; Tynaarlo is in the class but suppressed.
    const size = comparison(q1, 'grootteklasse');
    expect(size).toMatchObject({ aantalGemeenten: 1 });
    expect(size.cijfer).toMatchObject({ nGeldig: 30, nPositief: 20 });
    expect(size.label).toContain('50.000 tot 100.000 inwoners');
    // Peer group Tynaarlo + Aa en Hunze: only Aa en Hunze counts.
    const peers = comparison(q1, 'peergroep');
    expect(peers).toMatchObject({ aantalGemeenten: 1 });
    expect(peers.cijfer).toMatchObject({ nGeldig: 12, nPositief: 6 });
    // Previous round 2025 of another bureau: 10/20.
    const previous = comparison(q1, 'vorige');
    expect(previous).toMatchObject({ label: '2025', aantalGemeenten: 1 });
    expect(previous.cijfer).toMatchObject({ nGeldig: 20, nPositief: 10 });
    expect(previous.pWaarde).toBeCloseTo(zTestP(45, 55, 10, 20), 6);
    // Q5 has no comparison figures (nobody else answered it): no test there.
    expect(comparison(question(results, 'Q5'), 'project').pWaarde).toBeNull();
    const tests = results.vragen
      .flatMap((v) => v.vergelijkingen)
      .filter((v) => v.pWaarde !== null).length;
    expect(tests).toBe(4);
    expect(results.meervoudigToetsen.aantalToetsen).toBe(4);
    expect(results.meervoudigToetsen.toelichting).toContain('4 verschillen');
  });

  it('never lets a suppressed gemeente into a comparison, so subtraction reveals nothing', async () => {
    const overview = await w.onderzoeker.get(`${base}/overzicht`);
    expect(overview.statusCode).toBe(200);
    const body = overview.json<{
      vragen: { vraagId: string }[];
      gemeenten: {
        gemeente: { cbsCode: string };
        cijfers: { onderdrukt: boolean; nGeldig: number | null; nPositief: number | null }[];
      }[];
    }>();
    const q1 = body.vragen.findIndex((v) => v.vraagId === 'Q1');
    const figures = new Map(body.gemeenten.map((g) => [g.gemeente.cbsCode, g.cijfers[q1]!]));
    expect(figures.get('GM1730')).toMatchObject({ onderdrukt: true, nGeldig: null });
    // For every gemeente, its project figure equals the sum of the other shown gemeenten.
    for (const code of ['GM0106', 'GM0114', 'GM1680', 'GM1730']) {
      const results = (
        await w.onderzoeker.get(`${base}/gemeenten/${code}?vergelijk=project`)
      ).json<GemeenteResults>();
      const project = comparison(question(results, 'Q1'), 'project');
      const shownOthers = [...figures]
        .filter(([c, f]) => c !== code && !f.onderdrukt)
        .reduce((sum, [, f]) => sum + (f.nGeldig ?? 0), 0);
      expect(project.cijfer.nGeldig, code).toBe(shownOthers);
      // Tynaarlo's own result: everything hidden, comparisons without own figure.
      if (code === 'GM1730') {
        expect(question(results, 'Q1').cijfer?.onderdrukt).toBe(true);
        expect(question(results, 'Q1').verdeling).toBeNull();
        expect(project.verschil).toBeNull();
      }
    }
  });

  it('suppresses breakdown categories so that none can be computed back from the total', async () => {
    const response = await w.onderzoeker.get(`${base}/gemeenten/GM0106/uitsplitsingen/leeftijd`);
    expect(response.statusCode, response.body).toBe(200);
    const breakdown = response.json<Breakdown>();
    expect(breakdown.categorieen.map((c) => c.code)).toEqual(['1', '2', '3', '4', 'onbekend']);
    const q1 = breakdown.vragen.find((v) => v.vraagId === 'Q1')!;
    // Valid Q1 answers per age group: 15, 10, 30, 0, 0. 0 and 0 are below 10; the smallest
    // shown group (10) is hidden as well, so the hidden groups together hold 10.
    expect(q1.cijfers.map((c) => c.onderdrukt)).toEqual([false, true, false, true, true]);
    expect(q1.cijfers[0]).toMatchObject({ nGeldig: 15, nPositief: 15 });
    expect(q1.cijfers[2]).toMatchObject({ nGeldig: 30, nPositief: 30 });
    const shown = q1.cijfers.reduce((sum, c) => sum + (c.nGeldig ?? 0), 0);
    expect(55 - shown).toBeGreaterThanOrEqual(10);
    // Every breakdown of every question: hidden groups together hold 0 or at least 10 answers.
    for (const dimension of ['leeftijd', 'voorziening', 'kanaal', 'hulp']) {
      const b = (
        await w.onderzoeker.get(`${base}/gemeenten/GM0106/uitsplitsingen/${dimension}`)
      ).json<Breakdown>();
      const results = (
        await w.onderzoeker.get(`${base}/gemeenten/GM0106?vergelijk=`)
      ).json<GemeenteResults>();
      for (const vraag of b.vragen) {
        const total = question(results, vraag.vraagId).cijfer;
        if (!total || total.onderdrukt) {
          expect(vraag.cijfers.every((c) => c.onderdrukt)).toBe(true);
          continue;
        }
        const hidden =
          (total.nGeldig ?? 0) - vraag.cijfers.reduce((s, c) => s + (c.nGeldig ?? 0), 0);
        expect(hidden === 0 || hidden >= 10, `${dimension} ${vraag.vraagId}: ${hidden}`).toBe(true);
        for (const c of vraag.cijfers)
          if (!c.onderdrukt) expect(c.nGeldig).toBeGreaterThanOrEqual(10);
      }
    }
    // The voorziening breakdown names the iWmo categories that hold responses.
    const voorziening = (
      await w.onderzoeker.get(`${base}/gemeenten/GM0106/uitsplitsingen/voorziening`)
    ).json<Breakdown>();
    expect(voorziening.categorieen).toEqual([
      { code: '01', label: 'Hulp bij het huishouden' },
      { code: '02', label: 'Begeleiding' },
      { code: '13', label: 'Woonvoorzieningen' },
      { code: 'onbekend', label: 'Onbekend' },
    ]);
  });

  it('weights by age group × sex as worked out by hand, beside the unweighted figure', async () => {
    const response = await w.onderzoeker.get(`${base}/gemeenten/GM0114?gewogen=ja&vergelijk=`);
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json<GemeenteResults>();
    expect(results.weging).toMatchObject({ gevraagd: true, mogelijk: true });
    expect(results.weging?.toelichting).toContain('100');
    const q1 = question(results, 'Q1');
    // Unweighted 20/30. Population 50/50, sample 10/20: weights 1.5 and 0.75.
    expect(q1.cijfer).toMatchObject({ nGeldig: 30, nPositief: 20 });
    expect(q1.gewogen?.pctPositief).toBeCloseTo(
      (100 * (1.5 * 10 + 0.75 * 10)) / (1.5 * 10 + 0.75 * 20),
      8,
    );
    const nEff = 900 / (1.5 * 1.5 * 10 + 0.75 * 0.75 * 20);
    expect(q1.gewogen?.nEffectief).toBeCloseTo(nEff, 8);
    const [low, high] = wilson(0.75 * nEff, nEff);
    expect(q1.gewogen?.ciLaag).toBeCloseTo(low, 6);
    expect(q1.gewogen?.ciHoog).toBeCloseTo(high, 6);
    // Without a population (Assen has no clients) weighting is explained, not faked.
    const assen = (
      await w.onderzoeker.get(`${base}/gemeenten/GM0106?gewogen=ja&vergelijk=`)
    ).json<GemeenteResults>();
    expect(assen.weging).toMatchObject({ gevraagd: true, mogelijk: false });
    expect(assen.weging?.toelichting).toMatch(/^Weging is niet mogelijk/);
    expect(question(assen, 'Q1').gewogen).toBeNull();
  });

  it('lets a gemeente see itself in full and only the totals of the others', async () => {
    const rounds = await w.assenBeleid.get('/api/v1/resultaten');
    expect(rounds.statusCode).toBe(200);
    const list = rounds.json<{ id: string; gemeenten: { cbsCode: string }[] }[]>();
    expect(list.map((r) => r.id).sort()).toEqual([w.surveyId, previousSurveyId].sort());
    expect(list.find((r) => r.id === w.surveyId)?.gemeenten.map((g) => g.cbsCode)).toEqual([
      'GM0106',
    ]);
    const own = await w.assenBeleid.get(`${base}/gemeenten/GM0106?vergelijk=project,vorige`);
    expect(own.statusCode).toBe(200);
    expect(comparison(question(own.json<GemeenteResults>(), 'Q1'), 'project').cijfer).toMatchObject(
      { nGeldig: 42 },
    );
    expect(
      (await w.assenBeleid.get(`${base}/gemeenten/GM0106/uitsplitsingen/hulp`)).statusCode,
    ).toBe(200);
    for (const url of [
      `${base}/gemeenten/GM0114`,
      `${base}/gemeenten/GM0114/uitsplitsingen/leeftijd`,
      `${base}/gemeenten/GM0014`,
    ]) {
      const refused = await w.assenBeleid.get(url);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    const overview = await w.assenBeleid.get(`${base}/overzicht`);
    expect(overview.statusCode).toBe(200);
    expect(overview.json<{ gemeenten: unknown[] }>().gemeenten).toHaveLength(4);
    // The CSV holds only Assen's rows.
    const csv = await w.assenBeleid.get(`${base}/cijfers.csv`);
    expect(csv.statusCode).toBe(200);
    const gemeenten = new Set(
      csv.body
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    expect([...gemeenten]).toEqual(['GM0106']);
    // Raw answers: the owner only.
    expect((await w.assenBeheerder.get(`${base}/antwoorden.csv`)).statusCode).toBe(404);
    expect((await w.assenBeleid.get(`${base}/antwoorden.csv`)).statusCode).toBe(403);
  });

  it('shows other tenants nothing: same 404 for unknown and foreign rounds', async () => {
    expect((await w.groningenBeleid.get('/api/v1/resultaten')).json()).toEqual([]);
    const unknown = `/api/v1/resultaten/00000000-0000-4000-8000-000000000000/overzicht`;
    for (const client of [w.groningenBeleid, w.otherOnderzoeker]) {
      for (const url of [
        `${base}/overzicht`,
        `${base}/gemeenten/GM0106`,
        `${base}/gemeenten/GM0106/uitsplitsingen/kanaal`,
        `${base}/cijfers.csv`,
        `${base}/cijfers.xlsx`,
        unknown,
      ]) {
        const response = await client.get(url);
        expect(response.statusCode, url).toBe(404);
        expect(response.json<{ detail: string }>().detail).toBe(
          'Dit onderzoek bestaat niet, of u hebt geen toegang tot de resultaten ervan.',
        );
      }
    }
    expect((await w.otherOnderzoeker.get(`${base}/antwoorden.csv`)).statusCode).toBe(404);
  });

  it('keeps row-level security as a second wall around the count tables', async () => {
    const count = (tenantId: string) =>
      inTenant(t.database.db, { tenantId, accountId: null }, async (trx) => {
        const { rows } = await sql<{ gemeente_id: string; dimension: string; n: number }>`
          select gemeente_id, dimension, count(*)::int as n from result_counts
           group by gemeente_id, dimension`.execute(trx);
        return rows;
      });
    const asAssen = await count(w.assen.id);
    expect(asAssen.length).toBeGreaterThan(0);
    for (const row of asAssen) {
      if (row.gemeente_id !== w.assen.id) expect(row.dimension).toBe('totaal');
    }
    expect(asAssen.some((r) => r.gemeente_id === w.emmen.id)).toBe(true);
    expect(asAssen.some((r) => r.gemeente_id === w.assen.id && r.dimension === 'leeftijd')).toBe(
      true,
    );
    expect(await count(w.groningen.id)).toEqual([]);
    // The other bureau owns the 2025 round only: it sees the counts of that round, nothing else.
    const surveysOfOther = await inTenant(
      t.database.db,
      { tenantId: w.otherBureau.id, accountId: null },
      (trx) => trx.selectFrom('result_counts').select('survey_id').distinct().execute(),
    );
    expect(surveysOfOther.map((r) => r.survey_id)).toEqual([previousSurveyId]);
    const otherRows = await inTenant(
      t.database.db,
      { tenantId: w.otherBureau.id, accountId: null },
      (trx) =>
        trx
          .selectFrom('result_counts')
          .select('survey_id')
          .where('survey_id', '=', w.surveyId)
          .execute(),
    );
    expect(otherRows).toEqual([]);
    // A gemeente cannot write counts, not even its own.
    await expect(
      inTenant(t.database.db, { tenantId: w.assen.id, accountId: null }, (trx) =>
        trx
          .updateTable('result_counts')
          .set({ counts: '{}' })
          .where('gemeente_id', '=', w.assen.id)
          .execute(),
      ),
    ).resolves.toEqual([expect.objectContaining({ numUpdatedRows: 0n })]);
  });

  it('exports the CSV exactly as documented, without revealing suppressed figures', async () => {
    const response = await w.onderzoeker.get(`${base}/cijfers.csv?vergelijk=project`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    // The columns are fixed; the file's name carries the counting rule.
    expect(response.headers['content-disposition']).toMatch(
      /filename="resultaten-\d{4}-positief-1-2-v1-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      'gemeente,vraag,n_geldig,n_positief,pct_positief,ci_laag,ci_hoog,vergelijking,pct_vergelijking,p_waarde,significant,onderdrukt',
    );
    const [low, high] = wilson(45, 55);
    const p = zTestP(45, 55, 26, 42);
    expect(lines).toContain(
      `GM0106,Q1,55,45,81.8,${low.toFixed(1)},${high.toFixed(1)},project,${((100 * 26) / 42).toFixed(1)},${p.toFixed(4)},${p < 0.05 ? 'ja' : 'nee'},nee`,
    );
    const tynaarlo = lines.find((l) => l.startsWith('GM1730,Q1,'));
    expect(tynaarlo).toMatch(/^GM1730,Q1,,,,,,project,[0-9]+\.[0-9],,,ja$/);
    // Gemeenten in CBS order, questions in questionnaire order, only those with a positive share.
    const keys = lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(' '));
    expect(keys.slice(0, 10)).toEqual(
      ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10'].map((q) => `GM0106 ${q}`),
    );
    expect(new Set(keys.map((k) => k.split(' ')[0]))).toEqual(
      new Set(['GM0106', 'GM0114', 'GM1680', 'GM1730']),
    );
    expect(keys).toContain('GM0106 A5');
    expect(keys).not.toContain('GM0106 A2');
    expect(lines.at(-1)).toBe('');
    // Audited in the exporter's tenant.
    const logged = await inTenant(
      t.database.db,
      { tenantId: w.bureau.id, accountId: null },
      (trx) =>
        trx
          .selectFrom('audit_log')
          .select(['details', 'object_id'])
          .where('action', '=', 'resultaten.geexporteerd')
          .execute(),
    );
    expect(logged).toContainEqual({
      object_id: w.surveyId,
      details: { formaat: 'csv', vergelijking: 'project', regels: lines.length - 2 },
    });
  });

  it('exports every figure as XLSX naming the rule and threshold, suppressed cells empty', async () => {
    const response = await w.onderzoeker.get(`${base}/cijfers.xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Toelichting',
      'Overzicht',
      'Cijfers',
      'Verdeling',
    ]);
    const info = workbook.getWorksheet('Toelichting')!;
    const texts: string[] = [];
    info.eachRow((row) => texts.push((row.values as unknown[]).map(String).join(' ')));
    expect(texts.join('\n')).toContain('positief-1-2, versie 1');
    expect(texts.join('\n')).toContain('10 respondenten');
    const figures = workbook.getWorksheet('Cijfers')!;
    let tynaarloRows = 0;
    figures.eachRow((row) => {
      const values = row.values as unknown[];
      if (values[1] === 'GM1730' && values[3] === 'Q1') {
        tynaarloRows += 1;
        expect(values.slice(5, 10).every((v) => v === undefined || v === null)).toBe(true);
        expect(values[11]).toBe('ja');
      }
      if (values[1] === 'GM0106' && values[3] === 'Q1') {
        expect(values.slice(5, 8)).toEqual([55, 45, 81.8]);
      }
    });
    expect(tynaarloRows).toBe(1);
    const distribution = workbook.getWorksheet('Verdeling')!;
    distribution.eachRow((row) => expect((row.values as unknown[])[1]).not.toBe('GM1730'));
  });

  it('exports the raw answers in the import format, importable again', async () => {
    const response = await w.onderzoeker.get(`${base}/antwoorden.csv`);
    expect(response.statusCode).toBe(200);
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('kanaal;gemeente;Q1;Q2;Q3;Q4;Q5;Q6;Q7;Q8;Q9;Q10;A1;A2;A3;A4;A5;A6');
    expect(lines.filter((l) => l.startsWith('online;GM0106;1;;;;1;'))).toHaveLength(30);
    expect(lines.length - 2).toBe(60 + 30 + 5 + 12);
    // Into a fresh round of the same bureau: the same figures come out.
    const fresh = await w.onderzoeker.post('/api/v1/enquetes', {
      naam: 'Opnieuw ingelezen',
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106', 'GM0114', 'GM1730', 'GM1680'],
    });
    const freshId = fresh.json<{ id: string }>().id;
    await w.onderzoeker.patch(`/api/v1/enquetes/${freshId}`, { status: 'veldwerk' });
    const imported = await w.onderzoeker.request({
      method: 'POST',
      url: `/api/v1/enquetes/${freshId}/reactiebestanden?bestandsnaam=antwoorden.csv`,
      headers: { 'content-type': 'text/csv' },
      payload: response.rawPayload,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ aanvaard: 107, afgewezen: 0 });
    const again = (
      await w.onderzoeker.get(`/api/v1/resultaten/${freshId}/gemeenten/GM0106?vergelijk=`)
    ).json<GemeenteResults>();
    expect(question(again, 'Q1').cijfer).toMatchObject({ nGeldig: 55, nPositief: 45 });
  });

  it('uses the round’s counting rule, and names it', async () => {
    const rules = await w.onderzoeker.get('/api/v1/telregels');
    expect(rules.statusCode).toBe(200);
    const keys = rules.json<{ sleutel: string; standaard: boolean }[]>();
    expect(keys.find((r) => r.standaard)?.sleutel).toBe('positief-1-2@1');
    const wrong = await w.onderzoeker.patch(`/api/v1/enquetes/${w.surveyId}`, { telregel: 'x@1' });
    expect(wrong.statusCode).toBe(400);
    const changed = await w.onderzoeker.patch(`/api/v1/enquetes/${w.surveyId}`, {
      telregel: 'positief-1-2-weetniet-telt-mee@1',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ telregel: 'positief-1-2-weetniet-telt-mee@1' });
    const results = (
      await w.onderzoeker.get(`${base}/gemeenten/GM0106?vergelijk=`)
    ).json<GemeenteResults>();
    expect(results.telregel).toMatchObject({ id: 'positief-1-2-weetniet-telt-mee', versie: 1 });
    // "Weet niet" now counts as valid, not positive: 45 of 60.
    expect(question(results, 'Q1').cijfer).toMatchObject({
      nGeldig: 60,
      nPositief: 45,
      pctPositief: 75,
    });
    const overview = (await w.onderzoeker.get(`${base}/overzicht`)).json<{
      telregel: { id: string };
    }>();
    expect(overview.telregel.id).toBe('positief-1-2-weetniet-telt-mee');
    await w.onderzoeker.patch(`/api/v1/enquetes/${w.surveyId}`, { telregel: 'positief-1-2@1' });
  });

  it('makes the PDF report of a gemeente it may see in full, and records it', async () => {
    const pdf = await w.assenBeleid.get(`${base}/gemeenten/GM0106/rapport.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await w.assenBeleid.get(`${base}/gemeenten/GM0114/rapport.pdf`)).statusCode).toBe(404);
    expect((await w.groningenBeleid.get(`${base}/gemeenten/GM0106/rapport.pdf`)).statusCode).toBe(
      404,
    );
    const logged = await inTenant(t.database.db, { tenantId: w.assen.id, accountId: null }, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(['object_id', 'details'])
        .where('action', '=', 'rapport.gemaakt')
        .execute(),
    );
    expect(logged).toEqual([
      {
        object_id: w.surveyId,
        details: { gemeente: 'GM0106', vergelijkingen: ['project', 'vorige'] },
      },
    ]);
  });

  it('refuses unknown comparisons and peer codes in Dutch', async () => {
    const bad = await w.onderzoeker.get(`${base}/gemeenten/GM0106?vergelijk=buren`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ detail: string }>().detail).toContain('Onbekende vergelijking: buren');
    const peer = await w.onderzoeker.get(`${base}/gemeenten/GM0106?peergroep=Assen`);
    expect(peer.statusCode).toBe(400);
    expect((await w.onderzoeker.get(`${base}/gemeenten/XX01`)).statusCode).toBe(400);
  });
  it('follows a new response without any work when it is stored', async () => {
    const before = (
      await w.onderzoeker.get(`${base}/gemeenten/GM1680?vergelijk=`)
    ).json<GemeenteResults>();
    expect(question(before, 'Q1').cijfer).toMatchObject({ nGeldig: 12, nPositief: 6 });
    await insertHandResponses(t.database, w.bureau.id, w.surveyId, w.aaEnHunze.id, [
      { answers: { Q1: ['2'] } },
    ]);
    // An open round is re-counted at most once per interval (ADR 0009).
    await new Promise((resolve) => setTimeout(resolve, RECOUNT_INTERVAL_MS + 50));
    const after = (
      await w.onderzoeker.get(`${base}/gemeenten/GM1680?vergelijk=`)
    ).json<GemeenteResults>();
    expect(question(after, 'Q1').cijfer).toMatchObject({ nGeldig: 13, nPositief: 7 });
    expect(after.respons.reacties).toBe(13);
  });

  it('serves a closed round from final counts with the same figures, per counting rule', async () => {
    const url = `${base}/gemeenten/GM0106?vergelijk=project`;
    const before = (await w.onderzoeker.get(url)).json<GemeenteResults>();
    const closed = await w.onderzoeker.patch(`/api/v1/enquetes/${w.surveyId}`, {
      status: 'gesloten',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    for (const client of [w.assenBeleid, w.onderzoeker, w.assenBeleid]) {
      const after = (await client.get(url)).json<GemeenteResults>();
      expect(after.vragen).toEqual(before.vragen);
    }
    const final = await inTenant(t.database.db, { tenantId: w.bureau.id, accountId: null }, (trx) =>
      trx.selectFrom('result_builds').select('final').where('survey_id', '=', w.surveyId).execute(),
    );
    expect(final.every((b) => b.final)).toBe(true);
    await w.onderzoeker.patch(`/api/v1/enquetes/${w.surveyId}`, {
      telregel: 'positief-1-2-weetniet-telt-mee@1',
    });
    const otherRule = (await w.assenBeleid.get(url)).json<GemeenteResults>();
    // Emmen 20/30 and Aa en Hunze 7/13 have no "weet niet": the group stays 27/43.
    expect(comparison(question(otherRule, 'Q1'), 'project').cijfer).toMatchObject({
      nGeldig: 43,
      nPositief: 27,
    });
    expect(question(otherRule, 'Q1').cijfer).toMatchObject({ nGeldig: 60, nPositief: 45 });
    await w.onderzoeker.patch(`/api/v1/enquetes/${w.surveyId}`, { telregel: 'positief-1-2@1' });
  });
});
