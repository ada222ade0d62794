import type { Trx } from '../db/database.js';
import { Cache } from '../platform/cache.js';
import {
  deleteCounts,
  insertBuilds,
  insertCounts,
  listBuildStates,
  listRoundMembers,
  liveResponseCounts,
  lockRoundCounts,
  markBuildsFinal,
  readResponseBatch,
  snapshotPopulation,
} from './aggregates.repository.js';
import type { CountsByQuestion } from './results.table.js';

/**
 * The count tables behind every results figure (ADR 0009). Counts are rebuilt per gemeente of a
 * round when its live number of responses differs from the number the counts were built from,
 * so results follow new responses without any work on the path that stores an answer.
 *
 * Runs as system work in the round owner's scope (`inTenant` with the survey's tenant).
 */

export interface RoundToRefresh {
  tenantId: string;
  surveyId: string;
  year: number;
  status: string;
  /** Question ids with answer codes (stelling, janee, enkelvoudig, meervoudig). */
  codedQuestions: string[];
  /** Of those, the meervoudig ones: their respondents are counted as answer '+'. */
  multipleChoice: string[];
}

export interface RefreshOutcome {
  /** Gemeenten whose counts were rebuilt now. */
  rebuilt: string[];
  /** Every gemeente's counts were built after the round closed: they never change again. */
  final?: boolean;
  /** What the counts of each gemeente were built from, when nothing was rebuilt. */
  builds?: { gemeenteId: string; responses: number; invited: number }[];
  /** Every gemeente of the round was already final (built after closing): nothing counted. */
  skipped: boolean;
}

/**
 * An open round is re-counted at most this often per process: a dashboard page asks for
 * several figures at once, and one live count per second is enough for "results follow new
 * responses" (ADR 0009). A closed round is never re-counted once final.
 */
export const RECOUNT_INTERVAL_MS = 1000;
/** Rounds (by survey id) counted less than the interval ago; far more than are open at once. */
const recentlyCounted = new Cache<true>({ size: 10_000, ttlMs: RECOUNT_INTERVAL_MS });

/**
 * Rebuilds the counts of the gemeenten of a round whose responses changed. A closed round gets no
 * new responses: once every gemeente's counts were built after closing, not even the cheap count
 * on `responses_survey` runs.
 */
export async function refreshStaleCounts(trx: Trx, round: RoundToRefresh): Promise<RefreshOutcome> {
  const { surveyId } = round;
  // Two plain lookups merged here: a join lets the planner pick a nested loop over the whole
  // round when the tables have not been analysed yet (342 × 342 rows at national scale).
  const members = await listRoundMembers(trx, round);
  const built = new Map((await listBuildStates(trx, round)).map((b) => [b.gemeente_id, b]));
  const builds = members.map((gemeenteId) => {
    const b = built.get(gemeenteId);
    return {
      gemeenteId,
      responses: b ? b.responses : null,
      invited: b ? b.invited : null,
      final: b ? b.final : null,
    };
  });
  const asBuilt = () =>
    builds.map((b) => ({
      gemeenteId: b.gemeenteId,
      responses: b.responses ?? 0,
      invited: b.invited ?? 0,
    }));
  if (builds.length > 0 && builds.every((b) => b.final === true)) {
    return { rebuilt: [], skipped: true, final: true, builds: asBuilt() };
  }
  const complete = builds.length > 0 && builds.every((b) => b.responses !== null);
  // A round just closed is checked at once: that check makes its counts final.
  const open = round.status !== 'gesloten';
  if (open && complete && recentlyCounted.has(surveyId)) {
    return { rebuilt: [], skipped: true, builds: asBuilt() };
  }
  const live = await liveResponseCounts(trx, round);
  const liveCount = new Map(live.map((r) => [r.gemeenteId, r.n]));
  const closed = round.status === 'gesloten';
  const stale = builds
    .filter((b) => b.responses === null || b.responses !== (liveCount.get(b.gemeenteId) ?? 0))
    .map((b) => b.gemeenteId);
  const unfinal = builds.filter((b) => b.final !== true).map((b) => b.gemeenteId);
  if (stale.length > 0) {
    await lockRoundCounts(trx, round);
    await rebuildCounts(trx, round, stale);
  }
  const markFinal = closed ? unfinal.filter((id) => !stale.includes(id)) : [];
  if (markFinal.length > 0) {
    await markBuildsFinal(trx, round, markFinal);
  }
  recentlyCounted.set(surveyId, true);
  return { rebuilt: stale, skipped: false };
}

/** Responses read per query while counting: bounded memory also for a national round. */
const READ_BATCH = 20_000;

/** Answer codes as the questionnaire allows them; anything else is not counted. */
const CODE = /^[A-Za-z0-9_-]{1,20}$/;

const first = (answers: Record<string, unknown>, id: string): string | undefined => {
  const value = answers[id];
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
};

/**
 * Counts of one gemeente while counting: per category (dimension + category) a table of answer
 * slots, one slot per question × answer code, looked up once per response.
 */
