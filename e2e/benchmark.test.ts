import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  expectAccessible,
  loginWithKeyboard,
  newPage,
  startWorld,
  type E2eWorld,
} from './support/harness.js';

/**
 * The public benchmark portal on the demo world (19 gemeenten of the 2025 round, all opted in):
 * the list and a gemeente page pass axe, can be used by keyboard, fit a 320 px screen and show
 * their tables with JavaScript switched off. Set SCREENSHOT_DIR to keep screenshots.
 */

const shots = process.env.SCREENSHOT_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** Tabs until the focused element matches, at most `limit` times; returns its text. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(`${selector}:focus`).count()) > 0) {
      return (await page.locator(':focus').innerText()).trim();
    }
  }
  throw new Error(`no focus on ${selector} after ${limit} tabs`);
}

describe.skipIf(!chromiumPath)('public benchmark portal in Chromium', () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('lists the gemeenten, opens one by keyboard, and both pages pass axe', async () => {
    const page = await newPage(world);
    const response = await page.goto('/benchmark');
    expect(response!.status()).toBe(200);
    const css = await page.request.get('/benchmark/stijl.css');
    expect(
      Buffer.byteLength(await response!.body()) + (await css.body()).length,
    ).toBeLessThanOrEqual(60 * 1024);
    await page.getByRole('heading', { level: 1, name: 'Hoe staat uw gemeente ervoor?' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Drenthe' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Groningen' }).count()).toBe(1);
    expect(await page.locator('main li a').count()).toBe(19);
    await expectAccessible(page, 'benchmark-index');

    // The skip link comes first and moves to the content; then the search field.
    expect(await tabTo(page, 'a.rp-skip-link', 1)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoek');
    await page.keyboard.type('asse');
    await page.keyboard.press('Enter');
    await page.getByText('1 gemeente gevonden met "asse"').waitFor();
    expect(await tabTo(page, 'a[href="/benchmark/GM0106"]')).toBe('Assen');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/benchmark/GM0106');

    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Assen' }).waitFor();
    for (const theme of ['Toegang', 'Cliëntondersteuning', 'Kwaliteit', 'Effect']) {
      expect(await page.getByRole('heading', { level: 2, name: theme }).count(), theme).toBe(1);
      expect(
        await page.getByRole('img', { name: new RegExp(`^${theme}: % positief`) }).count(),
      ).toBe(1);
    }
    expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(4);
    await expectAccessible(page, 'benchmark-gemeente');
    // Keyboard: through the page's own contents list to a theme, then into its table.
    expect(await tabTo(page, 'a[href="#thema-effect"]')).toBe('Effect');
    await page.keyboard.press('Enter');
    expect(await tabTo(page, 'section[aria-labelledby="thema-effect"] .bm-scroll')).toContain(
      'Effect: Assen en de regio',
    );
    await page.context().close();
  });

  it('fits a 320 px screen', async () => {
    const page = await newPage(world, 320);
    const response = await page.goto('/benchmark/GM0106');
    expect(response!.status()).toBe(200);
    const html = await response!.body();
    expect(html.length).toBeLessThanOrEqual(60 * 1024);
    // No sideways scrolling of the page itself (wide tables scroll inside their own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    const chart = page.locator('svg.bm-chart').first();
    expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(300);
    await expectAccessible(page, 'benchmark-gemeente-320');
    await shot(page, 'benchmark-gemeente-320');
    await page.goto('/benchmark');
    await shot(page, 'benchmark-index-320');
    await page.context().close();
  });

  it('shows the tables, charts and search without JavaScript', async () => {
    const context = await world.browser.newContext({
      baseURL: world.baseUrl,
      viewport: { width: 1024, height: 800 },
      locale: 'nl-NL',
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto('/benchmark');
    await page.getByLabel('Zoek uw gemeente').fill('emmen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Emmen' }).click();
    await page.waitForURL('**/benchmark/GM0114');
    const tables = page.locator('table.utrecht-table');
    expect(await tables.count()).toBeGreaterThanOrEqual(4);
    const firstRow = tables.first().locator('tbody tr').first();
    expect(await firstRow.locator('th').innerText()).toMatch(/^Vraag 1\. /);
    expect(await firstRow.innerText()).toMatch(/\d+,\d%/);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(4);
    // The demo's story: about three quarters positive, about a quarter knew of the ondersteuner.
    const q5 = await page
      .locator('tr', { hasText: 'onafhankelijke cliëntondersteuner' })
      .innerText();
    const q5pct = Number(/(\d+,\d)%/.exec(q5)![1]!.replace(',', '.'));
    expect(q5pct).toBeGreaterThan(10);
    expect(q5pct).toBeLessThan(45);
    const missing = await page.goto('/benchmark/GM9999');
    expect(missing!.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await context.close();
  });

  it('gives the demo researcher the PDF report of a gemeente of the round', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'onderzoeker@demo.meetwerk.nl');
    const rounds = (await (await page.request.get('/api/v1/resultaten')).json()) as {
      id: string;
    }[];
    const id = rounds[0]!.id;
    const response = await page.request.get(
      `/api/v1/resultaten/${id}/gemeenten/GM0106/rapport.pdf`,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\n/g) ?? []).length;
    // Cover, summary, five themes, breakdowns over several pages, method.
    expect(pages).toBeGreaterThanOrEqual(9);
    expect(pages).toBeLessThanOrEqual(30);
    await page.context().close();
  });
});
