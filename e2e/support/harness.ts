import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { readConfig } from '../../server/config.js';
import { openDatabase, type DatabaseHandle } from '../../server/db/database.js';
import { loadDemo } from '../../server/demo/demo.service.js';
import { DEMO_PASSWORD } from '../../server/demo/demo.data.js';
import { buildApp } from '../../server/http/app.js';
import { syncReferenceData } from '../../server/platform/reference-data.js';
import { templateDump } from '../../server/testing/test-database.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { DEMO_DUMP_ENV } from './demo-template.js';

export { DEMO_PASSWORD };
export const chromiumPath = findChromium();

export interface E2eWorld {
  baseUrl: string;
  browser: Browser;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** The real server with the demo world on a fresh in-memory database, and a real Chromium. */
export async function startWorld(): Promise<E2eWorld> {
  // The demo world as the run's set-up loaded it once, or loaded here when run on its own.
  const from = templateDump(DEMO_DUMP_ENV);
  const database = await openDatabase(from ? { memory: true, from } : { memory: true });
  if (!from) {
    await syncReferenceData(database.db);
    await loadDemo(database);
  }
  const config = readConfig({ MEETWERK_LOGIN_RATE_PER_MINUTE: '10000' });
  const app = await buildApp({ database, config, logRequests: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    browser,
    database,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

export async function newPage(world: E2eWorld, width = 1280): Promise<Page> {
  const context = await world.browser.newContext({
    baseURL: world.baseUrl,
    viewport: { width, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  return context.newPage();
}

/** Logs in through the login form, with the keyboard only. */
export async function loginWithKeyboard(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
}

/** Zero violations of the WCAG 2.1 A and AA rules that axe checks. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `accessibility of ${what}`).toEqual([]);
}
