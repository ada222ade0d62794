import { round, summarize, type Summary } from './stats.js';

export interface LoadResult {
  requests: number;
  concurrency: number;
  /** Requests that got the expected status. */
  ok: number;
  /** Other statuses (or 0 for a network error), with their count. */
  failures: Record<string, number>;
  seconds: number;
  perSecond: number;
  latencyMs: Summary;
}

/**
 * `concurrency` clients, each sending its next request as soon as the previous one is answered,
 * until `total` requests have been sent. Latency is measured per request, throughput over the
 * whole run (first request sent to last answer received).
 */
export async function runLoad(options: {
  total: number;
  concurrency: number;
  expectStatus: number;
  send: (index: number) => Promise<number>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let ok = 0;
  let next = 0;
  const client = async () => {
    for (;;) {
      const index = next++;
      if (index >= options.total) return;
      const sent = performance.now();
      let status: number;
      try {
        status = await options.send(index);
      } catch {
        status = 0;
      }
      latencies.push(performance.now() - sent);
      if (status === options.expectStatus) ok += 1;
      else failures[String(status)] = (failures[String(status)] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  const latency = summarize(latencies);
  return {
    requests: options.total,
    concurrency: options.concurrency,
    ok,
    failures,
    seconds: round(seconds),
    perSecond: round(options.total / seconds),
    latencyMs: {
      n: latency.n,
      min: round(latency.min),
      median: round(latency.median),
      p95: round(latency.p95),
      p99: round(latency.p99),
      max: round(latency.max),
    },
  };
}
