import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * What public pages share on the HTTP side: plain form posts, pages that are never stored
 * (`no-store`), redirects after a post, and the check that a post came from our own pages.
 */

export type Form = Record<string, string[]>;

const FORM_LIMIT_BYTES = 64 * 1024;

/** Pages for people, not API operations: public, and left out of the OpenAPI document. */
export const pageRoute = { config: { access: 'public' as const }, schema: { hide: true } };

export function parseForm(body: string): Form {
  const form: Form = {};
  for (const [name, value] of new URLSearchParams(body)) (form[name] ??= []).push(value);
  return form;
}

/** Plain form posts (`application/x-www-form-urlencoded`) for the routes of this plugin. */
export function useFormBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_LIMIT_BYTES },
    (_request, body, done) => done(null, parseForm(String(body))),
  );
}

export const formOf = (request: FastifyRequest): Form => (request.body as Form | undefined) ?? {};
export const first = (form: Form, name: string) => form[name]?.[0];

export function send(reply: FastifyReply, page: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(page);
}

export const see = (reply: FastifyReply, to: string) =>
  reply.header('Cache-Control', 'no-store').redirect(to, 303);

/**
 * Browsers say where a post comes from; refuse posts that another site made. Old browsers send
 * no such header, and then the form token and SameSite cookie still hold.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  return request.headers['sec-fetch-site'] === 'cross-site';
}
