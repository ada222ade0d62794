/**
 * Invitation letters at the scale of the source documents: 23,000 letters in one PDF
 * (GUIDE.md budget: ≤ 60 s, ≤ 500 MB). Two measurements, see bench/README.md:
 *
 * 1. The letters alone, in a child process of their own (`--alleen-pdf`): 23,000 synthetic
 *    invitees in 29 gemeenten written to one PDF file. Its peak memory is the figure for the
 *    budget, untouched by the database.
 * 2. End to end on an in-memory PGlite database: a register of 23,000 synthetic clients, the
 *    draw with codes, then the batch read, marked and written to a file as one PDF.
 *
 *   node --import tsx bench/letters.ts            # 23,000 letters
 *   BENCH_LETTERS=5000 node --import tsx bench/letters.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { inTenant, openDatabase } from '../server/db/database.js';
import { writeLetters } from '../server/documents/letters.js';
import { syncReferenceData } from '../server/platform/reference-data.js';
import {
  checkLetters,
  prepareLetters,
  recordLetters,
} from '../server/surveys/invitations/invitation.service.js';
import { insertTestClients, type TestClient } from '../server/surveys/sampling/test-clients.js';
import { drawSurveySample } from '../server/surveys/sampling/sampling.service.js';
import { insertSurvey, insertSurveyGemeenten } from '../server/surveys/survey.repository.js';
import {
  findTenantByCbsCode,
  insertTenant,
  linkTenants,
  listGemeenten,
} from '../server/tenants/tenant.repository.js';
import type { TenantRow } from '../server/tenants/tenant.table.js';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 23_000);
const BUDGET_S = 60;
const BUDGET_MB = 500;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Synthetic invitees' names: one in twenty with letters outside Windows-1252 (Turkish, Polish),
 * which the letters print in their embedded typeface, as a Dutch register holds such names.
 */
const inviteeName = (i: number) =>
  i % 20 === 0 ? `Ş. Yılmaz-Łukasiewicz ${i}` : `Mevrouw A.B. van der Testpersoon-${i}`;

/** Measurement 1, in the child: letters only, no database in the process. */
async function lettersAlone(): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-pdf-')), 'brieven.pdf');
  const started = performance.now();
  const out = fs.createWriteStream(file);
  const recipients = Array.from({ length: LETTERS }, (_, i) => ({
    name: inviteeName(i),
    address: `Langeweg ${(i % 300) + 1} b`,
    postcode: `${9400 + (i % 500)} AB`,
    city: 'Assen',
    code: `K7MF-${String(i % 10000).padStart(4, '2')}`,
    gemeente: { id: `g${i % 29}`, name: `Gemeente ${i % 29}` },
  }));
  const pages = await writeLetters(out, recipients, {
    kind: 'uitnodiging',
    publicUrl: 'https://meetwerk.example.nl',
    date: new Date(),
    answerBefore: '2026-12-21',
    helpPhone: '0592 36 69 11',
    executedBy: 'Bureau Noord',
    logos: new Map(),
  });
  await finished(out);
  const seconds = (performance.now() - started) / 1000;
  const size = fs.statSync(file).size;
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ pages, seconds, maxRssMb: mb(maxRss), sizeMb: mb(size) }));
}

if (process.argv.includes('--alleen-pdf')) {
  await lettersAlone();
  process.exit(0);
}

const alone = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', process.argv[1]!, '--alleen-pdf'], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_LETTERS: String(LETTERS) },
  }),
) as { pages: number; seconds: number; maxRssMb: number; sizeMb: number };
console.log(
  `Alleen de brieven (eigen proces): ${alone.pages} pagina's, ${alone.sizeMb} MB PDF, ` +
    `${alone.seconds.toFixed(1)} s, piekgeheugen ${alone.maxRssMb} MB ` +
    `(budget ${BUDGET_S} s, ${BUDGET_MB} MB)`,
);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);

