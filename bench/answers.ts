/**
 * Survey answers under load, through the real HTTP routes (GUIDE.md budget: ≥ 300 answers/s on
 * PGlite, ≥ 1,000/s on PostgreSQL, p99 ≤ 200 ms, zero lost). See bench/README.md.
 *
 * Set-up through the API as the demo beheerder: a CEO Wmo round for one gemeente, a synthetic
 * register, a draw of everyone, the plain codes from the mailing file. Then:
 *
 * - online: virtual respondents that behave like a browser without JavaScript (code form →
 *   every page: GET the form, POST it with the hidden token and the cookie, follow the 303 →
 *   review page → Versturen → thank-you page);
 * - paper: one `POST /api/v1/enquetes/:id/reacties` per form, as a typist would.
 *
 * Afterwards the responses counted by the API must equal the completed submissions.
 */
import type http from 'node:http';
import { optionsOf } from '../shared/surveys/questionnaire.js';
import { CEO_WMO_TEMPLATE } from '../shared/surveys/ceo-wmo.template.js';
import { keepAliveAgent, request, staffLogin, type Reply, type StaffSession } from './http.js';
import { runLoad, type LoadResult } from './load.js';
import { cpuTimeMs, machineBusyMs, postgresCpuTimeMs } from './server.js';
import { round, roundFine, summarize, type Summary } from './stats.js';

export const DEMO_BEHEERDER = 'beheerder@demo.meetwerk.nl';
export const DEMO_PASSWORD = 'Meetwerk-demo-2026';

export interface Round {
  staff: StaffSession;
  surveyId: string;
  codes: string[];
}

/**
 * A synthetic register: klantnummer, name, address, postcode, birth year, category. No BSN (the
 * import and the BSN hash are measured by the import benchmark); nothing here is a real person.
 */
