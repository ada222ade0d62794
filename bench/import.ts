/**
 * Import of a large client register through the API: one `POST /api/v1/enquetes/:id/clientenbestanden`
 * with a generated CSV (synthetic clients, test BSNs) as the body. See bench/README.md.
 */
import fs from 'node:fs';
import { createRound, importRegister, syntheticRegister } from './answers.js';
import { round } from './stats.js';

export interface ImportResult {
  rows: number;
  fileMb: number;
  seconds: number;
  rowsPerSecond: number;
  aanvaard: number;
  afgewezen: number;
  /** Server RSS just before the upload, and the highest seen while it ran (sampled every 25 ms). */
  serverRssBeforeMb: number;
  serverRssPeakMb: number;
  /** The kernel's own peak (VmHWM) of the server process after the import: over its whole life. */
  serverHighWaterMb: number;
}

/** A field of /proc/<pid>/status in MB (Linux), or NaN. */
export function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export async function measureImport(options: {
  url: string;
  pid: number;
  rows: number;
}): Promise<ImportResult> {
  const file = syntheticRegister(options.rows, true);
  const { staff, surveyId } = await createRound(options.url, `Bench import ${Date.now()}`);
  const before = procStatusMb(options.pid, 'VmRSS');
  let peak = before;
  const sampler = setInterval(() => {
    const now = procStatusMb(options.pid, 'VmRSS');
    if (now > peak) peak = now;
  }, 25);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof importRegister>>;
  try {
    result = await importRegister(staff, surveyId, file);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const highWater = procStatusMb(options.pid, 'VmHWM');
  if (result.aanvaard !== options.rows) {
    throw new Error(
      `Import: ${result.aanvaard} van ${options.rows} rijen aanvaard: ${result.body.slice(0, 400)}`,
    );
  }
  return {
    rows: options.rows,
    fileMb: round(file.length / 1024 / 1024),
    seconds: round(seconds),
    rowsPerSecond: round(options.rows / seconds),
    aanvaard: result.aanvaard,
    afgewezen: result.afgewezen,
    serverRssBeforeMb: Math.round(before),
    serverRssPeakMb: Math.round(Math.max(peak, procStatusMb(options.pid, 'VmRSS'))),
    serverHighWaterMb: Math.round(highWater),
  };
}
