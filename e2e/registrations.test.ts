import fs from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/*
 * Registration of client support and work pressure (M3) in Chromium: a professional registers
 * contacts with the keyboard only and undoes one, keeps a waiting list; the beheerder of
 * 's-Gravenhage sets up codes, locations and capacity, imports a file and reads the dashboard.
 * Every page passes axe, also at 320 px. Set SCREENSHOT_DIR to keep screenshots.
 */

const shots = process.env.SCREENSHOT_DIR;

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** Checks a page at desktop width and at 320 px (axe and screenshots), then goes back. */
async function checkBothWidths(page: Page, name: string) {
  await expectAccessible(page, name);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize({ width: 320, height: 900 });
  await expectAccessible(page, `${name} op 320 px`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name}: no sideways scrolling at 320 px`).toBeLessThanOrEqual(0);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function useTenant(page: Page, name: RegExp) {
  const switcher = page.getByLabel('Organisatie', { exact: true });
  const options = await switcher.locator('option').allInnerTexts();
  const wanted = options.find((option) => name.test(option));
  if (!wanted) throw new Error(`no organisation ${name}`);
  if ((await switcher.locator('option:checked').innerText()) === wanted) return;
  await switcher.selectOption({ label: wanted });
  await page.getByRole('button', { name: 'Wissel' }).click();
  await expect.poll(() => page.getByText(`U werkt nu voor ${wanted}`).count()).toBe(1);
}

const subnav = (page: Page) =>
  page.getByRole('navigation', { name: 'Onderdelen van registratiebeheer' });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const status = (page: Page) => page.locator('.mw-saved-status');

describe.skipIf(!chromiumPath)('registratie en werkdruk in Chromium', () => {
  let world: E2eWorld;
  const dir = mkdtempSync(path.join(tmpdir(), 'mw-registratie-'));
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('registers two contacts by keyboard only and undoes the second', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'professional@demo.meetwerk.nl');
    await page.getByRole('link', { name: 'Contact registreren' }).first().click();
    const datum = page.getByLabel('Datum', { exact: true });
    await datum.waitFor();
    await checkBothWidths(page, 'registreren');
    const ownBefore = await ownTotal(page);

    // The first contact: every field from the keyboard, Enter saves.
    const started = Date.now();
    await datum.focus();
    await page.keyboard.press('Tab'); // locatie
    if (!(await page.getByLabel('Locatie', { exact: true }).inputValue())) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab'); // kanaal: the first radio button
    await page.keyboard.press('t');
    expect(await focusedId(page)).toBe('registratie-kanaal-telefoon');
    await page.keyboard.press('Tab'); // taken: one stop, numbers toggle
    await page.keyboard.press('1');
    await page.keyboard.press('5');
    await page.keyboard.press('Tab'); // minuten: arrow up through 5, 10, 15
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect(await page.getByLabel('Minuten', { exact: true }).inputValue()).toBe('15');
    await page.keyboard.press('Tab'); // resultaat
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // leeftijdsgroep stays "onbekend"
    await page.keyboard.press('Tab'); // niet digitaal vaardig
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).innerText())
      .toMatch(/^Contact opgeslagen: telefoon, 15 minuten: /);
    console.log(`Eerste contact met het toetsenbord geregistreerd in ${Date.now() - started} ms`);
    expect(await focusedId(page)).toBe('registratie-datum');
    await expectAccessible(page, 'contact opgeslagen');
    await screenshot(page, 'registreren-opgeslagen');

    // The second contact: day, location and channel stayed; Enter from the result saves.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // the checked channel (telefoon)
    await page.keyboard.press('i');
    await page.keyboard.press('Tab');
    await page.keyboard.press('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).innerText())
      .toMatch(/^Contact opgeslagen: inloop, 10 minuten: /);
    expect(await focusedId(page)).toBe('registratie-datum');

    // Undo: the button sits just before the form, one Shift+Tab away.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ongedaan maken');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).innerText())
      .toMatch(/^Ongedaan gemaakt: inloop, 10 minuten: /);
    expect(await focusedId(page)).toBe('registratie-datum');

    // The newest own contact is the first one again, still open for changes.
    const recent = page.getByRole('table', { name: /^Uw laatste contacten/ });
    const newest = recent.locator('tbody tr').first();
    await expect.poll(() => newest.innerText()).toMatch(/telefoon\s+.*\s+15\s/s);
    // Two saved, one undone: one more than before.
    expect(await ownTotal(page)).toBe(ownBefore + 1);
    await expect
      .poll(() => newest.getByRole('button', { name: /^Ongedaan maken/ }).count())
      .toBe(1);

    // Changing it: the form takes the contact back; Enter saves the change.
    await newest.getByRole('button', { name: /^Wijzigen/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Contact van .* wijzigen$/ }).waitFor();
    expect(await focusedId(page)).toBe('registratie-datum');
    const minuten = page.getByLabel('Minuten', { exact: true });
    expect(await minuten.inputValue()).toBe('15');
    await minuten.fill('20');
    // A BSN as case number is refused by the server, next to the field; a case number is fine.
    const reference = page.getByLabel('Eigen dossiernummer (niet verplicht)');
    await reference.fill('999900006');
    await reference.press('Enter');
    await page.getByRole('heading', { name: 'De wijziging is niet opgeslagen' }).waitFor();
    await expect.poll(() => page.getByText(/Vul hier geen BSN in/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'registreren: BSN geweigerd');
    await reference.fill('D-2026-114');
    await minuten.press('Enter');
    await expect
      .poll(() => status(page).innerText())
      .toMatch(/^Wijziging opgeslagen: telefoon, 20 minuten: /);
    await expect.poll(() => newest.innerText()).toMatch(/telefoon\s+.*\s+20\s/s);
    await page.getByRole('heading', { level: 2, name: 'Nieuw contact' }).waitFor();
    expect(await ownTotal(page)).toBe(ownBefore + 1);

    // A form with nothing chosen is refused with the reasons, focus on the summary.
    await datum.focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('heading', { name: 'Dit contact is niet opgeslagen' });
    await summary.waitFor();
    expect(await page.getByText('Kies ten minste één taak.').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'registreren met fouten');
  });

  it('keeps a waiting list: a request added, then started', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'professional@demo.meetwerk.nl');
    await page.goto('/wachtlijst');
    await page.getByRole('heading', { level: 1, name: 'Wachtlijst' }).waitFor();
    const locatie = page.getByLabel('Locatie', { exact: true });
    await locatie.waitFor();
    const locations = await locatie.locator('option').allInnerTexts();
    await locatie.selectOption({ label: locations[1] ?? '' });
    const taak = page.getByLabel('Taak', { exact: true });
    const tasks = await taak.locator('option').allInnerTexts();
    await taak.selectOption({ label: tasks[1] ?? '' });
    await page.getByRole('button', { name: 'Aanvraag toevoegen' }).click();
    await expect.poll(() => page.getByText(/^Aanvraag toegevoegd:/).count()).toBe(1);
    const requests = page.getByRole('table', { name: /^Aanvragen/ });
    await requests.waitFor();
    await checkBothWidths(page, 'wachtlijst');
    const row = requests
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: tasks[1] ?? '', exact: true }) })
      .filter({ has: page.getByRole('cell', { name: '0 dagen', exact: true }) })
      .first();
    await row.getByRole('button', { name: /^Gestart/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Hulp gestart' });
    await dialog.waitFor();
    await expectAccessible(page, 'wachtlijst: hulp gestart');
    await dialog.getByRole('button', { name: 'Gestart' }).click();
    await expect.poll(() => page.getByText(/is gestart op/).count()).toBe(1);
  });

  it('lets the beheerder set up codes, locations, capacity and imports', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    await useTenant(page, /Gravenhage/);
    await page.goto('/registratiebeheer');
    const tasks = page.getByRole('table', { name: 'Taken' });
    await tasks.waitFor();
    expect(await tasks.innerText()).toContain('Informatie en advies');
    await checkBothWidths(page, 'beheer-codes');

    // An own code, refused first for its form, then added.
    await page.getByLabel('Code', { exact: true }).fill('BUURTSOEP');
    await page.getByLabel('Naam', { exact: true }).fill('Buurtsoep');
    await page
      .getByLabel('Definitie', { exact: true })
      .fill('Een vraag die aan tafel bij de buurtmaaltijd wordt besproken.');
    await page.getByRole('button', { name: 'Code toevoegen' }).click();
    await page.getByRole('heading', { name: 'De code is niet toegevoegd' }).waitFor();
    await page.getByLabel('Code', { exact: true }).fill('L-BUURTSOEP');
    await page.getByRole('button', { name: 'Code toevoegen' }).click();
    await expect.poll(() => tasks.getByText('L-BUURTSOEP').count()).toBe(1);

    await subnav(page).getByRole('link', { name: 'Locaties' }).click();
    const locations = page.getByRole('table', { name: /^Locaties per stadsdeel/ });
    await locations.waitFor();
    expect(await locations.locator('tbody tr').count()).toBeGreaterThanOrEqual(17);
    await checkBothWidths(page, 'beheer-locaties');

    await subnav(page).getByRole('link', { name: 'Capaciteit' }).click();
    const choose = page.getByLabel('Locatie', { exact: true });
    await choose.waitFor();
    const names = await choose.locator('option').allInnerTexts();
    await choose.selectOption({ label: names[1] ?? '' });
    const grid = page.getByRole('table', { name: /^Uren per week/ });
    await grid.waitFor();
    const cell = grid.getByRole('textbox').first();
    const before = await cell.inputValue();
    await cell.fill(before === '12,5' ? '13' : '12,5');
    await page.getByRole('button', { name: 'Capaciteit opslaan' }).click();
    await expect.poll(() => page.getByText(/1 vak opgeslagen/).count()).toBe(1);
    await checkBothWidths(page, 'beheer-capaciteit');

    await subnav(page).getByRole('link', { name: 'Bestanden inlezen' }).click();
    const file = path.join(dir, 'capaciteit.csv');
    const code = await firstLocationCode(page);
    writeFileSync(
      file,
      `locatie;week;soort;uren\n${code};2026-W05;professional;36\n${code};2026-W99;stagiair;8\n`,
    );
    await page.getByLabel('Bestand met capaciteit').setInputFiles(file);
    await page
      .getByRole('region', { name: 'Capaciteit' })
      .getByRole('button', { name: 'Bestand inlezen' })
      .click();
    const rejected = page.getByRole('table', { name: 'Afgewezen rijen' });
    await rejected.waitFor();
    expect(await rejected.innerText()).toMatch(/3\s+week/);
    await expect
      .poll(() => page.getByText(/1 regel capaciteit ingelezen, 1 rij afgewezen/).count())
      .toBe(1);
    await checkBothWidths(page, 'beheer-bestanden');

    await subnav(page).getByRole('link', { name: 'Instellingen' }).click();
    const weight = page.getByLabel('Stagiairs', { exact: true });
    await weight.waitFor();
    expect(await weight.inputValue()).toBe('0,5');
    await checkBothWidths(page, 'beheer-instellingen');
  });

  it('shows the pressure of every stadsdeel, with filters in the address', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    await useTenant(page, /Gravenhage/);
    await page.getByRole('link', { name: 'Werkdruk' }).first().click();
    const comparison = page.getByRole('table', { name: /^Werkdruk per stadsdeel/ });
    await comparison.waitFor();
    expect(await comparison.locator('tbody tr').count()).toBe(8);
    expect(await page.getByText(/^Drukratio per stadsdeel, van hoog naar laag\./).count()).toBe(1);
    const perLocation = page.getByRole('table', { name: /^Werkdruk per locatie/ });
    await perLocation.waitFor();
    expect(await perLocation.locator('tbody tr').count()).toBeGreaterThanOrEqual(17);
    await checkBothWidths(page, 'werkdruk');

    // The download links give the figures as CSV and as an Excel workbook.
    for (const [name, type] of [
      ['cijfers per maand, per locatie en stadsdeel (CSV)', 'text/csv'],
      ['cijfers per maand, per locatie en stadsdeel (Excel)', 'spreadsheetml'],
    ] as const) {
      const href = (await page.getByRole('link', { name }).getAttribute('href')) ?? '';
      const answer = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const text = await response.text();
        return { status: response.status, type: response.headers.get('content-type') ?? '', text };
      }, href);
      expect(answer.status, href).toBe(200);
      expect(answer.type).toContain(type);
      if (type === 'text/csv') expect(answer.text).toMatch(/\nlocatie;.*;Escamp;/);
    }

    await page.getByLabel('Indeling').selectOption('week');
    const stadsdeel = page.getByLabel('Stadsdeel', { exact: true });
    const stadsdelen = await stadsdeel.locator('option').allInnerTexts();
    await stadsdeel.selectOption({ label: stadsdelen[1] ?? '' });
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('per')).toBe('week');
    expect(new URL(page.url()).searchParams.get('stadsdeel')).toBe(stadsdelen[1]);
    await page.getByRole('table', { name: /^Werkdruk per week/ }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /^Werkdruk per stadsdeel/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(1);
    await checkBothWidths(page, 'werkdruk-stadsdeel-per-week');
  });
});

/** How many contacts the logged-in professional has, as the API counts them. */
async function ownTotal(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/registraties?aantal=1');
    return ((await response.json()) as { totaal: number }).totaal;
  });
}

async function firstLocationCode(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/locaties');
    const body = (await response.json()) as { locaties: { code: string }[] };
    return body.locaties[0]?.code ?? '';
  });
}
