import type { Answers } from '../surveys/responses/answers.js';
import { allocateProportionally } from '../surveys/sampling/allocation.js';
import { seededRandom, type Random } from '../surveys/sampling/prng.js';
import {
  AGE_BOUNDS,
  AGE_MIX,
  CARER_BY_AGE,
  CARER_COPES_DONT_KNOW,
  CARER_COPES_SHAPE,
  DEMO_ROUND,
  GEMEENTE_SHIFT,
  HELPED_BY_AGE,
  KNEW_CLIENT_SUPPORT_BY_AGE,
  LIVING_BY_AGE,
  ONLINE_BY_AGE,
  PRODUCT_MIX,
  PROXY_BY_AGE,
  RESPONSE_PROPENSITY,
  SATISFACTION_LOADING,
  SEX_X_SHARE,
  SKIP_BY_CHANNEL,
  STATEMENT_SHAPE,
  STATEMENTS,
  TELEPHONE_SHARE,
  WOMEN_BY_AGE,
  YOUNGER_PRODUCTS,
} from './demo-round.data.js';

/** A gemeente of the round, as the tenants table has it. */
export interface RoundGemeente {
  cbsCode: string;
  inhabitants: number | null;
}

export type Channel = 'papier' | 'online' | 'telefoon';

/** One client of the synthetic register, with what happened to their invitation. */
export interface DemoClient {
  /** Index into the gemeenten given to the generator. */
  gemeente: number;
  clientNumber: string;
  birthYear: number;
  sex: 'm' | 'v' | 'x';
  productCategory: string;
  /** Days after 2024-01-01. */
  startDay: number;
  endDay: number | null;
  /** Channel of the response, or null for no response. */
  channel: Channel | null;
  /** Got the reminder: had not answered by the reminder date. */
  reminded: boolean;
}

/**
 * An anonymous response: nothing in it points back to the client. The productcategorie is the
 * client's, copied as a coarse characteristic like the gemeente (ADR 0008).
 */
export interface DemoResponse {
  gemeente: number;
  productCategory: string;
  channel: Channel;
  submittedOn: string;
  answers: Answers;
}

export interface DemoRound {
  clients: DemoClient[];
  responses: DemoResponse[];
}

/**
 * The register and the answers of the demo round, the same on every run (seeded PRNG). Each
 * gemeente gets clients in proportion to its inhabitants times a Wmo share of 4–6%, scaled to
 * the round's total; respondents are drawn per gemeente, and each answers from one latent
 * general satisfaction (plus the gemeente's shift), so items correlate as in real data.
 */
export function generateDemoRound(gemeenten: readonly RoundGemeente[]): DemoRound {
  const random = seededRandom(DEMO_ROUND.seed);
  const draw = sampler(random);
  const sizes = clientsPerGemeente(gemeenten, draw);
  const rates = responseRates(gemeenten, sizes, draw);
  const shifts = gemeenten.map(() => (draw.uniform() * 2 - 1) * GEMEENTE_SHIFT);
  centre(
    shifts,
    sizes.map((n, g) => n * rates[g]!),
  );

  const clients: DemoClient[] = [];
  const responses: DemoResponse[] = [];
  gemeenten.forEach((_, g) => {
    const register = Array.from({ length: sizes[g]! }, (_, i) => newClient(g, i, draw));
    const ages = register.map((c) => ageGroupOf(c.birthYear));
    for (const i of respondents(ages, Math.round(register.length * rates[g]!), draw)) {
      const client = register[i]!;
      const age = ages[i]!;
      const channel = channelFor(age, draw);
      const day = dayFor(channel, draw);
      client.channel = channel;
      client.reminded = day >= DEMO_ROUND.reminderAfterDays;
      responses.push({
        gemeente: g,
        productCategory: client.productCategory,
        channel,
        submittedOn: dayText(day),
        answers: answersOf(client, age, shifts[g]!, channel, draw),
      });
    }
    clients.push(...register);
  });
  // Stored in order of gemeente and day, never in the order of the register.
  responses.sort((a, b) => a.gemeente - b.gemeente || a.submittedOn.localeCompare(b.submittedOn));
  return { clients, responses };
}

interface Draw {
  random: Random;
  uniform(): number;
  normal(): number;
  chance(p: number): boolean;
  pick(weights: readonly number[]): number;
}

function sampler(random: Random): Draw {
  let spare: number | null = null;
  const uniform = () => (random.nextUint32() + 0.5) / 2 ** 32;
  return {
    random,
    uniform,
    // Box–Muller, both values used.
    normal() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      const r = Math.sqrt(-2 * Math.log(uniform()));
      const theta = 2 * Math.PI * uniform();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    },
    chance: (p) => uniform() < p,
    pick(weights) {
      const total = weights.reduce((s, w) => s + w, 0);
      let u = uniform() * total;
      for (const [i, w] of weights.entries()) {
        u -= w;
        if (u < 0) return i;
      }
      return weights.length - 1;
    },
  };
}