const database = await openDatabase({ memory: true });
await syncReferenceData(database.db);
const bureau = await insertTenant(database.db, { kind: 'bureau', name: 'Bureau Noord' });
const gemeenten: TenantRow[] = [];
for (const { cbs_code } of (await listGemeenten(database.db))
  .filter((g) => g.province === 'Groningen' || g.province === 'Drenthe')
  .slice(0, 29)) {
  gemeenten.push((await findTenantByCbsCode(database.db, cbs_code!))!);
}
await linkTenants(
  database.db,
  bureau.id,
  gemeenten.map((g) => g.id),
  'werkt_voor',
);
const who = { tenantId: bureau.id, accountId: null, name: 'bench' };
const survey = await inTenant(database.db, who, async (trx) => {
  const row = await insertSurvey(trx, {
    tenantId: bureau.id,
    name: 'CEO Wmo bench',
    year: 2026,
    template: 'ceo-wmo',
    createdBy: null,
  });
  await insertSurveyGemeenten(
    trx,
    bureau.id,
    row.id,
    gemeenten.map((g) => g.id),
  );
  return row;
});
const clients: TestClient[] = Array.from({ length: LETTERS }, (_, i) => {
  const gemeente = gemeenten[i % gemeenten.length]!;
  return {
    gemeenteId: gemeente.id,
    clientNumber: `K${String(i).padStart(6, '0')}`,
    name: inviteeName(i),
    address: `Langeweg ${(i % 300) + 1} b`,
    postcode: `${9400 + (i % 500)} AB`,
    city: gemeente.name,
    birthYear: 1925 + (i % 75),
    productCategory: ['01', '02', '03', '04'][i % 4]!,
  };
});
await insertTestClients(database, bureau.id, survey.id, clients);

let started = performance.now();
await inTenant(database.db, who, (trx) =>
  drawSurveySample(trx, who, survey.id, { methode: 'alles', seed: 'bench', uitsluiten: {} }),
);
const drawSeconds = (performance.now() - started) / 1000;

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-letters-')), 'brieven.pdf');
const rssBefore = process.memoryUsage.rss();
peakRss = rssBefore;
started = performance.now();
const params = await inTenant(database.db, who, (trx) =>
  checkLetters(trx, who, survey.id, 'uitnodiging', {
    again: false,
    settings: { telefoon: '0592 36 69 11' },
  }),
);
const prepared = await inTenant(database.db, who, (trx) => prepareLetters(trx, who, params));
const readSeconds = (performance.now() - started) / 1000;
const out = fs.createWriteStream(file);
const pages = await writeLetters(out, prepared.recipients, prepared.batch);
await finished(out);
await inTenant(database.db, who, (trx) => recordLetters(trx, who, params, prepared));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage.rss());
const maxRss = process.resourceUsage().maxRSS * 1024;
const size = fs.statSync(file).size;
fs.rmSync(path.dirname(file), { recursive: true, force: true });
await database.close();

const ok = seconds <= BUDGET_S && alone.seconds <= BUDGET_S && alone.maxRssMb <= BUDGET_MB;
console.log(
  `Van begin tot eind (PGlite in geheugen): ${pages} pagina's in één PDF (${mb(size)} MB)`,
);
console.log(`  steekproef + codes:       ${drawSeconds.toFixed(1)} s`);
console.log(`  lezen (check + batch):    ${readSeconds.toFixed(1)} s`);
console.log(`  brieven totaal:           ${seconds.toFixed(1)} s (budget ${BUDGET_S} s)`);
console.log(`  ${(((seconds - readSeconds) * 1000) / pages).toFixed(2)} ms per brief`);
console.log(
  `  geheugen: ${mb(rssBefore)} MB vóór de brieven (database), piek tijdens de brieven ` +
    `${mb(peakRss)} MB (+${mb(peakRss - rssBefore)} MB); piek van het hele proces ${mb(maxRss)} MB`,
);
console.log(ok ? 'Binnen budget.' : 'BUITEN BUDGET.');
// One machine-readable line for bench/run.ts.
console.log(
  `RESULTAAT ${JSON.stringify({
    letters: LETTERS,
    budget: { seconds: BUDGET_S, memoryMb: BUDGET_MB },
    alone,
    endToEnd: {
      pages,
      pdfMb: mb(size),
      drawSeconds: Math.round(drawSeconds * 10) / 10,
      readSeconds: Math.round(readSeconds * 10) / 10,
      seconds: Math.round(seconds * 10) / 10,
      msPerLetter: Math.round((((seconds - readSeconds) * 1000) / pages) * 100) / 100,
      rssBeforeMb: mb(rssBefore),
      peakRssMb: mb(peakRss),
      processPeakMb: mb(maxRss),
    },
    withinBudget: ok,
  })}`,
);
process.exitCode = ok ? 0 : 1;
