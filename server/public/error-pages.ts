import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { pageRoute, send } from './page-http.js';
import type { Message } from './page-shell.js';

/**
 * The B1 pages a public area answers with when something is not right: too many tries (429),
 * busy (503), a refused or broken form (403, 400), an unknown address (404) and our own failure
 * (500). Never JSON, never a stack trace. The structure is the kit's; the words are the area's.
 */

export interface ErrorTexts {
  tooManyTitle: string;
  tooMany: string;
  busyTitle: string;
  busy: string;
  forbiddenTitle: string;
  forbidden: string;
  errorTitle: string;
  error: string;
  notFoundTitle: string;
  notFound: string;
  startAgain: string;
}

export interface ErrorPages {
  /** Too many wrong codes over all addresses: no new codes for a while (ADR 0007). */
  busy: (reply: FastifyReply) => FastifyReply;
  /** A post from another site, or without the right form token. */
  forbidden: (reply: FastifyReply) => FastifyReply;
  notFound: (reply: FastifyReply) => FastifyReply;
  /**
   * Makes these the pages of one area's plugin: its error handler answers 429 after too many
   * codes, 400 for a broken request, 500 otherwise; unknown addresses below the area get the
   * 404 page (without it they would get the staff web app).
   */
  use: (app: FastifyInstance, logLabel: string) => void;
}

export function errorPages(area: {
  messagePage: (message: Message) => string;
  texts: ErrorTexts;
  /** The area's first page: where "start again" leads. */
  home: string;
}): ErrorPages {
  const { messagePage, texts: NL, home } = area;
  const page = (title: string, line: string) => messagePage({ title, lines: [line] });
  const notFound = (reply: FastifyReply) =>
    send(
      reply,
      messagePage({
        title: NL.notFoundTitle,
        lines: [NL.notFound],
        link: { href: home, text: NL.startAgain },
      }),
      404,
    );
  return {
    busy: (reply) => {
      reply.header('Retry-After', '120');
      return send(reply, page(NL.busyTitle, NL.busy), 503);
    },
    forbidden: (reply) => send(reply, page(NL.forbiddenTitle, NL.forbidden), 403),
    notFound,
    use: (app, logLabel) => {
      app.setErrorHandler((error: FastifyError, request, reply) => {
        if (error.statusCode === 429) {
          return send(reply, page(NL.tooManyTitle, NL.tooMany), 429);
        }
        if (error.statusCode && error.statusCode < 500) {
          return send(reply, page(NL.forbiddenTitle, NL.forbidden), 400);
        }
        request.log.error({ err: error }, logLabel);
        return send(reply, page(NL.errorTitle, NL.error), 500);
      });
      app.get(`${home}/*`, pageRoute, async (_request, reply) => notFound(reply));
    },
  };
}