function clientsPerGemeente(gemeenten: readonly RoundGemeente[], draw: Draw): number[] {
  // The city of Groningen is young (students): fewer Wmo clients per inhabitant.
  const weights = new Map(
    gemeenten.map((g, i) => {
      const share = g.cbsCode === 'GM0014' ? 0.04 : 0.045 + 0.015 * draw.uniform();
      return [String(i).padStart(3, '0'), Math.round((g.inhabitants ?? 10_000) * share * 1000)];
    }),
  );
  const allocation = allocateProportionally(weights, DEMO_ROUND.clients);
  return gemeenten.map((_, i) => allocation.get(String(i).padStart(3, '0')) ?? 0);
}

function responseRates(gemeenten: readonly RoundGemeente[], sizes: number[], draw: Draw): number[] {
  const [low, high] = DEMO_ROUND.responseRange;
  const fixed = gemeenten.map((g) => DEMO_ROUND.responseRateOf[g.cbsCode]);
  const rates = fixed.map((f) => f ?? low + 0.02 + (high - low - 0.04) * draw.uniform());
  const total = sizes.reduce((s, n) => s + n, 0);
  const free = sizes.reduce((s, n, i) => s + (fixed[i] === undefined ? n : 0), 0);
  const mean = sizes.reduce((s, n, i) => s + n * rates[i]!, 0) / total;
  const correction = ((DEMO_ROUND.responseRate - mean) * total) / free;
  return rates.map((r, i) =>
    fixed[i] === undefined ? Math.min(high, Math.max(low, r + correction)) : r,
  );
}

/** Shifts the gemeente effects so that their weighted mean is zero. */
function centre(values: number[], weights: number[]): void {
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = values.reduce((s, v, i) => s + v * weights[i]!, 0) / total;
  values.forEach((v, i) => (values[i] = v - mean));
}

function newClient(gemeente: number, index: number, draw: Draw): DemoClient {
  const productCategory = PRODUCT_MIX[draw.pick(PRODUCT_MIX.map(([, share]) => share))]![0];
  const age = draw.pick(YOUNGER_PRODUCTS.has(productCategory) ? AGE_MIX.younger : AGE_MIX.other);
  const [min, max] = AGE_BOUNDS[age]!;
  // Fewer people at each higher age in the oldest group.
  const spread = age === 3 ? draw.uniform() ** 1.8 : draw.uniform();
  const years = min + Math.floor(spread * (max - min + 1));
  const sex = draw.chance(SEX_X_SHARE) ? 'x' : draw.chance(WOMEN_BY_AGE[age]!) ? 'v' : 'm';
  const { days } = DEMO_ROUND.startWindow;
  const startDay = draw.random.below(days);
  // About one in five voorzieningen has ended since; all before the register was drawn.
  const room = days + 10 - startDay - 14;
  const endDay = room > 0 && draw.chance(0.2) ? startDay + 14 + draw.random.below(room) : null;
  return {
    gemeente,
    clientNumber: String(1_000_000 + index * 7 + draw.random.below(7)),
    birthYear: DEMO_ROUND.year - years,
    sex,
    productCategory,
    startDay,
    endDay,
    channel: null,
    reminded: true,
  };
}

/** 0: < 65, 1: 65–74, 2: 75–84, 3: 85+ (as answer A2, minus one). */
function ageGroupOf(birthYear: number): number {
  const age = DEMO_ROUND.year - birthYear;
  return age < 65 ? 0 : age < 75 ? 1 : age < 85 ? 2 : 3;
}

/**
 * Exactly `count` respondents, older clients a little more likely (weighted sampling without
 * replacement, Efraimidis–Spirakis: the smallest −ln(u)/w win).
 */
function respondents(ages: number[], count: number, draw: Draw): number[] {
  return ages
    .map((age, i) => ({ i, key: -Math.log(draw.uniform()) / RESPONSE_PROPENSITY[age]! }))
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .map((r) => r.i)
    .sort((a, b) => a - b);
}

function channelFor(age: number, draw: Draw): Channel {
  const u = draw.uniform();
  if (u < TELEPHONE_SHARE) return 'telefoon';
  return u < TELEPHONE_SHARE + (1 - TELEPHONE_SHARE) * ONLINE_BY_AGE[age]! ? 'online' : 'papier';
}

/** A lag that falls off day by day: most answers come in the first days after a letter. */
function lag(draw: Draw, perDay: number, max: number): number {
  for (;;) {
    const days = Math.floor(-Math.log(draw.uniform()) / perDay);
    if (days <= max) return days;
  }
}

