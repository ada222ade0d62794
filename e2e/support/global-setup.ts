import { findChromium } from './chromium.js';

/** Says clearly when the browser tests are skipped, and refuses to skip them in CI. */
export default function setup(): void {
  if (findChromium()) return;
  const message =
    'Browsertests overgeslagen: geen Chromium gevonden (zet CHROMIUM_PATH, of installeer het ' +
    'Debian-pakket chromium zodat /usr/bin/chromium bestaat).';
  if (process.env.CI === 'true') {
    throw new Error(`${message} In CI zijn de browsertests verplicht.`);
  }
  console.warn(`\n${message}\n`);
}