class GemeenteTally {
  private readonly categories = new Map<string, Int32Array>();
  private readonly slots = new Map<string, Map<string, number>>();
  private readonly slotNames: [string, string][] = [];
  private capacity = 256;

  /** The slot of an answer, or −1 for a code the questionnaire could not have given. */
  slot(question: string, answer: string): number {
    let codes = this.slots.get(question);
    if (!codes) {
      codes = new Map();
      this.slots.set(question, codes);
    }
    let index = codes.get(answer);
    if (index === undefined) {
      index = question === '*' || answer === '+' || CODE.test(answer) ? this.slotNames.length : -1;
      codes.set(answer, index);
      if (index >= 0) this.slotNames.push([question, answer]);
      if (this.slotNames.length > this.capacity) this.grow();
    }
    return index;
  }

  private grow(): void {
    this.capacity *= 2;
    for (const [key, row] of this.categories) {
      const bigger = new Int32Array(this.capacity);
      bigger.set(row);
      this.categories.set(key, bigger);
    }
  }

  add(categoryKeys: readonly string[], answerSlots: readonly number[]): void {
    for (const key of categoryKeys) {
      let row = this.categories.get(key);
      if (!row) {
        row = new Int32Array(this.capacity);
        this.categories.set(key, row);
      }
      for (const a of answerSlots) row[a]! += 1;
    }
  }

  *rows(): Generator<{ d: string; c: string; counts: CountsByQuestion }> {
    for (const [categoryKey, row] of this.categories) {
      const [d = '', c = ''] = categoryKey.split('\u0001');
      const counts: CountsByQuestion = {};
      this.slotNames.forEach(([question, answer], i) => {
        const n = row[i] ?? 0;
        if (n > 0) (counts[question] ??= {})[answer] = n;
      });
      yield { d, c, counts };
    }
  }
}

/** The six categories a response counts in (ADR 0009). */
function categoriesOf(response: {
  channel: string;
  productCategory: string | null;
  answers: Record<string, unknown>;
}): string[] {
  const a1 = first(response.answers, 'A1') ?? 'onbekend';
  const a2 = first(response.answers, 'A2') ?? 'onbekend';
  const a3raw = first(response.answers, 'A3');
  const a3 = a3raw === '1' || a3raw === '2' ? a3raw : 'onbekend';
  return [
    'totaal\u0001',
    `leeftijd\u0001${a2}`,
    `voorziening\u0001${response.productCategory ?? 'onbekend'}`,
    `kanaal\u0001${response.channel}`,
    `hulp\u0001${a1}`,
    `leeftijd_geslacht\u0001${a2}|${a3}`,
  ];
}

/**
 * Rebuilds the counts of the given gemeenten: their responses are read in batches (gemeente by
 * gemeente, so memory stays bounded) and counted here, one increment per response × category ×
 * answer; the counts go back in one statement per batch. Multiple-choice answers count every
 * chosen code. Open and number answers are never counted: their text has no place in a count
 * table. (Grouping 1.5 million exploded answer rows per 100,000 responses in SQL took seconds;
 * counting them here takes milliseconds, the time is in reading the responses.)
 */
export async function rebuildCounts(
  trx: Trx,
  round: RoundToRefresh,
  gemeenteIds: string[],
): Promise<void> {
  if (gemeenteIds.length === 0) return;
  await deleteCounts(trx, round, gemeenteIds);
  const coded = new Set(round.codedQuestions);
  const multiple = new Set(round.multipleChoice);
  const responses = new Map<string, number>();
  for (const gemeenteId of gemeenteIds) {
    const tally = new GemeenteTally();
    const responseSlot = tally.slot('*', '');
    let count = 0;
    for (let offset = 0; ; offset += READ_BATCH) {
      const batch = await readResponseBatch(trx, round, gemeenteId, { offset, limit: READ_BATCH });
      for (const row of batch) {
        const answers = (row.answers ?? {}) as Record<string, unknown>;
        const answerSlots = [responseSlot];
        for (const [question, value] of Object.entries(answers)) {
          if (!coded.has(question) || !Array.isArray(value)) continue;
          let any = false;
          for (const code of value) {
            const slot = typeof code === 'string' ? tally.slot(question, code) : -1;
            if (slot < 0) continue;
            answerSlots.push(slot);
            any = true;
          }
          if (any && multiple.has(question)) answerSlots.push(tally.slot(question, '+'));
        }
        tally.add(categoriesOf({ ...row, answers }), answerSlots);
      }
      count += batch.length;
      if (batch.length < READ_BATCH) break;
    }
    responses.set(gemeenteId, count);
    await insertCounts(trx, round, gemeenteId, [...tally.rows()]);
  }
  await insertBuilds(
    trx,
    { ...round, closed: round.status === 'gesloten' },
    gemeenteIds,
    responses,
  );
  await snapshotPopulation(trx, round, gemeenteIds);
}