/**
 * The day an answer came in, in days after the letters were printed (a Monday): a peak after
 * the letters arrive, a second after the reminder (day 14), a tail up to six weeks. Paper forms
 * travel back by post (two to four days) and are entered on working days.
 */
function dayFor(channel: Channel, draw: Draw): number {
  const wave = draw.pick([0.66, 0.29, 0.05]);
  let day =
    wave === 0
      ? 2 + lag(draw, 0.3, 11)
      : wave === 1
        ? DEMO_ROUND.reminderAfterDays + 2 + lag(draw, 0.35, 11)
        : 28 + draw.random.below(11);
  if (channel === 'papier') {
    day += 2 + draw.random.below(3);
    const weekday = day % 7; // 0 is a Monday
    // Forms that arrive over the weekend are entered in the first days of the week.
    if (weekday >= 5) day += 7 - weekday + draw.random.below(3);
  }
  return Math.min(day, DEMO_ROUND.lastDayOffset);
}

function dayText(offset: number): string {
  const date = new Date(`${DEMO_ROUND.letterDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** Inverse of the standard normal distribution (Acklam's rational approximation, |ε| < 1.2e-9). */
export function probit(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269];
  const a4 = -30.66479806614716;
  const a5 = 2.506628277459239;
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972];
  const b4 = -13.28068155288572;
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734];
  const c4 = 4.374664141464968;
  const c5 = 2.938163982698783;
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c4) * q + c5) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a4) * r + a5) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b4) * r + 1)
  );
}

/** Latent cut points, top down, for a shape of shares over answers 1–5. */
function cutsOf(shape: readonly number[]): number[] {
  const cuts: number[] = [];
  let above = 0;
  for (const share of shape.slice(0, -1)) {
    above += share;
    cuts.push(probit(1 - above));
  }
  return cuts;
}

const STATEMENT_CUTS = cutsOf(STATEMENT_SHAPE);
const BASE_POSITIVE = STATEMENT_SHAPE[0]! + STATEMENT_SHAPE[1]!;
const STATEMENT_OFFSETS = STATEMENTS.map((s) => probit(s.positive) - probit(BASE_POSITIVE));
const CARER_CUTS = cutsOf(CARER_COPES_SHAPE);

function scaleAnswer(latent: number, cuts: number[]): string {
  const index = cuts.findIndex((cut) => latent > cut);
  return String(index === -1 ? cuts.length + 1 : index + 1);
}

function answersOf(
  client: DemoClient,
  age: number,
  shift: number,
  channel: Channel,
  draw: Draw,
): Answers {
  const satisfaction = draw.normal() + shift;
  const own = Math.sqrt(1 - SATISFACTION_LOADING ** 2);
  const skip = SKIP_BY_CHANNEL[channel];
  const answers: Answers = {};
  const give = (id: string, code: string) => {
    if (!draw.chance(skip)) answers[id] = [code];
  };
  STATEMENTS.forEach((statement, k) => {
    const latent =
      SATISFACTION_LOADING * satisfaction + own * draw.normal() + STATEMENT_OFFSETS[k]!;
    const code = draw.chance(statement.dontKnow) ? '9' : scaleAnswer(latent, STATEMENT_CUTS);
    // Q5 comes between Q4 and Q6 on the form.
    if (statement.id === 'Q6') give('Q5', knewClientSupport(age, satisfaction, draw));
    give(statement.id, code);
  });
  const helped = draw.pick([
    1 - HELPED_BY_AGE[age]! - PROXY_BY_AGE[age]!,
    HELPED_BY_AGE[age]!,
    PROXY_BY_AGE[age]!,
  ]);
  give('A1', String(helped + 1));
  give('A2', String(age + 1));
  give('A3', client.sex === 'x' || draw.chance(0.01) ? '3' : client.sex === 'm' ? '1' : '2');
  give('A4', draw.chance(CARER_BY_AGE[age]!) ? '1' : '2');
  // Routing: A5 is asked only of those with a carer.
  if (answers.A4?.[0] === '1') {
    const latent = 0.35 * satisfaction + Math.sqrt(1 - 0.35 ** 2) * draw.normal();
    give('A5', draw.chance(CARER_COPES_DONT_KNOW) ? '9' : scaleAnswer(latent, CARER_CUTS));
  }
  give('A6', String(draw.pick(LIVING_BY_AGE[age]!) + 1));
  return answers;
}

function knewClientSupport(age: number, satisfaction: number, draw: Draw): string {
  const p = KNEW_CLIENT_SUPPORT_BY_AGE[age]! + 0.03 * satisfaction;
  return draw.chance(p) ? '1' : '2';
}
