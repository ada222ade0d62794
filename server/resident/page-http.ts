import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * What the resident pages (`/enquete`, `/monitor`) share on the HTTP side: plain form posts,
 * pages that are never stored (`no-store`), redirects after a post, and errors answered as pages.
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
 * The form parser and the error handler of one area's plugin: a 429 after too many codes, a
 * 400 for a broken request, a 500 otherwise, each as a page in the area's own words.
 */
export function usePageBasics(
  app: FastifyInstance,
  options: {
    messagePage: (options: { title: string; lines: string[] }) => string;
    texts: {
      tooManyTitle: string;
      tooMany: string;
      forbiddenTitle: string;
      forbidden: string;
      errorTitle: string;
      error: string;
    };
    logLabel: string;
  },
): void {
  const { messagePage, texts: NL, logLabel } = options;
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_LIMIT_BYTES },
    (_request, body, done) => done(null, parseForm(String(body))),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 429) {
      return send(reply, messagePage({ title: NL.tooManyTitle, lines: [NL.tooMany] }), 429);
    }
    if (error.statusCode && error.statusCode < 500) {
      return send(reply, messagePage({ title: NL.forbiddenTitle, lines: [NL.forbidden] }), 400);
    }
    request.log.error({ err: error }, logLabel);
    return send(reply, messagePage({ title: NL.errorTitle, lines: [NL.error] }), 500);
  });
}

/** Every page after the code reads it from the cookie: limited too (ADR 0008, decision 8). */
export function withCodeRoute(loginRatePerMinute: number) {
  return {
    ...pageRoute,
    config: {
      access: 'public' as const,
      rateLimit: { max: loginRatePerMinute * 6, timeWindow: '1 minute' },
    },
  };
}

/** The code form's post: the per-address login limit. */
export function codeFormRoute(loginRatePerMinute: number) {
  return {
    ...pageRoute,
    config: {
      access: 'public' as const,
      rateLimit: { max: loginRatePerMinute, timeWindow: '1 minute' },
    },
  };
}

export function serveStylesheet(app: FastifyInstance, path: string, css: string): void {
  app.get(path, pageRoute, async (_request, reply) =>
    reply.header('Cache-Control', 'public, max-age=3600').type('text/css; charset=utf-8').send(css),
  );
}
