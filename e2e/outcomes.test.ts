import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAME_BAND } from '../shared/outcomes/vocabulary.js';
import {
  chromiumPath,
  expectAccessible,
  loginWithKeyboard,
  newPage,
  startWorld,
  type E2eWorld,
} from './support/harness.js';

const SHOTS = process.env.M4_SCREENSHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function pressOn(locator: Locator, key: string, times = 1): Promise<void> {
  await locator.focus();
  for (let i = 0; i < times; i += 1) await locator.press(key);
}

const historyTable = (page: Page) =>
  page.getByRole('table', { name: /^Cijfer van de bewoner per leefgebied/ });

describe.skipIf(!chromiumPath)('leefgebieden-monitor in Chromium', () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('lets a resident fill in the monitor with the demo code, without JavaScript, at 320 px', async () => {
    const context = await world.browser.newContext({
      baseURL: world.baseUrl,
      viewport: { width: 320, height: 800 },
      javaScriptEnabled: false,
      locale: 'nl-NL',
    });
    const page = await context.newPage();
    // axe runs as a script, so it checks the same address in a 320 px page with JavaScript and
    // the same personal-code cookie; the filling in itself happens without JavaScript.
    const checker = await world.browser.newContext({
      baseURL: world.baseUrl,
      viewport: { width: 320, height: 800 },
      locale: 'nl-NL',
    });
    const checkAccessible = async (what: string) => {
      await checker.clearCookies();
      await checker.addCookies(await context.cookies());
      const view = await checker.newPage();
      await view.goto(page.url());
      await expectAccessible(view, what);
      await view.close();
    };
    await page.goto('/monitor');
    await page.getByRole('heading', { level: 1, name: 'Vul uw code in' }).waitFor();
    await checkAccessible('monitor: code');
    await page.getByLabel('Uw code').focus();
    await page.keyboard.type('MEET-WERK');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wat is belangrijk voor u?' }).waitFor();
    await checkAccessible('monitor: kiezen');
    await shot(page, 'monitor-kiezen-320');
    // The first two subjects get place 1 and 2, by keyboard.
    const selects = page.getByRole('combobox');
    // Earlier choices come back preselected: first every subject back to "Niet kiezen" (Home).
    for (let i = 0; i < (await selects.count()); i += 1) await pressOn(selects.nth(i), 'Home');
    await pressOn(selects.nth(0), 'ArrowDown');
    expect(await selects.nth(2).inputValue()).toBe('');
    await pressOn(selects.nth(1), 'ArrowDown', 2);
    expect(await selects.nth(0).inputValue()).toBe('1');
    expect(await selects.nth(1).inputValue()).toBe('2');
    await pressOn(page.getByRole('button', { name: 'Volgende' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Hoe gaat het nu?' }).waitFor();
    await checkAccessible('monitor: lijn');
    const groups = page.getByRole('group', { name: /: hoe gaat het nu\?$/ });
    expect(await groups.count()).toBe(2);
    for (let i = 0; i < 2; i += 1) {
      await pressOn(groups.nth(i).getByRole('radio').first(), 'Space');
      // Move along the points with the arrow keys.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }
    await pressOn(page.getByRole('radio', { name: '7', exact: true }), 'Space');
    await shot(page, 'monitor-lijn-320');
    await pressOn(page.getByRole('button', { name: 'Opslaan' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Opgeslagen' }).waitFor();
    await checkAccessible('monitor: opgeslagen');
    expect(await page.getByText('Cijfer voor uw leven: 7').count()).toBe(1);
    await context.close();
    await checker.close();
  });

  it('runs a conversation by keyboard only and shows the change on the resident page', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'wijkteam.eindhoven@demo.meetwerk.nl');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Bewoners' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Bewoners' }).waitFor();
    const list = page.getByRole('table', { name: /^Bewoners van uw wijkteam/ });
    await list.waitFor();
    // Only the own team's residents (Woensel), as the API returns them.
    const teams = await list.getByRole('row').locator('td:nth-child(2)').allTextContents();
    expect(teams.length).toBeGreaterThan(0);
    for (const team of teams) expect(team).toBe('Wijkteam Woensel');
    await expectAccessible(page, 'bewoners');
    await shot(page, 'bewoners');

    await list.getByRole('link', { name: 'WS-001', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewoner WS-001' }).waitFor();
    const history = historyTable(page);
    await history.waitFor();
    const firstRow = history.getByRole('row').nth(1);
    const domainName = (await firstRow.getByRole('rowheader').textContent()) ?? '';
    const before = await firstRow.getByRole('cell').allTextContents();
    const eerste = Number(before[0]);
    const laatste = before[2];
    expect(
      await page.getByRole('img', { name: /^Eerste en laatste cijfer per leefgebied/ }).count(),
    ).toBe(1);
    // A radar from three domains with a first and a latest mark on; with fewer the paired bars.
    const compared = await history.getByRole('row').evaluateAll(
      (rows) =>
        rows.filter((row) => {
          const cells = [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
          return /^\d+$/.test(cells[0] ?? '') && /^\d+$/.test(cells[2] ?? '');
        }).length,
    );
    expect(await page.locator('svg.mw-radar').count()).toBe(compared >= 3 ? 1 : 0);
    expect(
      await page.getByRole('img', { name: new RegExp(`^${domainName}: \\d+ op`) }).count(),
    ).toBe(1);
    await expectAccessible(page, 'bewoner');
    await shot(page, 'bewoner');

    await pressOn(page.getByRole('link', { name: 'Gesprek voeren' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Gesprek met WS-001' }).waitFor();
    await expectAccessible(page, 'gesprek, leeg');

    // Choose the known domain and one other; put the other first with the keyboard.
    const choices = page.getByRole('group', { name: /^Welke leefgebieden/ }).getByRole('checkbox');
    await pressOn(page.getByRole('checkbox', { name: domainName, exact: true }), 'Space');
    const names = await page
      .getByRole('group', { name: /^Welke leefgebieden/ })
      .locator('label')
      .allTextContents();
    const other = names.find((name) => name !== domainName) ?? '';
    expect(await choices.count()).toBeGreaterThanOrEqual(7);
    await pressOn(page.getByRole('checkbox', { name: other, exact: true }), 'Space');
    const order = page.getByRole('list', { name: /^Gekozen leefgebieden/ });
    expect(await order.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining(`1. ${domainName}`),
      expect.stringContaining(`2. ${other}`),
    ]);
    await pressOn(page.getByRole('button', { name: `${other} omhoog` }), 'Enter');
    expect(await order.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining(`1. ${other}`),
      expect.stringContaining(`2. ${domainName}`),
    ]);
    // Focus stays on the button that moved, and the move is announced.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `${other} omhoog`,
    );
    await expect.poll(() => page.getByText(`${other} staat nu op plaats 1 van 2.`).count()).toBe(1);

    // A naaste only after consent; recorded through the consent step when there is none yet.
    const consent = page.getByRole('button', { name: 'Toestemming van de bewoner vastleggen' });
    if ((await consent.count()) > 0) {
      await page.getByLabel('Wie is de naaste?').focus();
      await page.keyboard.type('partner');
      await pressOn(consent, 'Enter');
    }
    const card = page.getByRole('region', { name: new RegExp(`^${domainName}`) });
    await card.getByRole('slider', { name: /^Cijfer van de naaste/ }).waitFor();

    // The resident's own mark, by keyboard: End = 100, Page Down −10, two arrows −2.
    const own = card.getByRole('slider', { name: /^Uw eigen cijfer voor / });
    expect(await own.getAttribute('aria-valuetext')).toBe('nog niet geplaatst');
    await pressOn(own, 'End');
    await pressOn(own, 'PageDown');
    await pressOn(own, 'ArrowLeft', 2);
    expect(await own.getAttribute('aria-valuetext')).toBe('88 van 100, eerder blij');
    const professional = card.getByRole('slider', { name: /^Cijfer van de professional voor / });
    await pressOn(professional, 'ArrowRight');
    await pressOn(professional, 'PageUp');
    expect(await professional.getAttribute('aria-valuetext')).toBe('61 van 100, er tussenin');
    await pressOn(card.getByRole('slider', { name: /^Cijfer van de naaste/ }), 'ArrowLeft', 5);
    await pressOn(card.getByRole('radio', { name: '4 – Voldoende zelfredzaam' }), 'Space');
    await card.getByLabel(/^Doel voor /).focus();
    await page.keyboard.type('Elke week een keer naar de buurtkamer');
    await pressOn(page.getByRole('radio', { name: '7', exact: true }), 'Space');
    await expectAccessible(page, 'gesprek, ingevuld');
    await shot(page, 'gesprek');
    await pressOn(page.getByRole('button', { name: 'Gesprek opslaan' }), 'Enter');

    await page.getByRole('heading', { level: 1, name: 'Bewoner WS-001' }).waitFor();
    await page.getByText('Het gesprek is opgeslagen.').waitFor();
    const row = historyTable(page).getByRole('row', { name: new RegExp(`^${domainName}`) });
    const after = await row.getByRole('cell').allTextContents();
    const verschil = 88 - eerste;
    const richting =
      verschil > SAME_BAND ? 'verbeterd' : verschil < -SAME_BAND ? 'verslechterd' : 'gelijk';
    const signed = verschil > 0 ? `+${verschil}` : verschil < 0 ? `−${-verschil}` : '0';
    expect(after).toEqual([String(eerste), laatste, '88', `${signed} (${richting})`]);
    await page
      .getByRole('table', { name: 'Doelen per leefgebied' })
      .getByText('Elke week een keer naar de buurtkamer')
      .waitFor();
    await expectAccessible(page, 'bewoner na het gesprek');
    // The new goal is reached: its status changes by keyboard.
    await pressOn(
      page.getByRole('button', { name: 'Doel “Elke week een keer naar de buurtkamer” bereikt' }),
      'Enter',
    );
    await page
      .getByText('Het doel “Elke week een keer naar de buurtkamer” staat nu op bereikt.')
      .waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Doelen per leefgebied' })
        .getByRole('row', { name: /Elke week een keer naar de buurtkamer/ })
        .getByRole('cell')
        .nth(3)
        .textContent(),
    ).toMatch(/^Bereikt \(/);

    // The printable summary.
    await page.getByRole('link', { name: 'Samenvatting om af te drukken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoe gaat het met u?' }).waitFor();
    await expectAccessible(page, 'samenvatting');
    await shot(page, 'samenvatting');
    // Printed, the summary goes without the app's header and menu.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    expect(
      await page.getByRole('heading', { level: 1, name: 'Hoe gaat het met u?' }).isVisible(),
    ).toBe(true);
    // One A4 page.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1')).toMatch(/\/Count 1\b/);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the first and latest marks as a radar from three domains on, also at 320 px and printed', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'wijkteam.eindhoven@demo.meetwerk.nl');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Bewoners' })
      .click();
    const list = page.getByRole('table', { name: /^Bewoners van uw wijkteam/ });
    await list.waitFor();
    const references = (await list.getByRole('link').allTextContents()).filter((r) =>
      /^WS-\d+$/.test(r),
    );
    // The first demo resident with a first and a latest mark on at least three domains.
    let withBoth = 0;
    let reference = '';
    for (const candidate of references) {
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Bewoners' })
        .click();
      await list.getByRole('link', { name: candidate, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Bewoner ${candidate}` }).waitFor();
      const history = historyTable(page);
      if ((await history.count()) === 0) continue;
      withBoth = await history.getByRole('row').evaluateAll(
        (rows) =>
          rows.filter((row) => {
            const cells = [...row.querySelectorAll('td')].map((td) => td.textContent ?? '');
            return /^\d+$/.test(cells[0] ?? '') && /^\d+$/.test(cells[2] ?? '');
          }).length,
      );
      if (withBoth >= 3) {
        reference = candidate;
        break;
      }
    }
    expect(reference).not.toBe('');

    // Named by its title and the page's one-sentence summary; one axis per domain.
    const summary = (await page
      .getByRole('paragraph')
      .filter({ hasText: /^Van de eerste tot de laatste meting: / })
      .textContent())!;
    const radar = page.getByRole('img', {
      name: `Eerste en laatste cijfer per leefgebied ${summary}`,
      exact: true,
    });
    expect(await radar.count()).toBe(1);
    expect(await radar.getAttribute('class')).toContain('mw-radar');
    // One marker per domain and one in the legend, for the first and the latest measurement.
    expect(await radar.locator('rect.mw-radar__first-marker').count()).toBe(withBoth + 1);
    expect(await radar.locator('circle.mw-radar__latest-marker').count()).toBe(withBoth + 1);
    expect(await radar.locator('text.mw-outcome-chart__label').count()).toBe(withBoth);
    // The table stays beside it, and the line charts too.
    expect(await historyTable(page).count()).toBe(1);
    expect(await page.locator('svg.mw-outcome-chart:not(.mw-radar)').count()).toBeGreaterThan(0);
    const labelsInside = () =>
      radar.evaluate((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        return [...svg.querySelectorAll('text')].every((t) => {
          const b = t.getBBox();
          return (
            b.x >= box.x &&
            b.y >= box.y &&
            b.x + b.width <= box.x + box.width &&
            b.y + b.height <= box.y + box.height
          );
        });
      });
    expect(await labelsInside()).toBe(true);
    await expectAccessible(page, 'bewoner met radar');
    await shot(page, 'bewoner-radar');
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await labelsInside()).toBe(true);
    const width = await radar.evaluate((svg) => svg.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'bewoner met radar, 320 px');
    await shot(page, 'bewoner-radar-320');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The printable summary shows it in plain words, on one A4 page.
    await page.getByRole('link', { name: 'Samenvatting om af te drukken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoe gaat het met u?' }).waitFor();
    expect(
      await page
        .getByRole('img', {
          name: /^Uw cijfers de eerste en de laatste keer Beter: \d+ onderwerp(en)?\. Ongeveer hetzelfde: /,
        })
        .count(),
    ).toBe(1);
    await expectAccessible(page, 'samenvatting met radar');
    await shot(page, 'samenvatting-radar');
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'samenvatting-radar-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1')).toMatch(/\/Count 1\b/);
    await page.emulateMedia({ media: 'screen' });
  });

  it('adds a resident and shows a personal code once', async () => {
    const page = await newPage(world, 320);
    await loginWithKeyboard(page, 'wijkteam.strijp@demo.meetwerk.nl');
    await page.goto('/bewoners');
    await page.getByRole('heading', { level: 1, name: 'Bewoners' }).waitFor();
    await page.getByLabel('Referentie').focus();
    await page.keyboard.type('999912345');
    await page.keyboard.press('Enter');
    await page.getByText('Dit lijkt een BSN.', { exact: false }).waitFor();
    await page.getByLabel('Referentie').fill('E2E-77');
    await pressOn(page.getByRole('button', { name: 'Bewoner toevoegen' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Bewoner E2E-77' }).waitFor();
    await pressOn(page.getByRole('button', { name: 'Persoonlijke code maken' }), 'Enter');
    await page.getByText('Geef deze code nu aan de bewoner').waitFor();
    const code = (await page.locator('.mw-code-box').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectAccessible(page, 'bewoner met code, 320 px');
    await shot(page, 'bewoner-code-320');
    await pressOn(page.getByRole('link', { name: 'Gesprek voeren' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Gesprek met E2E-77' }).waitFor();
    await pressOn(page.getByRole('checkbox').first(), 'Space');
    await page.getByRole('slider', { name: /^Uw eigen cijfer voor / }).waitFor();
    await expectAccessible(page, 'gesprek, 320 px');
    await shot(page, 'gesprek-320');
    // Without a recorded consent there is no naaste line.
    expect(await page.getByRole('slider', { name: /^Cijfer van de naaste/ }).count()).toBe(0);
    // Another team's resident is not found.
    await page.goto('/bewoners');
    expect(await page.getByRole('link', { name: 'WS-001', exact: true }).count()).toBe(0);
  });

  it('shows the aggregates with suppression, the CSV, and a team lead his own team', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'uitkomsten@demo.meetwerk.nl');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Uitkomsten' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Uitkomsten' }).waitFor();
    const tables = page.getByRole('table', { name: /^Verandering per leefgebied tussen eerste/ });
    await tables.first().waitFor();
    expect(await tables.count()).toBeGreaterThanOrEqual(3);
    const cells = await tables.first().locator('td:nth-child(6)').allTextContents();
    for (const cell of cells) expect(cell).toMatch(/^(\d{1,3},\d%|–)$/);
    expect(cells.some((cell) => cell !== '–')).toBe(true);
    await expectAccessible(page, 'uitkomsten');
    await shot(page, 'uitkomsten');
    const href = await page
      .getByRole('link', { name: 'Uitkomsten per wijkteam en leefgebied (CSV)' })
      .getAttribute('href');
    const csv = await page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect((await csv.text()).replace(/^\uFEFF/, '')).toMatch(
      /^wijkteam,domein,n,verbeterd,gelijk,verslechterd,pct_verbeterd,onderdrukt/,
    );

    const lead = await newPage(world);
    await loginWithKeyboard(lead, 'wijkteam.eindhoven@demo.meetwerk.nl');
    await lead.goto('/bewoners');
    await lead.getByRole('link', { name: 'Uitkomsten van Wijkteam Woensel' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Uitkomsten Wijkteam Woensel' }).waitFor();
    expect(
      await lead.getByRole('table', { name: /^Verandering per leefgebied tussen eerste/ }).count(),
    ).toBe(1);
    await expectAccessible(lead, 'uitkomsten van het eigen team');
    await lead.setViewportSize({ width: 320, height: 900 });
    await expectAccessible(lead, 'uitkomsten van het eigen team, 320 px');
    await shot(lead, 'uitkomsten-team-320');
  });

  it('lets the beheerder add and switch off an own domain and add a team', async () => {
    const page = await newPage(world, 320);
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    await page.goto('/leefgebieden');
    await page.getByRole('heading', { level: 1, name: 'Leefgebieden en teams' }).waitFor();
    await page.getByRole('table', { name: /^Leefgebieden/ }).waitFor();
    await expectAccessible(page, 'leefgebieden en teams, 320 px');
    // An own domain: add it, then switch it off; a new team.
    await page.getByLabel('Eigen leefgebied toevoegen').focus();
    await page.keyboard.type('Mantelzorg');
    await page.keyboard.press('Enter');
    const domains = page.getByRole('table', { name: /^Leefgebieden/ });
    const own = domains.getByRole('row', { name: /^Mantelzorg/ });
    await own.waitFor();
    expect(await own.getByRole('cell').allTextContents()).toEqual([
      'Mantelzorg',
      'Eigen',
      'Ja Mantelzorg uitzetten',
    ]);
    await pressOn(own.getByRole('button', { name: 'Mantelzorg uitzetten' }), 'Enter');
    await own.getByRole('button', { name: 'Mantelzorg aanzetten' }).waitFor();
    await page.getByLabel('Nieuw wijkteam').focus();
    await page.keyboard.type('Wijkteam Centrum');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Wijkteam Centrum' }).waitFor();
    await expectAccessible(page, 'leefgebieden en teams na wijzigen');
    await shot(page, 'leefgebieden-320');
  });
});
