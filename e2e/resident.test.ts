import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../server/db/database.js';
import { hashCode } from '../server/public/personal-code.js';
import { createSurvey } from '../server/surveys/survey.service.js';
import { findTenantByCbsCode } from '../server/tenants/tenant.repository.js';
import { chromiumPath, expectAccessible, startWorld, type E2eWorld } from './support/harness.js';

/**
 * A resident answers the whole questionnaire on a 320 px phone, with JavaScript switched off,
 * by keyboard only; every kind of resident page passes axe. Set SCREENSHOT_DIR to keep
 * screenshots of each page for a visual check.
 */

const CODES = ['E2EA-AAAA', 'E2EB-BBBB', 'E2EC-CCCC'];
/** An invitation to a round that has been closed. */
const CLOSED_CODE = 'E2ED-DDDD';
const shots = process.env.SCREENSHOT_DIR;

async function surveyWithInvitations(
  world: E2eWorld,
  naam: string,
  codes: string[],
  closed = false,
): Promise<void> {
  const assen = await findTenantByCbsCode(world.database.db, 'GM0106');
  if (!assen) throw new Error('no Assen');
  const who = { tenantId: assen.id, accountId: null, name: 'e2e' };
  await inTenant(world.database.db, { tenantId: assen.id, accountId: null }, async (trx) => {
    const survey = await createSurvey(trx, who, {
      naam,
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106'],
    });
    for (const code of codes) {
      const client = await trx
        .insertInto('clients')
        .values({
          tenant_id: assen.id,
          survey_id: survey.id,
          gemeente_id: assen.id,
          client_number: code,
          import_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('invitations')
        .values({
          tenant_id: assen.id,
          survey_id: survey.id,
          client_id: client.id,
          gemeente_id: assen.id,
          code_hash: hashCode(code),
          code,
        })
        .execute();
    }
    // Answers are taken in fieldwork only; a closed round shows its own page.
    await trx
      .updateTable('surveys')
      .set({ status: closed ? 'gesloten' : 'veldwerk' })
      .where('id', '=', survey.id)
      .execute();
  });
}

async function phone(
  world: E2eWorld,
  width = 320,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await world.browser.newContext({
    baseURL: world.baseUrl,
    viewport: { width, height: 640 },
    locale: 'nl-NL',
    javaScriptEnabled: false,
  });
  return { context, page: await context.newPage() };
}

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** Tabs into the next question and picks its n-th answer (0 = first) with the arrow keys. */
async function choose(page: Page, n: number): Promise<void> {
  await page.keyboard.press('Tab');
  if (n === 0) await page.keyboard.press('Space');
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
}

/**
 * axe needs script and timers, which are off in the resident's browser. It checks the same
 * HTML in a second page with scripts on, opened on the same origin so the stylesheet loads.
 */
async function accessible(world: E2eWorld, page: Page, what: string): Promise<void> {
  const context = await world.browser.newContext({
    baseURL: world.baseUrl,
    viewport: page.viewportSize() ?? { width: 320, height: 640 },
  });
  const checker = await context.newPage();
  await checker.goto('/enquete/klaar');
  await checker.setContent(await page.content(), { waitUntil: 'load' });
  await expectAccessible(checker, what);
  await context.close();
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** Tabs forward until the button or link with this text has the focus. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === text) return;
  }
  throw new Error(`"${text}" not reached with Tab`);
}

