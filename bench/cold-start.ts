import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.js';
import { round, summarize, type Summary } from './stats.js';

/** GUIDE.md section 8: `npm start` from cold to serving. */
export const COLD_START_BUDGET_MS = 10_000;

export interface ColdStartResult {
  runs: number;
  /** Empty data folder: create the database, migrate, load the demo (but its round), listen. */
  firstStartMs: Summary;
  /**
   * The same first start until the demo's finished survey round, loaded in the background after
   * listening, is in (the server prints a line): when the round's pages show it.
   */
  firstStartRoundMs: Summary;
  /** The same folder again, demo already loaded: open, migrate (nothing to do), listen. */
  restartMs: Summary;
  budgetMs: number;
}

function rounded(summary: Summary): Summary {
  return {
    n: summary.n,
    min: round(summary.min),
    median: round(summary.median),
    p95: round(summary.p95),
    p99: round(summary.p99),
    max: round(summary.max),
  };
}

const ROUND_LOADED = 'De demo-enquêteronde is geladen';

/** Milliseconds from `since` until the server's output holds `text` (polled every 20 ms). */
async function waitForOutput(output: () => string, text: string, since: number): Promise<number> {
  const deadline = performance.now() + 180_000;
  while (performance.now() < deadline) {
    if (output().includes(text)) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`De server meldde niet "${text}":\n${output()}`);
}

/**
 * Each run: a first start on an empty PGlite folder (which loads the demo), stop, then a restart
 * on that folder, stop. First starts and restarts alternate, so both see the same machine.
 */
export async function measureColdStart(
  runs: number,
  log: (line: string) => void,
): Promise<ColdStartResult> {
  const first: number[] = [];
  const firstRound: number[] = [];
  const again: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-bench-'));
    const env = {
      MEETWERK_DATA_DIR: path.join(parent, 'data'),
      MEETWERK_DEMO: '1',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    };
    try {
      const spawned = performance.now();
      const fresh = await startServer(env, { keepLog: true });
      const roundMs = await waitForOutput(() => fresh.output(), ROUND_LOADED, spawned);
      await fresh.stop();
      if (!fresh.output().includes('De demo-omgeving is geladen.')) {
        throw new Error(`De eerste start laadde de demo niet:\n${fresh.output()}`);
      }
      const restarted = await startServer(env, { keepLog: true });
      // Long enough for a restart to (wrongly) start loading the round again, and be seen.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await restarted.stop();
      if (
        restarted.output().includes('De demo-omgeving is geladen.') ||
        restarted.output().includes(ROUND_LOADED)
      ) {
        throw new Error(`De herstart laadde de demo opnieuw:\n${restarted.output()}`);
      }
      first.push(fresh.startMs);
      firstRound.push(roundMs);
      again.push(restarted.startMs);
      log(
        `  koude start ${run}/${runs}: eerste start ${(fresh.startMs / 1000).toFixed(2)} s ` +
          `(enquêteronde er na ${(roundMs / 1000).toFixed(2)} s), ` +
          `herstart ${(restarted.startMs / 1000).toFixed(2)} s`,
      );
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  }
  return {
    runs,
    firstStartMs: rounded(summarize(first)),
    firstStartRoundMs: rounded(summarize(firstRound)),
    restartMs: rounded(summarize(again)),
    budgetMs: COLD_START_BUDGET_MS,
  };
}
