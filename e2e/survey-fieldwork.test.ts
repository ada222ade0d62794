import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  DEMO_PASSWORD,
  expectAccessible,
  loginWithKeyboard,
  newPage,
  startWorld,
  type E2eWorld,
} from './support/harness.js';

const roundNav = (page: Page) =>
  page.getByRole('navigation', { name: 'Onderdelen van dit onderzoek' });

/** Synthetic people with test BSNs (9999…, elfproef-valid) and one row with a wrong BSN. */
function registerCsv(): string {
  const bsns = ['999900006', '999900018', '999900031', '999900043', '999900055', '999900067'];
  const rows = [
    'Cliëntnr;bsn;naam;adres;postcode;woonplaats;geboortejaar;productcategorie;gemeente',
  ];
  bsns.forEach((bsn, i) =>
    rows.push(
      `K${100 + i};${bsn};Test Persoon ${i};Proefstraat ${i + 1};9401 AB;Assen;19${50 + i};0${(i % 3) + 1};${i < 3 ? 'GM0106' : 'GM0014'}`,
    ),
  );
  rows.push('K999;123456789;Foute Rij;Proefstraat 9;9401 AB;Assen;1960;02;GM0106');
  return `${rows.join('\n')}\n`;
}

/** Logs in through the API in the page's context and returns a request helper with CSRF. */
async function apiAs(request: APIRequestContext, email: string) {
  const session = await request.post('/api/v1/sessies', {
    data: { email, wachtwoord: DEMO_PASSWORD },
  });
  expect(session.status()).toBe(201);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    post: async (url: string, data: unknown) => {
      const reply = await request.post(url, { data, headers });
      expect(reply.status(), await reply.text()).toBeLessThan(300);
      return reply;
    },
    upload: async (url: string, body: string) => {
      const reply = await request.post(url, {
        data: body,
        headers: { ...headers, 'content-type': 'text/csv' },
      });
      expect(reply.status(), await reply.text()).toBe(201);
    },
  };
}

/** Types a paper form on the data-entry screen, by keyboard: the code, then answer by answer. */
async function typeForm(page: Page, code: string, answers: Record<string, string>) {
  await page.getByLabel('Code van het formulier').focus();
  await page.keyboard.type(code);
  for (const [question, answer] of Object.entries(answers)) {
    const box = page.locator(`#invoer-${question}`);
    await box.focus();
    await page.keyboard.type(answer);
  }
  await page.getByRole('button', { name: 'Opslaan en volgende formulier' }).click();
}