/** The answers ticked on the page, as question=answer. */
async function ticked(page: Page): Promise<string[]> {
  return page
    .locator('input:checked')
    .evaluateAll((inputs) =>
      inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`),
    );
}

/** Presses Enter on what has the focus and waits for the next page. */
async function submitWithEnter(page: Page): Promise<void> {
  const before = page.url();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href !== before);
}

describe.skipIf(!chromiumPath)('resident answers online, in Chromium without JavaScript', () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startWorld();
    await surveyWithInvitations(world, 'CEO Wmo e2e', CODES);
    await surveyWithInvitations(world, 'CEO Wmo e2e gesloten', [CLOSED_CODE], true);
  });
  afterAll(() => world?.close());

  it('answers everything at 320 px by keyboard only, and every page passes axe', async () => {
    const { context, page } = await phone(world);
    const response = await page.goto(`/enquete?code=${CODES[0]}`);
    expect(Buffer.byteLength(await response!.body())).toBeLessThan(60 * 1024);
    await accessible(world, page, 'code-invoer');
    await shot(page, '1-code-320');

    // A wrong code first: the error page.
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.type('X');
    await page.keyboard.press('Enter');
    await page.getByText('Deze code kennen wij niet.').first().waitFor();
    expect(await page.title()).toMatch(/^Fout: /);
    await accessible(world, page, 'foute code');
    await shot(page, '2-code-fout-320');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(CODES[0]!.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByText('Stap 1 van 10').waitFor();
    await accessible(world, page, 'vraagpagina');
    await shot(page, '3-vraag-320');

    // Per page the answer picked for each question on it (index in the list of answers).
    const plan: [string, number[]][] = [
      ['Toegang', [0, 1]],
      ['Toegang', [1, 5]],
      ['Cliëntondersteuning', [1]],
      ['Kwaliteit', [0, 1]],
      ['Effect', [0, 0, 2]],
      ['Over uzelf', [1]], // A1: with help from someone else
      ['Over uzelf', [2]],
      ['Over uzelf', [1]],
      ['Over uzelf', [1]], // A4: no mantelzorger, so A5 is skipped
      ['Over uzelf', [0]],
    ];
    for (const [index, [title, picks]] of plan.entries()) {
      await page.getByText(`Stap ${index + 1} van 10`).waitFor();
      expect(await heading(page)).toBe(title);
      for (const pick of picks) await choose(page, pick);
      if (index === 4) await shot(page, '4-groep-320');
      const before = page.url();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href !== before);
    }

    expect(await heading(page)).toBe('Controleer uw antwoorden');
    await accessible(world, page, 'controle');
    await shot(page, '5-controle-320');
    expect(await page.locator('.rp-review-row').count()).toBe(15);
    await expect.poll(() => page.getByText('Ikzelf, met hulp van iemand anders').count()).toBe(1);
    // Keyboard: Tab past the "Wijzigen" links to "Versturen".
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.locator('button:focus').count()) > 0) break;
    }
    expect(await page.locator('button:focus').innerText()).toBe('Versturen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
    await accessible(world, page, 'eindpagina');
    await shot(page, '6-klaar-320');

    // The code is used up now.
    await page.goto(`/enquete?code=${CODES[0]}`);
    await page.getByRole('button', { name: 'Beginnen' }).press('Enter');
    await page.getByText('Met deze code is de vragenlijst al ingevuld.').waitFor();
    await accessible(world, page, 'code al gebruikt');
    await shot(page, '6b-code-gebruikt-320');
    await context.close();
  });

  it('goes back, stops, and goes on later with the same code, by keyboard only', async () => {
    const { context, page } = await phone(world);
    await page.goto(`/enquete?code=${CODES[2]}`);
    await tabTo(page, 'Beginnen');
    await submitWithEnter(page);

    // Page 1, then page 2 with answers, then back with "Vorige".
    await page.getByText('Stap 1 van 10').waitFor();
    await choose(page, 0);
    await choose(page, 1);
    const first = await ticked(page);
    expect(first).toHaveLength(2);
    await submitWithEnter(page);
    await page.getByText('Stap 2 van 10').waitFor();
    await choose(page, 1);
    await choose(page, 5);
    const second = await ticked(page);
    expect(second).toHaveLength(2);
    await tabTo(page, 'Vorige');
    await submitWithEnter(page);

    // Back on page 1 with its answers; page 2 kept what was ticked before going back.
    await page.getByText('Stap 1 van 10').waitFor();
    expect(await ticked(page)).toEqual(first);
    expect(await page.getByRole('button', { name: 'Vorige' }).count()).toBe(0);
    await tabTo(page, 'Volgende');
    await submitWithEnter(page);
    await page.getByText('Stap 2 van 10').waitFor();
    expect(await ticked(page)).toEqual(second);

    // Change the first answer on page 2, then stop.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    const changed = await ticked(page);
    expect(changed).not.toEqual(second);
    await tabTo(page, 'Stoppen en later verder');
    await submitWithEnter(page);
    expect(new URL(page.url()).pathname).toBe('/enquete/bewaard');
    expect(await heading(page)).toBe('Uw antwoorden zijn bewaard');
    await accessible(world, page, 'bewaard');
    await shot(page, '9-bewaard-320');

    // Later: the link back, the same code, and on where the respondent stopped.
    await tabTo(page, 'Verder met de vragenlijst');
    await submitWithEnter(page);
    await tabTo(page, 'Beginnen');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(CODES[2]!);
    await submitWithEnter(page);
    await page.getByText('Stap 2 van 10').waitFor();
    expect(await ticked(page)).toEqual(changed);
    await tabTo(page, 'Vorige');
    await submitWithEnter(page);
    await page.getByText('Stap 1 van 10').waitFor();
    expect(await ticked(page)).toEqual(first);
    await context.close();
  });

  it('tells a resident that a closed round takes no more answers', async () => {
    const { context, page } = await phone(world);
    await page.goto(`/enquete?code=${CLOSED_CODE}`);
    await tabTo(page, 'Beginnen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Vragenlijst gesloten' }).waitFor();
    await page.getByText('Deze vragenlijst is gesloten.').waitFor();
    await accessible(world, page, 'onderzoek gesloten');
    await shot(page, '10-gesloten-320');
    await context.close();
  });

  it('shows a question with an error, and looks right on a desktop', async () => {
    const { context, page } = await phone(world, 1280);
    await page.goto(`/enquete?code=${CODES[1]}`);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.getByText('Stap 1 van 10').waitFor();
    await shot(page, '7-vraag-desktop');
    await context.close();
    // Open the error page the way a browser gets it, to check it with axe.
    const second = await phone(world);
    await second.page.goto(`/enquete?code=${CODES[1]}`);
    await second.page.getByRole('button', { name: 'Beginnen' }).click();
    await second.page.getByText('Stap 1 van 10').waitFor();
    await second.page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name=Q1]');
      if (input) input.value = '8';
    });
    await second.page.locator('input[name=Q1]').first().check();
    await second.page.getByRole('button', { name: 'Volgende' }).click();
    await second.page.getByText('Kies een van de antwoorden die u ziet.').first().waitFor();
    await accessible(world, second.page, 'vraag met fout');
    await shot(second.page, '8-vraag-fout-320');
    await second.context.close();
  });
});
