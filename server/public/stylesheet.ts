import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { pageRoute } from './page-http.js';

/**
 * Every public page links one stylesheet: its area's (`/enquete/stijl.css`, ...). That sheet is
 * `public.css`, the base every public page shares, followed by the area's few own rules. One
 * request per page on a slow phone, and the base is written once.
 */

const BASE = fs.readFileSync(new URL('./public.css', import.meta.url), 'utf8');

/** The base rules, then the area's own sheet (a file beside the area's code), if it has one. */
export function areaStylesheet(ownRules?: URL): string {
  return ownRules ? `${BASE}\n${fs.readFileSync(ownRules, 'utf8')}` : BASE;
}

/** Kept for an hour: a new version of Meetwerk reaches every browser within that time. */
export function serveStylesheet(app: FastifyInstance, path: string, css: string): void {
  app.get(path, pageRoute, async (_request, reply) =>
    reply.header('Cache-Control', 'public, max-age=3600').type('text/css; charset=utf-8').send(css),
  );
}