export function syntheticRegister(rows: number, withBsn = false): Buffer {
  const lines = [
    `klantnummer;naam;adres;postcode;woonplaats;geboortejaar;geslacht;productcategorie;startdatum${withBsn ? ';bsn' : ''}`,
  ];
  for (let i = 0; i < rows; i += 1) {
    const fields = [
      `B${String(i).padStart(7, '0')}`,
      `Mevrouw A.B. van der Testpersoon-${i}`,
      `Langeweg ${(i % 300) + 1} b`,
      `${9400 + (i % 500)} AB`,
      'Den Haag',
      String(1925 + (i % 75)),
      ['m', 'v', 'x'][i % 3]!,
      ['01', '02', '03', '04'][i % 4]!,
      `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
    ];
    if (withBsn) fields.push(testBsn(i));
    lines.push(fields.join(';'));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Test BSNs: the numbers from 999 900 006 upward that pass the elfproef (the 9999… range is never
 * issued to people), about 9,000 of them; larger registers use them again (the import allows the
 * same BSN on two klantnummers).
 */
const TEST_BSNS: string[] = (() => {
  const found: string[] = [];
  for (let prefix = 99_990_000; prefix <= 99_999_999; prefix += 1) {
    const digits = String(prefix);
    let sum = 0;
    for (let k = 0; k < 8; k += 1) sum += Number(digits[k]) * (9 - k);
    const check = sum % 11;
    if (check <= 9) found.push(`${digits}${check}`);
  }
  return found;
})();

export function testBsn(i: number): string {
  return TEST_BSNS[i % TEST_BSNS.length]!;
}

function expectStatus(reply: Reply, status: number, what: string): Reply {
  if (reply.status !== status) {
    throw new Error(
      `${what} gaf ${reply.status} in plaats van ${status}: ${reply.body.slice(0, 400)}`,
    );
  }
  return reply;
}

/** Log in as the demo beheerder and make a CEO Wmo round for one gemeente. */
export async function createRound(url: string, name: string): Promise<Omit<Round, 'codes'>> {
  const staff = await staffLogin(url, DEMO_BEHEERDER, DEMO_PASSWORD);
  // The gemeente the beheerder's session works for: the round is for that one gemeente.
  const gemeente = staff.activeCbsCode;
  if (!gemeente) throw new Error(`${DEMO_BEHEERDER} werkt na inloggen niet voor een gemeente.`);
  const created = expectStatus(
    await staff.post('/api/v1/enquetes', {
      naam: name,
      jaar: 2026,
      sjabloon: 'ceo-wmo',
      gemeenten: [gemeente],
    }),
    201,
    'Een ronde maken',
  );
  return { staff, surveyId: (JSON.parse(created.body) as { id: string }).id };
}

export async function importRegister(
  staff: StaffSession,
  surveyId: string,
  file: Buffer,
): Promise<{ aanvaard: number; afgewezen: number; body: string }> {
  const reply = expectStatus(
    await staff.upload(
      `/api/v1/enquetes/${surveyId}/clientenbestanden?bestandsnaam=register.csv`,
      file,
      'text/csv',
    ),
    201,
    'Het cliëntenbestand inlezen',
  );
  const result = JSON.parse(reply.body) as { aanvaard: number; afgewezen: number };
  return { aanvaard: result.aanvaard, afgewezen: result.afgewezen, body: reply.body };
}

/** A round with `clients` invited (everyone drawn) and their plain codes. */
export async function prepareRound(url: string, clients: number): Promise<Round> {
  const { staff, surveyId } = await createRound(url, `Bench antwoorden ${Date.now()}`);
  const imported = await importRegister(staff, surveyId, syntheticRegister(clients));
  if (imported.aanvaard !== clients) {
    throw new Error(
      `Maar ${imported.aanvaard} van ${clients} cliënten aanvaard: ${imported.body.slice(0, 400)}`,
    );
  }
  expectStatus(
    await staff.post(`/api/v1/enquetes/${surveyId}/steekproef`, {
      methode: 'alles',
      seed: 'bench',
      uitsluiten: {},
    }),
    201,
    'De steekproef trekken',
  );
  // Answers are taken once fieldwork has started.
  expectStatus(
    await staff.patch(`/api/v1/enquetes/${surveyId}`, { status: 'veldwerk' }),
    200,
    'Het veldwerk starten',
  );
  const mailing = expectStatus(
    await staff.get(`/api/v1/enquetes/${surveyId}/adresbestand`),
    200,
    'Het adresbestand',
  );
  const lines = mailing.body
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  const header = lines[0]!.split(';');
  const column = header.indexOf('code');
  if (column < 0) throw new Error(`Geen kolom code in het adresbestand: ${lines[0]}`);
  const codes = lines.slice(1).map((line) => line.split(';')[column]!);
  if (codes.length !== clients) {
    throw new Error(`Het adresbestand heeft ${codes.length} codes, niet ${clients}.`);
  }
  return { staff, surveyId, codes };
}

/** Responses the API counts for the round, by channel. */
export async function countedResponses(
  staff: StaffSession,
  surveyId: string,
): Promise<{ online: number; papier: number; totaal: number; aantalReacties: number }> {
  const progress = JSON.parse(
    expectStatus(await staff.get(`/api/v1/enquetes/${surveyId}/voortgang`), 200, 'Voortgang').body,
  ) as { totaal: { gereageerd: { online: number; papier: number; totaal: number } } };
  const summary = JSON.parse(
    expectStatus(await staff.get(`/api/v1/enquetes/${surveyId}`), 200, 'Het onderzoek').body,
  ) as { aantalReacties: number };
  return { ...progress.totaal.gereageerd, aantalReacties: summary.aantalReacties };
}

// --- A browser without JavaScript -----------------------------------------------------------

const attributes = (tag: string): Record<string, string> => {
  const found: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) {
    found[name!.toLowerCase()] = value ?? '';
  }
  return found;
};

const unescapeHtml = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

interface ParsedForm {
  action: string;
  /** Fields a browser sends as they are: hidden inputs, text inputs, text areas. */
  fixed: [string, string][];
  /** Radio groups and check boxes: name → the values offered. */
  choices: Map<string, { type: string; values: string[] }>;
}

/** The first post form of a page, read as a browser would. */
function parseForm(html: string): ParsedForm | undefined {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/.exec(html);
  if (!form) return undefined;
  const formAttributes = attributes(form[1]!);
  if ((formAttributes.method ?? 'get').toLowerCase() !== 'post') return undefined;
  const parsed: ParsedForm = {
    action: unescapeHtml(formAttributes.action ?? ''),
    fixed: [],
    choices: new Map(),
  };
  for (const [, raw] of form[2]!.matchAll(/<input\b([^>]*)>/g)) {
    const input = attributes(raw!);
    const name = input.name;
    if (!name) continue;
    const type = (input.type ?? 'text').toLowerCase();
    const value = unescapeHtml(input.value ?? '');
    if (type === 'radio' || type === 'checkbox') {
      const group = parsed.choices.get(name) ?? { type, values: [] };
      group.values.push(value);
      parsed.choices.set(name, group);
    } else {
      parsed.fixed.push([name, value]);
    }
  }
  for (const [, raw] of form[2]!.matchAll(/<textarea\b([^>]*)>[\s\S]*?<\/textarea>/g)) {
    const name = attributes(raw!).name;
    if (name) parsed.fixed.push([name, '']);
  }
  return parsed;
}

/** A small deterministic random source per respondent, so runs are comparable. */
function randomSource(seed: number) {
  let state = seed >>> 0 || 1;
  return (below: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
}

interface Timed {
  posts: number;
  gets: number;
  /** Latency of every form post (ms). */
  postMs: number[];
  /** Latency of the final submission post (Versturen), one per completed questionnaire. */
  submitMs: number[];
  completed: number;
  /** What went wrong, for the report: first few only. */
  errors: string[];
}

class Browser {
  private cookies = new Map<string, string>();
  constructor(
    private readonly base: string,
    private readonly agent: http.Agent,
    private readonly timed: Timed,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', ...extra };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    return headers;
  }

  private remember(reply: Reply): Reply {
    for (const line of reply.headers['set-cookie'] ?? []) {
      const [pair, ...rest] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = rest.some((p) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(p));
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return reply;
  }

  async get(path: string): Promise<Reply> {
    this.timed.gets += 1;
    return this.remember(
      await request(`${this.base}${path}`, { agent: this.agent, headers: this.headers() }),
    );
  }

  async post(path: string, fields: [string, string][]): Promise<{ reply: Reply; ms: number }> {
    this.timed.posts += 1;
    const started = performance.now();
    const reply = await request(`${this.base}${path}`, {
      method: 'POST',
      agent: this.agent,
      body: new URLSearchParams(fields).toString(),
      headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
    });
    const ms = performance.now() - started;
    this.timed.postMs.push(ms);
    return { reply: this.remember(reply), ms };
  }
}

const MAX_STEPS = 60;

/** One respondent answers the whole questionnaire with `code`. Throws on anything unexpected. */
async function answerOnline(browser: Browser, code: string, seed: number, timed: Timed) {
  const random = randomSource(seed);
  const start = await browser.post('/enquete', [['code', code]]);
  if (start.reply.status !== 303) throw new Error(`code ${start.reply.status}`);
  let location = start.reply.headers.location ?? '';
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const page = await browser.get(location);
    if (page.status === 303) {
      location = page.headers.location ?? '';
      continue;
    }
    if (page.status !== 200) throw new Error(`GET ${location}: ${page.status}`);
    const form = parseForm(page.body);
    if (!form) throw new Error(`geen formulier op ${location}`);
    const fields: [string, string][] = [...form.fixed];
    if (form.action === '/enquete/versturen') {
      const sent = await browser.post(form.action, fields);
      if (sent.reply.status !== 303 || sent.reply.headers.location !== '/enquete/klaar') {
        throw new Error(`versturen: ${sent.reply.status} ${sent.reply.headers.location ?? ''}`);
      }
      timed.submitMs.push(sent.ms);
      const done = await browser.get('/enquete/klaar');
      if (done.status !== 200) throw new Error(`klaar: ${done.status}`);
      timed.completed += 1;
      return;
    }
    for (const [name, group] of form.choices) {
      // Most questions answered, one in ten skipped (allowed), as people do.
      if (random(10) === 0) continue;
      // One option: a radio button, or a single check box of a multiple-choice question.
      fields.push([name, group.values[random(group.values.length)]!]);
    }
    fields.push(['actie', 'volgende']);
    const sent = await browser.post(form.action, fields);
    if (sent.reply.status !== 303) {
      throw new Error(`POST ${form.action}: ${sent.reply.status} ${sent.reply.body.slice(0, 200)}`);
    }
    location = sent.reply.headers.location ?? '';
  }
  throw new Error(`na ${MAX_STEPS} pagina's niet klaar`);
}

export interface OnlineResult {
  respondents: number;
  concurrency: number;
  completed: number;
  failed: number;
  errors: string[];
  seconds: number;
  /** Completed questionnaires (a Versturen that was persisted) per second. */
  completedPerSecond: number;
  formPostsPerSecond: number;
  /** All HTTP requests (posts and the GETs of the pages between them) per second. */
  requestsPerSecond: number;
  postsPerQuestionnaire: number;
  requestsPerQuestionnaire: number;
  submitLatencyMs: Summary;
  formPostLatencyMs: Summary;
  serverCpuMsPerQuestionnaire: number | null;
  serverCpuMsPerRequest: number | null;
  /** CPU of this benchmark process (the respondents) per request: it shares the machine. */
  clientCpuMsPerRequest: number;
  /** CPU of the local PostgreSQL processes per request (null on PGlite, inside the server). */
  databaseCpuMsPerRequest: number | null;
  /** Cores the whole machine kept busy on average during the run (everything running on it). */
  machineBusyCores: number | null;
}

const rounded = (s: Summary): Summary => ({
  n: s.n,
  min: round(s.min),
  median: round(s.median),
  p95: round(s.p95),
  p99: round(s.p99),
  max: round(s.max),
});

/** `concurrency` respondents, each taking the next code until `codes` are used up. */
export async function answerOnlineUnderLoad(options: {
  url: string;
  pid: number;
  codes: string[];
  concurrency: number;
  /** Count the local PostgreSQL processes' CPU too. */
  postgres?: boolean;
}): Promise<OnlineResult> {
  const timed: Timed = { posts: 0, gets: 0, postMs: [], submitMs: [], completed: 0, errors: [] };
  const agent = keepAliveAgent(options.concurrency);
  let next = 0;
  let failed = 0;
  const respondent = async () => {
    for (;;) {
      const index = next++;
      if (index >= options.codes.length) return;
      // A fresh browser per respondent: no cookie left from the one before.
      const browser = new Browser(options.url, agent, timed);
      try {
        await answerOnline(browser, options.codes[index]!, index + 1, timed);
      } catch (error) {
        failed += 1;
        if (timed.errors.length < 5) timed.errors.push((error as Error).message);
      }
    }
  };
  const cpuBefore = cpuTimeMs(options.pid);
  const databaseBefore = options.postgres ? postgresCpuTimeMs() : undefined;
  const machineBefore = machineBusyMs();
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, respondent));
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuTimeMs(options.pid);
  const databaseAfter = options.postgres ? postgresCpuTimeMs() : undefined;
  const machineAfter = machineBusyMs();
  const client = process.cpuUsage(clientBefore);
  agent.destroy();
  const requests = timed.posts + timed.gets;
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? null : cpuAfter - cpuBefore;
  return {
    respondents: options.codes.length,
    concurrency: options.concurrency,
    completed: timed.completed,
    failed,
    errors: timed.errors,
    seconds: round(seconds),
    completedPerSecond: round(timed.completed / seconds),
    formPostsPerSecond: round(timed.posts / seconds),
    requestsPerSecond: round(requests / seconds),
    postsPerQuestionnaire: round(timed.posts / Math.max(1, options.codes.length)),
    requestsPerQuestionnaire: round(requests / Math.max(1, options.codes.length)),
    submitLatencyMs: rounded(summarize(timed.submitMs)),
    formPostLatencyMs: rounded(summarize(timed.postMs)),
    serverCpuMsPerQuestionnaire: cpu === null ? null : round(cpu / Math.max(1, timed.completed)),
    serverCpuMsPerRequest: cpu === null ? null : roundFine(cpu / Math.max(1, requests)),
    clientCpuMsPerRequest: roundFine((client.user + client.system) / 1000 / Math.max(1, requests)),
    databaseCpuMsPerRequest:
      databaseBefore === undefined || databaseAfter === undefined
        ? null
        : roundFine((databaseAfter - databaseBefore) / Math.max(1, requests)),
    machineBusyCores:
      machineBefore === undefined || machineAfter === undefined
        ? null
        : roundFine((machineAfter - machineBefore) / 1000 / seconds),
  };
}

