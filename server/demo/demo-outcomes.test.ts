/**
 * The demo of M4 must make the aggregate screens show plausible outcome figures: in every
 * wijkteam most residents improve on the domains with enough residents, some get worse, small
 * cells stay suppressed; and the printed resident code opens the own monitor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Monitor, OutcomeReport, Resident } from '../../shared/api/outcomes.schema.js';
import { hashPassword } from '../auth/password.js';
import { createTestApp, login, type Client, type TestApp } from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { DEMO_MONITOR_CODE, DEMO_OUTCOME_TEAMS } from './demo-outcomes.data.js';
import { loadDemoOutcomes, type DemoOutcomesSummary } from './demo-outcomes.service.js';
import { DEMO_PASSWORD } from './demo.data.js';

describe(`Eindhoven and Utrecht outcome demo (${testDatabaseKind()})`, { timeout: 120_000 }, () => {
  let t: TestApp;
  let summary: DemoOutcomesSummary;
  let loadMs: number;
  let beleid: Client;

  beforeAll(async () => {
    t = await createTestApp();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const options = { passwordHash, actor: 'Demo-opbouw' };
    const started = performance.now();
    summary = await loadDemoOutcomes(t.database, options);
    loadMs = performance.now() - started;
    // Loading twice (a demo reset) replaces, never doubles.
    summary = await loadDemoOutcomes(t.database, options);
    beleid = await login(t.app, 'uitkomsten@demo.meetwerk.nl', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('loads four wijkteams with about a hundred residents, quickly', () => {
    const residents = DEMO_OUTCOME_TEAMS.reduce((sum, team) => sum + team.residents, 0);
    expect(summary.teams).toBe(4);
    expect(summary.residents).toBe(residents);
    expect(summary.measurements).toBeGreaterThanOrEqual(2 * residents);
    expect(summary.measurements).toBeLessThanOrEqual(3 * residents);
    expect(loadMs).toBeLessThan(5_000);
    console.log(`M4 demo loaded in ${Math.round(loadMs)} ms`);
  });

  it('shows plausible figures per wijkteam: mostly improved, some worse, small cells suppressed', async () => {
    for (const cbs of ['GM0772', 'GM0344']) {
      const tenant = (
        await t.database.db
          .selectFrom('tenants')
          .select('id')
          .where('cbs_code', '=', cbs)
          .executeTakeFirstOrThrow()
      ).id;
      await beleid.put('/api/v1/sessies/huidige/organisatie', { organisatieId: tenant });
      const report = (await beleid.get('/api/v1/uitkomsten')).json<OutcomeReport>();
      expect(report.gemeente.cbsCode).toBe(cbs);
      expect(report.wijkteams).toHaveLength(2);
      for (const team of report.wijkteams) {
        const shown = team.leefgebieden.filter((d) => !d.onderdrukt);
        expect(shown.length, team.naam).toBeGreaterThanOrEqual(2);
        for (const d of shown) {
          expect(d.pctVerbeterd, `${team.naam} ${d.naam}`).toBeGreaterThan(40);
          expect(d.pctVerbeterd, `${team.naam} ${d.naam}`).toBeLessThan(95);
        }
        expect(team.trajectduur.mediaanDagen).toBeGreaterThan(40);
        expect(team.doelen.onderdrukt || (team.doelen.pctBereikt ?? 0) > 30).toBe(true);
      }
      expect(report.totaal.leefgebieden.some((d) => (d.verslechterd ?? 0) > 0)).toBe(true);
      expect(report.wijkteams.some((w) => w.leefgebieden.some((d) => d.onderdrukt))).toBe(true);
      expect(report.totaal.leefgebieden.find((d) => d.code === 'mvo.financien')?.onderdrukt).toBe(
        false,
      );
      expect(report.totaal.levenstevredenheid.gemiddeldeVerandering).toBeGreaterThan(0);
    }
  });

  it('lets the demo professional see only their team, and the demo code open the monitor', async () => {
    const prof = await login(t.app, 'wijkteam.eindhoven@demo.meetwerk.nl', DEMO_PASSWORD);
    const list = (await prof.get('/api/v1/bewoners')).json<{ bewoners: Resident[] }>().bewoners;
    expect(new Set(list.map((r) => r.wijkteam.naam))).toEqual(new Set(['Wijkteam Woensel']));
    const ws1 = list.find((r) => r.referentie === 'WS-001');
    expect(ws1?.heeftCode).toBe(true);
    const monitor = (await prof.get(`/api/v1/bewoners/${ws1?.id}`)).json<Monitor>();
    expect(monitor.metingen.length).toBeGreaterThanOrEqual(2);
    const entered = await t.app.inject({
      method: 'POST',
      url: '/monitor',
      payload: `code=${DEMO_MONITOR_CODE}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(entered.statusCode).toBe(303);
    expect(
      (await prof.get(`/api/v1/wijkteams/${list[0]?.wijkteam.id}/uitkomsten`)).statusCode,
    ).toBe(200);
  });
});
