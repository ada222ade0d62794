import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_EXPORT_COLUMNS } from '../shared/api/results.schema.js';
import {
  chromiumPath,
  expectAccessible,
  loginWithKeyboard,
  newPage,
  startWorld,
  type E2eWorld,
} from './support/harness.js';

const DEMO_ROUND = 'Cliëntervaringsonderzoek Wmo 2025 – 19 gemeenten Groningen en Drenthe';

const overviewTable = (page: Page) =>
  page.getByRole('table', { name: /^Percentage positief per gemeente en vraag/ });

async function openDemoRound(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Resultaten' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
  await expectAccessible(page, 'resultaten');
  await page.getByRole('link', { name: DEMO_ROUND }).click();
  await overviewTable(page).waitFor();
}

/** Presses Space on a checkbox by keyboard focus and returns whether it is now checked. */
async function toggleByKeyboard(page: Page, label: string): Promise<boolean> {
  // The label holds a description after the name.
  const box = page.getByRole('checkbox', { name: new RegExp(`^${label}( |$)`) });
  await box.focus();
  await page.keyboard.press('Space');
  return box.isChecked();
}

async function applyByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Vergelijking toepassen' }).focus();
  await page.keyboard.press('Enter');
}

describe.skipIf(!chromiumPath)('resultaten in Chromium', () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('shows the onderzoeker every gemeente, comparisons, weighting, a breakdown and the CSV', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'onderzoeker@demo.meetwerk.nl');
    await openDemoRound(page);

    // The overview: a header row and a row per gemeente (19), every gemeente a link.
    const table = overviewTable(page);
    expect(await table.getByRole('row').count()).toBe(20);
    expect(await table.getByRole('rowheader').getByRole('link').count()).toBe(19);
    const groningen = table.getByRole('row', { name: /^Groningen/ });
    const cells = await groningen.getByRole('cell').allTextContents();
    // The ten standard questions and the round's other questions with a share positive.
    const questionColumns = (await table.getByRole('columnheader').count()) - 1;
    expect(questionColumns).toBeGreaterThanOrEqual(10);
    expect(cells).toHaveLength(questionColumns);
    for (const cell of cells) expect(cell).toMatch(/^(\d{1,3},\d%(\* \(signaal\))?|–.*)$/);
    await expect.poll(() => page.getByText('Telregel:').count()).toBe(1);
    await expectAccessible(page, 'overzicht van de ronde');

    // The CSV of all figures starts with exactly the documented columns.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Alle cijfers per gemeente en vraag (CSV)' }).click();
    const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const lines = csv.split(/\r?\n/);
    expect(lines).toContain(RESULTS_EXPORT_COLUMNS.join(','));
    // The file and the screen tell the same figure (the file with a decimal point).
    const q1 = lines.find((line) => line.startsWith('GM0014,Q1,'))?.split(',') ?? [];
    const pctColumn = RESULTS_EXPORT_COLUMNS.indexOf('pct_positief');
    expect(`${q1[pctColumn]?.replace('.', ',')}%`).toBe(cells[0]);
    // The bureau runs the survey, so it may take the anonymous answers as well, in the import
    // format of the fieldwork (without the personal codes).
    const answersHref = await page
      .getByRole('link', { name: /Alle antwoorden, anoniem/ })
      .getAttribute('href');
    expect(answersHref).toMatch(/\/antwoorden\.csv$/);
    const answers = await page.request.get(answersHref ?? '');
    expect(answers.status()).toBe(200);
    expect((await answers.text()).replace(/^\uFEFF/, '')).toMatch(/^kanaal;gemeente;Q1;/);

    // One gemeente in full.
    await table.getByRole('link', { name: 'Groningen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultaten Groningen' }).waitFor();
    const summary = page.getByRole('table', { name: /^Percentage positief per vraag/ });
    await summary.waitFor();
    expect(await summary.getByRole('row').count()).toBeGreaterThanOrEqual(11);
    expect(await page.getByRole('img', { name: /^Groningen: \d+ vragen/ }).count()).toBe(1);
    await page.getByRole('heading', { level: 4, name: /^Q1 / }).waitFor();
    await expect
      .poll(() => page.getByText(/^(hoger|lager|gelijk), (niet )?significant$/).count())
      .toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /Rapport voor de gemeenteraad/ }).count()).toBe(1);
    await expectAccessible(page, 'resultaten van Groningen');

    // The workbook is a real file (the session cookie goes along).
    const xlsxHref = await page
      .getByRole('link', { name: /cijfers per gemeente en vraag \(Excel\)/ })
      .getAttribute('href');
    const xlsx = await page.request.get(xlsxHref ?? '');
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    // Comparisons and weighting by keyboard; the view lands in the address.
    expect(await toggleByKeyboard(page, 'Gemeenten van dezelfde grootte in dit onderzoek')).toBe(
      true,
    );
    expect(await toggleByKeyboard(page, 'Vorige meting')).toBe(false);
    expect(await toggleByKeyboard(page, 'Gewogen naar leeftijd en geslacht')).toBe(true);
    await applyByKeyboard(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('gewogen')).toBe('ja');
    expect(new URL(page.url()).searchParams.get('vergelijk')).toBe('project,grootteklasse');
    await page.getByRole('table', { name: 'Ongewogen en gewogen bij Q1', exact: true }).waitFor();
    await expect.poll(() => page.getByText(/\(effectief\)/).count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText('Gewogen naar leeftijd en geslacht.', { exact: false }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'gewogen, met grootteklasse');

    // A peer group chosen among the round's gemeenten.
    await toggleByKeyboard(page, 'Zelf gekozen groep gemeenten');
    await applyByKeyboard(page);
    await expect
      .poll(() => page.getByText('Kies minstens één gemeente voor de zelf gekozen groep.').count())
      .toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('peergroep');
    await expectAccessible(page, 'eigen groep zonder gemeenten');
    expect(await toggleByKeyboard(page, 'Assen')).toBe(true);
    expect(await toggleByKeyboard(page, 'Coevorden')).toBe(true);
    await applyByKeyboard(page);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('peergroep'))
      .toBe('GM0106,GM0109');
    const q1Comparisons = page.getByRole('table', { name: 'Vergelijkingen bij Q1', exact: true });
    await expect.poll(() => q1Comparisons.getByRole('row').count()).toBe(4);

    // The back button brings the previous view back, form and figures alike.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('peergroep')).toBeNull();
    expect(
      await page.getByRole('checkbox', { name: /^Zelf gekozen groep gemeenten/ }).isChecked(),
    ).toBe(false);
    await expect.poll(() => q1Comparisons.getByRole('row').count()).toBe(3);

    // A breakdown by voorziening: small groups show "–" and the footnote says why.
    await page.getByLabel('Uitsplitsen naar').selectOption('voorziening');
    await page.getByRole('button', { name: 'Uitsplitsing tonen' }).click();
    const breakdown = page.getByRole('table', { name: 'Percentage positief naar voorziening' });
    await breakdown.waitFor();
    expect(await breakdown.getByRole('row').count()).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('uitsplitsing')).toBe('voorziening');
    expect(
      await breakdown.getByRole('cell', { name: 'niet getoond, te weinig antwoorden' }).count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('#uitsplitsing-voetnoot').textContent()).toMatch(
      /niet getoond: minder dan 10 antwoorden/,
    );
    await expectAccessible(page, 'uitsplitsing naar voorziening');

    // The same view on a 320 px screen: no sideways scrolling of the page itself.
    const narrow = await newPage(world, 320);
    await loginWithKeyboard(narrow, 'onderzoeker@demo.meetwerk.nl');
    await narrow.goto(page.url().replace(world.baseUrl, ''));
    await narrow.getByRole('table', { name: 'Percentage positief naar voorziening' }).waitFor();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectAccessible(narrow, 'resultaten op 320 px');

    // The gemeente's report for the gemeenteraad is a PDF.
    const pdfHref = await page
      .getByRole('link', { name: /Rapport voor de gemeenteraad/ })
      .getAttribute('href');
    const pdf = await page.request.get(pdfHref ?? '');
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  }, 180_000);

  it('lets the beleidsmedewerker of Groningen open only Groningen in full', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beleid@demo.meetwerk.nl');
    await openDemoRound(page);
    const table = overviewTable(page);
    const links = table.getByRole('rowheader').getByRole('link');
    expect(await links.allTextContents()).toEqual(['Groningen']);
    // Figures for use outside the bureau: no raw answers.
    expect(await page.getByRole('link', { name: /Alle antwoorden, anoniem/ }).count()).toBe(0);
    await expectAccessible(page, 'overzicht voor de gemeente');

    await links.first().click();
    await page.getByRole('heading', { level: 1, name: 'Resultaten Groningen' }).waitFor();
    await page.getByRole('table', { name: /^Percentage positief per vraag/ }).waitFor();
    await expectAccessible(page, 'resultaten van de eigen gemeente');

    // Another gemeente's full results stay closed, also by typing the address.
    const roundUrl = new URL(page.url());
    await page.goto(roundUrl.pathname.replace(/GM\d{4}$/, 'GM0106'));
    await page.getByRole('heading', { level: 1, name: 'Resultaten Assen' }).waitFor();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/konden niet worden geladen/);
    expect(await page.getByRole('table', { name: /^Percentage positief per vraag/ }).count()).toBe(
      0,
    );
    await expectAccessible(page, 'resultaten van een andere gemeente');
  }, 120_000);

  it('sets the counting rule of a round and the benchmark opt-in of a gemeente', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'onderzoeker@demo.meetwerk.nl');
    await page.goto('/onderzoeken');
    await page.getByRole('link', { name: DEMO_ROUND }).click();
    const rule = page.getByLabel('Telregel voor de resultaten');
    await expect.poll(() => rule.isEnabled()).toBe(true);
    const options = await rule.locator('option').all();
    expect(options.length).toBeGreaterThanOrEqual(2);
    const current = await rule.inputValue();
    let other = '';
    for (const option of options) {
      const value = (await option.getAttribute('value')) ?? '';
      if (value !== current) other = value;
    }
    const otherName = ((await rule.locator(`option[value="${other}"]`).textContent()) ?? '')
      .replace(/ \(versie \d+\).*$/, '')
      .trim();
    await expectAccessible(page, 'instellingen van het onderzoek');
    await rule.selectOption(other);
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect.poll(() => page.getByText('De instellingen zijn opgeslagen.').count()).toBe(1);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Telregel voor de resultaten').inputValue())
      .toBe(other);

    // The results now name the chosen rule.
    await openDemoRound(page);
    await expect
      .poll(() => page.locator('.mw-rule').first().textContent())
      .toContain(`Telregel: ${otherName}`);

    // A gemeente's beheerder opts in to the public portal.
    const admin = await newPage(world);
    await loginWithKeyboard(admin, 'beheerder@demo.meetwerk.nl');
    await admin.goto('/instellingen');
    const optIn = admin.getByRole('checkbox', { name: /^Toon onze resultaten op het openbare/ });
    await optIn.waitFor();
    const before = await optIn.isChecked();
    await optIn.focus();
    await admin.keyboard.press('Space');
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => admin.getByText(/opgeslagen/i).count()).toBeGreaterThan(0);
    await expectAccessible(admin, 'instellingen met benchmark');
    await admin.reload();
    await expect
      .poll(() =>
        admin.getByRole('checkbox', { name: /^Toon onze resultaten op het openbare/ }).isChecked(),
      )
      .toBe(!before);
  }, 120_000);
});
