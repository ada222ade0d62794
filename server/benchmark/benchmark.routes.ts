import { createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GemeenteResults } from '../../shared/api/results.schema.js';
import { ChartCache } from '../charts/chart-cache.js';
import type { DatabaseHandle } from '../db/database.js';
import { Cache } from '../platform/cache.js';
import { pageRoute, send as sendPage } from '../public/page-http.js';
import { areaStylesheet, serveStylesheet } from '../public/stylesheet.js';
import { publicBenchmark, publicBenchmarkIndex } from '../results/results.service.js';
import {
  BENCHMARK_PATH,
  BENCHMARK_STYLESHEET,
  errorPage,
  gemeentePage,
  indexPage,
  notFoundPage,
  type IndexEntry,
} from './benchmark.pages.js';

/**
 * The public benchmark portal: `/benchmark` lists the gemeenten that chose to show their
 * figures, `/benchmark/GM0106` shows one. No account, no script, server-rendered; the pages
 * are the same for everyone, so browsers and proxies may keep them for a few minutes.
 * Only gemeenten that opted in are ever read (the source answers null for the others).
 */

/** Where the portal gets its data: the results service, or fixtures in tests. */
export interface BenchmarkSource {
  index(): Promise<IndexEntry[]>;
  gemeente(cbsCode: string): Promise<GemeenteResults | null>;
}

export interface BenchmarkRouteOptions {
  database: DatabaseHandle;
  /** Other data than the results service's, for tests of the pages alone. */
  source?: BenchmarkSource;
  /** The clock, for the "figures read on" line (tests fix it). */
  now?: () => Date;
  /** How long a rendered page is reused (default one minute; 0 = never). */
  pageTtlMs?: number;
}

/**
 * Rendered pages kept for a short while: the pages are the same for everyone, and without this
 * anyone could make the server read a round's counts many times a second. Only found pages are
 * kept (at most one per opted-in gemeente plus the list), never a 404.
 */
class ShortCache<T extends NonNullable<unknown>> {
  /** Far more than the gemeenten that may opt in, plus the list: the age is what evicts. */
  private readonly kept: Cache<T>;
  constructor(private readonly ttlMs: number) {
    this.kept = new Cache({ size: 1000, ttlMs });
  }

  async get(key: string, make: () => Promise<T | null>): Promise<T | null> {
    const known = this.kept.get(key);
    if (known !== undefined) return known;
    const value = await make();
    if (value === null || this.ttlMs <= 0) {
      this.kept.delete(key);
      return value;
    }
    this.kept.set(key, value);
    return value;
  }
}

const CSS = areaStylesheet(new URL('./benchmark.css', import.meta.url));
/** Figures change only when a round's counts are rebuilt: five minutes old is fine. */
const PUBLIC_CACHE = 'public, max-age=300';
const CBS_CODE = /^GM\d{4}$/i;

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  page: string,
  status = 200,
): FastifyReply {
  if (status !== 200) return sendPage(reply, page, status);
  reply.type('text/html; charset=utf-8');
  const etag = etagOf(page);
  reply.header('Cache-Control', PUBLIC_CACHE).header('ETag', etag);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.code(200).send(page);
}

export async function benchmarkRoutes(app: FastifyInstance, options: BenchmarkRouteOptions) {
  const { database } = options;
  const source: BenchmarkSource = options.source ?? {
    index: () => publicBenchmarkIndex(database),
    gemeente: (cbsCode) => publicBenchmark(database, cbsCode),
  };
  const now = options.now ?? (() => new Date());
  const charts = new ChartCache();
  const ttl = options.pageTtlMs ?? 60_000;
  const pages = new ShortCache<string>(ttl);
  const list = new ShortCache<IndexEntry[]>(ttl);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode && error.statusCode < 500) {
      return send(request, reply, notFoundPage(), 404);
    }
    request.log.error({ err: error }, 'benchmark page failed');
    return send(request, reply, errorPage(), 500);
  });

  serveStylesheet(app, BENCHMARK_STYLESHEET, CSS);

  app.get<{ Querystring: { zoek?: unknown } }>(
    BENCHMARK_PATH,
    pageRoute,
    async (request, reply) => {
      const raw = request.query.zoek;
      const query = typeof raw === 'string' ? raw.trim().slice(0, 60) : '';
      // A search is answered from the cached list of gemeenten, rendered per query.
      const entries = await list.get('lijst', () => source.index());
      return send(request, reply, indexPage(entries ?? [], query));
    },
  );

  app.get<{ Params: { code: string } }>(
    `${BENCHMARK_PATH}/:code`,
    pageRoute,
    async (request, reply) => {
      const code = request.params.code;
      if (code === '') {
        return reply.header('Cache-Control', PUBLIC_CACHE).redirect(BENCHMARK_PATH, 301);
      }
      if (!CBS_CODE.test(code)) return send(request, reply, notFoundPage(), 404);
      const page = await pages.get(code.toUpperCase(), async () => {
        const results = await source.gemeente(code.toUpperCase());
        if (!results) return null;
        return gemeentePage(results, { chart: (input) => charts.render(input), now: now() });
      });
      if (page === null) return send(request, reply, notFoundPage(), 404);
      return send(request, reply, page);
    },
  );

  // Without this, an unknown address under /benchmark would get the staff web app.
  app.get(`${BENCHMARK_PATH}/*`, pageRoute, async (request, reply) =>
    send(request, reply, notFoundPage(), 404),
  );
}
