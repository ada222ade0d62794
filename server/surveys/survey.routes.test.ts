import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkTenants } from '../tenants/tenant.repository.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import {
  createTenant,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
  createTestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';

interface Survey {
  id: string;
  naam: string;
  gemeenten: { cbsCode: string }[];
  vragenlijstVersie: number;
  aantalVragen: number;
  status: string;
}

describe(`survey rounds (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let bureau: TenantRow;
  let assen: TenantRow;
  let onderzoeker: Client;
  let beheerderAssen: Client;
  let beleidAssen: Client;
  let otherBureau: Client;
  let survey: Survey;

  beforeAll(async () => {
    t = await createTestApp();
    bureau = await createTenant(t.database, 'bureau', 'Bureau Noord');
    assen = await gemeente(t.database, 'GM0106');
    const emmen = await gemeente(t.database, 'GM0114');
    await linkTenants(t.database.db, bureau.id, [assen.id, emmen.id], 'werkt_voor');
    const other = await createTenant(t.database, 'bureau', 'Bureau Zuid');
    await createUser(t.database, 'onderzoeker@test.nl', [{ tenant: bureau, role: 'onderzoeker' }]);
    await createUser(t.database, 'beheer.assen@test.nl', [{ tenant: assen, role: 'beheerder' }]);
    await createUser(t.database, 'beleid.assen@test.nl', [
      { tenant: assen, role: 'beleidsmedewerker' },
    ]);
    await createUser(t.database, 'zuid@test.nl', [{ tenant: other, role: 'onderzoeker' }]);
    onderzoeker = await login(t.app, 'onderzoeker@test.nl');
    // The bureau's staff work in their own tenant for projects across gemeenten.
    await onderzoeker.put('/api/v1/sessies/huidige/organisatie', { organisatieId: bureau.id });
    beheerderAssen = await login(t.app, 'beheer.assen@test.nl');
    beleidAssen = await login(t.app, 'beleid.assen@test.nl');
    otherBureau = await login(t.app, 'zuid@test.nl');
  });
  afterAll(() => t.close());

  it('creates a round from the CEO template for the gemeenten the bureau works for', async () => {
    const response = await onderzoeker.post('/api/v1/enquetes', {
      naam: 'CEO Wmo 2026 Drenthe',
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106', 'GM0114'],
    });
    expect(response.statusCode).toBe(201);
    survey = response.json<Survey>();
    expect(survey.gemeenten.map((g) => g.cbsCode).sort()).toEqual(['GM0106', 'GM0114']);
    expect(survey).toMatchObject({ vragenlijstVersie: 1, aantalVragen: 16, status: 'concept' });
  });

  it('refuses gemeenten the bureau does not work for, naming the field', async () => {
    const response = await onderzoeker.post('/api/v1/enquetes', {
      naam: 'Te ver',
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0014'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ invalidParams: [{ name: 'gemeenten' }] });
  });

  it('lets a small gemeente run the survey alone, for itself only', async () => {
    const own = await beheerderAssen.post('/api/v1/enquetes', {
      naam: 'Eigen onderzoek Assen',
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106'],
    });
    expect(own.statusCode).toBe(201);
    const other = await beheerderAssen.post('/api/v1/enquetes', {
      naam: 'Voor de buren',
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0114'],
    });
    expect(other.statusCode).toBe(400);
  });

  it('versions the questionnaire and keeps standard questions unchanged', async () => {
    const current = (await onderzoeker.get(`/api/v1/enquetes/${survey.id}/vragenlijst`)).json<{
      versie: number;
      vragenlijst: { intro: string; questions: { id: string; text: string }[] };
    }>();
    const added = {
      ...current.vragenlijst,
      questions: [
        ...current.vragenlijst.questions,
        { id: 'E1', theme: 'eigen', type: 'open', text: 'Wat kan beter?' },
      ],
    };
    const saved = await onderzoeker.put(`/api/v1/enquetes/${survey.id}/vragenlijst`, added);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ versie: 2 });

    const reworded = {
      ...added,
      questions: added.questions.map((q) =>
        q.id === 'Q2' ? { ...q, text: 'Ik werd meteen geholpen.' } : q,
      ),
    };
    const refused = await onderzoeker.put(`/api/v1/enquetes/${survey.id}/vragenlijst`, reworded);
    expect(refused.statusCode).toBe(400);
    expect(
      refused.json<{ invalidParams: { reason: string }[] }>().invalidParams[0]?.reason,
    ).toContain('Vraag Q2 is een standaardvraag');
  });

  it('refuses an invalid questionnaire with a Dutch reason per problem', async () => {
    const response = await onderzoeker.put(`/api/v1/enquetes/${survey.id}/vragenlijst`, {
      intro: '',
      questions: [{ id: 'E1', theme: 'eigen', type: 'enkelvoudig', text: 'Kies', options: [] }],
    });
    expect(response.statusCode).toBe(400);
    expect(
      response.json<{ invalidParams: { name: string; reason: string }[] }>().invalidParams,
    ).toContainEqual(
      expect.objectContaining({
        name: 'questions.0.options',
        reason: 'Geef bij vraag E1 minstens twee antwoorden.',
      }),
    );
  });

  it('keeps rounds of one tenant from every other tenant', async () => {
    expect((await otherBureau.get(`/api/v1/enquetes/${survey.id}`)).statusCode).toBe(404);
    expect((await otherBureau.get(`/api/v1/enquetes/${survey.id}/vragenlijst`)).statusCode).toBe(
      404,
    );
    expect(
      (await otherBureau.patch(`/api/v1/enquetes/${survey.id}`, { status: 'gesloten' })).statusCode,
    ).toBe(404);
    expect((await otherBureau.get('/api/v1/enquetes')).json()).toEqual({ enquetes: [] });
    // A participating gemeente does not see the bureau's fieldwork (only results, in M2).
    const assenList = (await beheerderAssen.get('/api/v1/enquetes')).json<{ enquetes: Survey[] }>();
    expect(assenList.enquetes.map((s) => s.naam)).toEqual(['Eigen onderzoek Assen']);
  });

  it('keeps a beleidsmedewerker out of fieldwork', async () => {
    expect((await beleidAssen.get('/api/v1/enquetes')).statusCode).toBe(403);
  });

  it('moves the round to fieldwork and refuses to reopen a closed round', async () => {
    const open = await onderzoeker.patch(`/api/v1/enquetes/${survey.id}`, { status: 'veldwerk' });
    expect(open.json()).toMatchObject({ status: 'veldwerk' });
    await onderzoeker.patch(`/api/v1/enquetes/${survey.id}`, { status: 'gesloten' });
    const reopen = await onderzoeker.patch(`/api/v1/enquetes/${survey.id}`, { status: 'veldwerk' });
    expect(reopen.statusCode).toBe(409);
    // The questionnaire of a closed round stays as its answers were given.
    const current = await onderzoeker.get(`/api/v1/enquetes/${survey.id}/vragenlijst`);
    const edit = await onderzoeker.put(
      `/api/v1/enquetes/${survey.id}/vragenlijst`,
      current.json<{ vragenlijst: object }>().vragenlijst,
    );
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ detail: string }>().detail).toContain('Dit onderzoek is gesloten.');
  });
});