describe.skipIf(!chromiumPath)('veldwerk van een onderzoek in Chromium', () => {
  let world: E2eWorld;
  const dir = mkdtempSync(join(tmpdir(), 'mw-veldwerk-'));
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.close());

  it('imports a register, draws a sample, makes letters, enters a form and shows it', async () => {
    const page = await newPage(world);
    await loginWithKeyboard(page, 'onderzoeker@demo.meetwerk.nl');
    await page.goto('/onderzoeken');
    await page.getByLabel('Naam', { exact: true }).fill('CEO Wmo 2026 veldwerk');
    for (const gemeente of ['Groningen', 'Assen']) {
      await page.getByLabel('Zoek een gemeente').fill(gemeente.toLowerCase());
      await page.getByLabel(gemeente, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Onderzoek aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'CEO Wmo 2026 veldwerk' }).waitFor();

    // Cliënten: the file's own header "Cliëntnr" is mapped to klantnummer; one row is refused.
    await roundNav(page).getByRole('link', { name: 'Cliënten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Cliënten' }).waitFor();
    await expectAccessible(page, 'cliënten');
    // A file without a header line is refused with the server's reason, next to the field.
    const headless = join(dir, 'zonder-kop.csv');
    writeFileSync(headless, 'K1;999900006\n');
    await page.getByLabel('Cliëntenbestand').setInputFiles(headless);
    await page.getByRole('button', { name: 'Kolommen bekijken' }).click();
    await expect.poll(() => page.getByText(/moet de kolomnamen bevatten/).count()).toBe(1);
    const file = join(dir, 'register.csv');
    writeFileSync(file, registerCsv());
    await page.getByLabel('Cliëntenbestand').setInputFiles(file);
    await page.getByRole('button', { name: 'Kolommen bekijken' }).click();
    const klantnummer = page.getByLabel('Klantnummer (verplicht)');
    await klantnummer.waitFor();
    const headers = await klantnummer.locator('option').allTextContents();
    await klantnummer.selectOption(headers.find((h) => /cli.ntnr/i.test(h)) ?? '');
    await expectAccessible(page, 'kolommen koppelen');
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();
    const rejections = page.getByRole('table', { name: 'Afgewezen rijen' });
    await rejections.waitFor();
    expect(await rejections.textContent()).toMatch(/8bsn.*elfproef/);
    await expect.poll(() => page.getByText('6 rijen ingelezen').count()).toBe(1);
    const allRejections = page.waitForEvent('download');
    await page.getByRole('link', { name: /Alle afwijzingen downloaden/ }).click();
    const rejectionsCsv = readFileSync((await (await allRejections).path()) ?? '', 'utf8');
    expect(rejectionsCsv.replace(/^\uFEFF/, '')).toMatch(/^rij;veld;reden\r?\n8;bsn;/);
    await page.getByRole('table', { name: /Cliënten per gemeente/ }).waitFor();
    await expectAccessible(page, 'cliënten ingelezen');

    // Steekproef: a stratified draw of 4.
    await roundNav(page).getByRole('link', { name: 'Steekproef' }).click();
    await page.getByRole('table', { name: /Advies bij 5% foutmarge/ }).waitFor();
    await page.getByLabel('Aantal uitnodigingen').fill('4');
    await expectAccessible(page, 'steekproef');
    await page.getByRole('button', { name: 'Steekproef trekken' }).click();
    await page.getByRole('table', { name: 'Getrokken per gemeente' }).waitFor();
    await expect.poll(() => page.getByText(/4 mensen getrokken uit 6/).count()).toBe(1);

    // Uitnodigingen: the letters are a PDF; the mailing file gives a code to type in.
    await roundNav(page).getByRole('link', { name: 'Uitnodigingen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Uitnodigingen' }).waitFor();
    await expectAccessible(page, 'uitnodigingen');
    // Without a phone number for help the letters cannot be made: the reason is shown.
    await page.getByRole('button', { name: 'Uitnodigingsbrieven (PDF)' }).click();
    await page
      .getByRole('alert')
      .getByText(/Vul het telefoonnummer in/)
      .waitFor();
    await page
      .getByLabel('Telefoonnummer voor hulp en een papieren vragenlijst')
      .fill('0592 36 69 11');
    const letters = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Uitnodigingsbrieven (PDF)' }).click();
    const pdf = readFileSync((await (await letters).path()) ?? '');
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const mailing = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Adresbestand uitnodigingen (CSV)' }).click();
    const lines = readFileSync((await (await mailing).path()) ?? '', 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const code = lines[1]?.split(';')[lines[0]?.split(';').indexOf('code') ?? -1] ?? '';
    expect(code).toMatch(/\w{4}-\w{4}/);

    // Invoer, by keyboard only: code, Enter, an answer code per box, Enter on the last saves.
    await roundNav(page).getByRole('link', { name: 'Invoer' }).click();
    const codeBox = page.getByLabel('Code van het formulier');
    await codeBox.waitFor();
    await expectAccessible(page, 'invoer');
    await codeBox.focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.type('1');
      const last = await page.evaluate(() => {
        const form = document.activeElement?.closest('form');
        const boxes = [...(form?.querySelectorAll('input:not([disabled])') ?? [])];
        return document.activeElement === boxes.at(-1);
      });
      await page.keyboard.press('Enter');
      if (last) break;
    }
    await expect.poll(() => page.getByText(`Formulier ${code} opgeslagen.`).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('invoer-code');
    await expect.poll(() => page.getByText('Ingevoerd deze sessie: 1').count()).toBe(1);
    await expectAccessible(page, 'invoer opgeslagen');

    // Voortgang: the paper form counts for its gemeente.
    await roundNav(page).getByRole('link', { name: 'Voortgang' }).click();
    const perGemeente = page.getByRole('table', { name: 'Respons per gemeente' });
    await perGemeente.waitFor();
    const totals = perGemeente.getByRole('row', { name: /^Totaal/ });
    // Uitgenodigd, online, papier, telefoon, totaal, respons.
    expect((await totals.getByRole('cell').allTextContents()).slice(0, 6)).toEqual([
      '4',
      '0',
      '1',
      '0',
      '1',
      '25,0%',
    ]);
    // Per day: the day's forms, the running total and the running response rate, 1 of 4.
    const perDay = page.getByRole('table', { name: 'Reacties en respons per dag' });
    expect(
      (await perDay.getByRole('row').nth(1).getByRole('cell').allTextContents()).slice(-2),
    ).toEqual(['1', '25,0%']);
    const ratePerDay = page.getByRole('table', {
      name: 'Respons tot en met elke dag, per gemeente',
    });
    expect(
      await ratePerDay
        .getByRole('row', { name: /^Totaal/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['25,0%']);
    await expectAccessible(page, 'voortgang');
  });

  it('lists a double-entry conflict of two typists and lets a third entry decide', async () => {
    // Set-up through the API as the bureau's onderzoeker: a round for Assen, two clients, both
    // drawn, and the code of one from the mailing file.
    const first = await newPage(world);
    const api = await apiAs(first.request, 'onderzoeker@demo.meetwerk.nl');
    const created = await api.post('/api/v1/enquetes', {
      naam: 'CEO Wmo 2026 dubbele invoer',
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: ['GM0106'],
    });
    const surveyId = ((await created.json()) as { id: string }).id;
    await api.upload(
      `/api/v1/enquetes/${surveyId}/clientenbestanden?bestandsnaam=register.csv`,
      'klantnummer;naam;adres;postcode;woonplaats;geboortejaar;productcategorie\n' +
        'D1;Test Persoon A;Proefstraat 1;9401 AB;Assen;1941;02\n' +
        'D2;Test Persoon B;Proefstraat 2;9401 AB;Assen;1950;01\n',
    );
    await api.post(`/api/v1/enquetes/${surveyId}/steekproef`, {
      methode: 'alles',
      seed: 'dubbel',
      uitsluiten: {},
    });
    const mailing = await first.request.get(`/api/v1/enquetes/${surveyId}/adresbestand`);
    const lines = (await mailing.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const column = lines[0]!.split(';').indexOf('code');
    const code = lines[1]!.split(';')[column]!;
    expect(code).toMatch(/^\w{4}-\w{4}$/);

    // Typist 1: the onderzoeker, double entry switched on as invoerder 1.
    // Logged in already: the set-up's session is this page's.
    await first.goto(`/onderzoeken/${surveyId}/invoer`);
    await first.getByLabel('Dubbele invoer: ik ben invoerder 1').check();
    await typeForm(first, code, { Q1: '1', Q2: '2', Q3: '1', A4: '2' });
    await expect
      .poll(() =>
        first.getByText(`Formulier ${code} opgeslagen; wacht op de tweede invoer.`).count(),
      )
      .toBe(1);
    await expect
      .poll(() => first.getByText(/^1 formulier wacht op de tweede invoer\./).count())
      .toBe(1);

    // Typist 2: another person of the bureau, invoerder 2, reads Q3 differently.
    const second = await newPage(world);
    await loginWithKeyboard(second, 'beheerder.bureau@demo.meetwerk.nl');
    await second.goto(`/onderzoeken/${surveyId}/invoer`);
    await second.getByLabel('Dubbele invoer: ik ben invoerder 2').check();
    await typeForm(second, code, { Q1: '1', Q2: '2', Q3: '4', A4: '2' });
    await expect
      .poll(() =>
        second
          .getByText(`Formulier ${code} opgeslagen, maar verschilt van de eerste invoer.`)
          .count(),
      )
      .toBe(1);
    const table = second.getByRole('table', { name: 'Invoerverschillen' });
    await table.waitFor();
    const rows = await table
      .getByRole('row')
      .evaluateAll((all) =>
        all.map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
        ),
      );
    expect(rows).toEqual([
      ['Code', 'Vraag', 'Invoer 1', 'Invoer 2'],
      [code, 'Q3 De medewerker nam mij serieus.', '1 (Helemaal mee eens)', '4 (Niet mee eens)'],
    ]);
    await expect.poll(() => second.getByText(/1 formulier heeft verschillen/).count()).toBe(1);
    await expectAccessible(second, 'invoer met verschillen');
    // For a person to look at: the list as the typists see it.
    const shot = join(dir, 'invoerverschillen.png');
    await second.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);

    // The first typist sees the same list after a reload.
    await first.reload();
    await first.getByRole('table', { name: 'Invoerverschillen' }).waitFor();

    // A third entry, once, decides: the form is stored and the list is empty.
    await second.getByLabel('Eén keer invoeren').check();
    await typeForm(second, code, { Q1: '1', Q2: '2', Q3: '4', A4: '2' });
    await expect.poll(() => second.getByText(`Formulier ${code} opgeslagen.`).count()).toBe(1);
    await expect.poll(() => second.getByText(/Er zijn geen verschillen\./).count()).toBe(1);
    expect(await second.getByRole('table', { name: 'Invoerverschillen' }).count()).toBe(0);
    await expectAccessible(second, 'invoer na beslissing');
  });
});
