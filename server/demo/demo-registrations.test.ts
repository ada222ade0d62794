/**
 * The Den Haag demo of M3 tells the story of the source document: the dashboard must show the
 * pressure in Escamp and Laak above capacity and Haagse Hout and Leidschenveen-Ypenburg below
 * it, with more residents who are not digital or have a language barrier where it is busy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PressureReport } from '../../shared/api/registrations.schema.js';
import { addDays, todayInAmsterdam } from '../../shared/registrations/iso-week.js';
import {
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { DEMO_LOCATIONS } from './demo-registrations.data.js';
import {
  loadDemoRegistrations,
  type DemoRegistrationsSummary,
} from './demo-registrations.service.js';

describe(`Den Haag registrations demo (${testDatabaseKind()})`, { timeout: 120_000 }, () => {
  let t: TestApp;
  let beleid: Client;
  let professional: Client;
  let summary: DemoRegistrationsSummary;
  let loadMs: number;

  beforeAll(async () => {
    t = await createTestApp();
    const denHaag = await gemeente(t.database, 'GM0518');
    await createUser(t.database, 'beleid@dh.test', [
      { tenant: denHaag, role: 'beleidsmedewerker' },
    ]);
    const profId = await createUser(t.database, 'prof@dh.test', [
      { tenant: denHaag, role: 'professional' },
    ]);
    const started = performance.now();
    summary = await loadDemoRegistrations(t.database, { professionalId: profId });
    loadMs = performance.now() - started;
    // Loading twice (a demo reset) replaces, never doubles.
    summary = await loadDemoRegistrations(t.database, { professionalId: profId });
    beleid = await login(t.app, 'beleid@dh.test');
    professional = await login(t.app, 'prof@dh.test');
  }, 180_000);
  afterAll(() => t.close());

  it('has the 8 stadsdelen and 17 servicepunten, a year of contacts, capacity and waiting lists', async () => {
    expect(summary.locations).toBe(17);
    expect(summary.registrations).toBeGreaterThan(28_000);
    expect(summary.registrations).toBeLessThan(36_000);
    expect(summary.waitingRequests).toBeGreaterThan(300);
    // Every location, every week, three staff types.
    expect(summary.capacityRows % (17 * 3)).toBe(0);
    expect(summary.capacityRows / 51).toBeGreaterThanOrEqual(56);
    const list = (await beleid.get('/api/v1/locaties')).json<{ stadsdelen: string[] }>();
    expect(list.stadsdelen).toEqual([
      'Centrum',
      'Escamp',
      'Haagse Hout',
      'Laak',
      'Leidschenveen-Ypenburg',
      'Loosduinen',
      'Scheveningen',
      'Segbroek',
    ]);
    expect(DEMO_LOCATIONS).toHaveLength(17);
    console.info(`demo registrations loaded in ${Math.round(loadMs)} ms (${t.database.kind})`);
  });

  it('shows Escamp and Laak under pressure, Haagse Hout and Leidschenveen-Ypenburg with room', async () => {
    const tot = addDays(todayInAmsterdam(), -1);
    const response = await beleid.get(`/api/v1/werkdruk?per=maand&tot=${tot}&niveau=stadsdeel`);
    expect(response.statusCode).toBe(200);
    const report = response.json<PressureReport>();
    const total = (name: string) => report.vergelijking.find((v) => v.sleutel === name)!.totaal;
    for (const busy of ['Escamp', 'Laak']) {
      expect(total(busy).drukratio, busy).toBeGreaterThan(1.15);
      expect(total(busy).wachttijdMediaanDagen, busy).toBeGreaterThan(15);
    }
    for (const calm of ['Haagse Hout', 'Leidschenveen-Ypenburg']) {
      expect(total(calm).drukratio, calm).toBeLessThan(0.9);
      expect(total(calm).wachttijdMediaanDagen ?? 0, calm).toBeLessThan(12);
    }
    expect(total('Laak').aandeelTaalbarriere!).toBeGreaterThan(
      3 * total('Haagse Hout').aandeelTaalbarriere!,
    );
    expect(total('Escamp').aandeelNietDigitaal!).toBeGreaterThan(
      2 * total('Leidschenveen-Ypenburg').aandeelNietDigitaal!,
    );
  });

  it("gives the demo professional today's contacts to change, at a remembered location", async () => {
    const own = (await professional.get('/api/v1/registraties')).json<{
      registraties: { bewerkbaar: boolean; locatie: string }[];
    }>();
    expect(own.registraties).toHaveLength(5);
    expect(own.registraties.every((r) => r.bewerkbaar && r.locatie === 'ESC-01')).toBe(true);
    const form = (await professional.get('/api/v1/registraties/formulier')).json<{
      laatsteLocatie: string;
      taken: { code: string }[];
    }>();
    expect(form.laatsteLocatie).toBe('ESC-01');
    expect(form.taken.map((c) => c.code)).toContain('L-TAALCAFE');
  });
});