/** A filled-in paper form: every question with options answered, routing respected. */
export function paperAnswers(seed: number): Record<string, string | string[]> {
  const random = randomSource(seed);
  const answers: Record<string, string[]> = {};
  for (const question of CEO_WMO_TEMPLATE.questions) {
    const options = optionsOf(question);
    if (options.length === 0) continue;
    if (question.showIf) {
      const given = answers[question.showIf.question] ?? [];
      if (!given.some((c) => question.showIf!.anyOf.includes(c))) continue;
    }
    answers[question.id] = [options[random(options.length)]!.code];
  }
  return Object.fromEntries(
    Object.entries(answers).map(([id, codes]) => [
      id,
      CEO_WMO_TEMPLATE.questions.find((q) => q.id === id)?.type === 'meervoudig'
        ? codes
        : codes[0]!,
    ]),
  );
}

export interface PaperResult extends LoadResult {
  serverCpuMsPerRequest: number | null;
}

/** Paper entry: one POST /reacties per form, `concurrency` typists at once. */
export async function enterPaperUnderLoad(options: {
  url: string;
  pid: number;
  staff: StaffSession;
  surveyId: string;
  codes: string[];
  concurrency: number;
}): Promise<PaperResult> {
  const cpuBefore = cpuTimeMs(options.pid);
  const result = await runLoad({
    total: options.codes.length,
    concurrency: options.concurrency,
    expectStatus: 201,
    send: async (index) =>
      (
        await options.staff.post(`/api/v1/enquetes/${options.surveyId}/reacties`, {
          code: options.codes[index],
          kanaal: 'papier',
          antwoorden: paperAnswers(index + 7),
        })
      ).status,
  });
  const cpuAfter = cpuTimeMs(options.pid);
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined
      ? null
      : round((cpuAfter - cpuBefore) / options.codes.length);
  return { ...result, serverCpuMsPerRequest: cpu };
}
