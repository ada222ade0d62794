import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  chromiumPath,
  expectAccessible,
  loginWithKeyboard,
  newPage,
  startWorld,
  type E2eWorld,
} from './support/harness.js';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

describe.skipIf(!chromiumPath)('platform in Chromium', () => {
  let world: E2eWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('logs in with the keyboard only, shows the beheerder menu, and logs out', async () => {
    const page = await newPage(world);
    // The address people type: the app answers, and sends them to the login page.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await expectAccessible(page, 'inlogpagina');
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    const links = await mainNav(page).getByRole('link').allInnerTexts();
    expect(links.map((l) => l.trim())).toEqual([
      'Overzicht',
      'Onderzoeken',
      'Resultaten',
      'Werkdruk',
      'Uitkomsten',
      'Leefgebieden en teams',
      'Registratie beheren',
      'Gebruikers',
      'Auditlog',
      'Instellingen',
    ]);
    await expectAccessible(page, 'overzicht');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.goto('/gebruikers');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });

  it('says in Dutch when the password is wrong, and the error page is accessible', async () => {
    const page = await newPage(world);
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('beleid@demo.meetwerk.nl');
    await page.getByLabel('Wachtwoord').fill('niet-goed');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByText('Het e-mailadres of het wachtwoord klopt niet.').count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'inlogpagina met fout');
  });

  it('shows a beleidsmedewerker no admin pages, and refuses them when typed in', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beleid@demo.meetwerk.nl');
    const links = await mainNav(page).getByRole('link').allInnerTexts();
    expect(links.map((l) => l.trim())).toEqual([
      'Overzicht',
      'Resultaten',
      'Werkdruk',
      'Uitkomsten',
    ]);
    await page.goto('/gebruikers');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expectAccessible(page, 'geen toegang');
  });

  it('lets a beheerder invite a colleague, who then chooses a password and logs in', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    await mainNav(page).getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await expectAccessible(page, 'gebruikers');
    await page.getByLabel('Naam', { exact: true }).fill('Tess Nieuwenhuis');
    await page.getByLabel('E-mailadres').fill('tess@demo.meetwerk.nl');
    await page.getByLabel('Rol', { exact: true }).selectOption('beleidsmedewerker');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = page.locator('input[readonly], code').filter({ hasText: /uitnodiging\?token=/ });
    const linkInput = page.locator('input[readonly]');
    await expect
      .poll(async () => (await link.count()) + (await linkInput.count()))
      .toBeGreaterThan(0);
    const invitation =
      (await linkInput.count()) > 0
        ? await linkInput.first().inputValue()
        : await link.first().innerText();
    expect(invitation).toContain('/uitnodiging?token=');
    await expect
      .poll(() => page.getByRole('cell', { name: 'tess@demo.meetwerk.nl' }).count())
      .toBe(1);

    const invited = await newPage(world);
    await invited.goto(invitation.replace(/^https?:\/\/[^/]+/, ''));
    await expectAccessible(invited, 'uitnodiging aannemen');
    await invited.getByLabel('Nieuw wachtwoord').fill('een-goed-wachtwoord');
    await invited.getByLabel('Herhaal het wachtwoord').fill('een-goed-wachtwoord');
    await invited.getByRole('button', { name: /wachtwoord/i }).click();
    await invited.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await loginWithKeyboard(invited, 'tess@demo.meetwerk.nl', 'een-goed-wachtwoord');
    await expect.poll(() => invited.getByText('Tess Nieuwenhuis').count()).toBeGreaterThan(0);
  });

  it('shows and filters the audit log', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    await page.goto('/auditlog');
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'auditlog');
    await page.getByLabel('Actie').selectOption('inloggen');
    await page
      .getByRole('button', { name: /filter|toepassen|zoeken/i })
      .first()
      .click();
    await expect.poll(() => page.url()).toContain('actie=inloggen');
    await expect
      .poll(async () => {
        const rows = (await page.getByRole('row').allInnerTexts()).slice(1);
        return rows.length > 0 && rows.every((row) => row.includes('Ingelogd'));
      })
      .toBe(true);
    await expect
      .poll(async () => (await page.getByRole('link', { name: /CSV/ }).getAttribute('href')) ?? '')
      .toContain('/api/v1/auditlog/export');
  });

  it('saves tenant settings and explains a wrong value next to its field', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    await page.goto('/instellingen');
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    await expectAccessible(page, 'instellingen');
    const threshold = page.getByLabel(/drempel/i);
    await threshold.fill('3');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText(/minstens 5/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'instellingen met fout');
    await threshold.fill('15');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText(/opgeslagen/i).count()).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => page.getByLabel(/drempel/i).inputValue()).toBe('15');
  });

  it('lets the onderzoeker of a bureau switch between the gemeenten it works for', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'onderzoeker@demo.meetwerk.nl');
    const switcher = page.getByLabel(/organisatie/i).first();
    const options = await switcher.locator('option').allInnerTexts();
    expect(options.length).toBe(23);
    expect(options.some((o) => o.includes('Assen'))).toBe(true);
    await switcher.selectOption({ label: options.find((o) => o.includes('Assen')) ?? '' });
    await page.getByRole('button', { name: 'Wissel' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Overzicht');
    await expect.poll(() => page.locator('main').innerText()).toContain('Assen');
    await expectAccessible(page, 'overzicht na wisselen');
  });

  it('lets anyone change their own password from the header', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'beleid.denhaag@demo.meetwerk.nl');
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
    await expectAccessible(page, 'wachtwoord wijzigen');
    await page.getByLabel('Huidig wachtwoord').fill('niet-goed-geraden');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een-nieuw-wachtwoord');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een-nieuw-wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect
      .poll(() => page.getByText('Uw huidige wachtwoord klopt niet.').count())
      .toBeGreaterThan(0);
    await page.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect.poll(() => page.getByText('Uw wachtwoord is gewijzigd.').count()).toBe(1);
    await expectAccessible(page, 'wachtwoord gewijzigd');
  });

  it('shows a Dutch, accessible page for an unknown address, also on a small phone', async () => {
    const page = await newPage(world, 320);
    await loginWithKeyboard(page, 'beheerder@demo.meetwerk.nl');
    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/niet gevonden/i);
    await expectAccessible(page, '404');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
  });
});
