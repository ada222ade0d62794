import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sameSecret } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { normaliseCode } from './personal-code.js';

/**
 * A resident's code between pages, without an account (docs/adr/0008, 0010): kept in an
 * httpOnly, SameSite=Strict cookie for one area's path only, that lives as long as the browser
 * is open. Every form also carries a token derived from that code; a forged post from another
 * site has neither the cookie (SameSite) nor the token (it would need the code). One helper for
 * every public area with a code (`/enquete`, `/monitor`), parameterised by cookie name, path and
 * token purpose.
 */
export interface CodeSession {
  readonly cookie: string;
  readonly path: string;
  readonly set: (
    reply: FastifyReply,
    request: FastifyRequest,
    config: Pick<Config, 'secureCookies'>,
    code: string,
  ) => void;
  readonly clear: (reply: FastifyReply) => void;
  /** The code in the cookie, if any. */
  readonly code: (request: FastifyRequest) => string | undefined;
  /** The hidden form token for this code: knowable only by someone who has the code. */
  readonly formToken: (code: string) => string;
  readonly validFormToken: (code: string, token: unknown) => boolean;
}

export function codeSession(options: {
  cookie: string;
  path: string;
  /** Mixed into the form token, so a token of one area is no token of another. */
  tokenPurpose: string;
}): CodeSession {
  const { cookie, path, tokenPurpose } = options;
  const formToken = (code: string) =>
    createHash('sha256')
      .update(`${tokenPurpose}:${normaliseCode(code)}`)
      .digest('base64url');
  return {
    cookie,
    path,
    set: (reply, request, config, code) => {
      reply.setCookie(cookie, normaliseCode(code), {
        httpOnly: true,
        sameSite: 'strict',
        secure:
          config.secureCookies === 'auto'
            ? request.protocol === 'https'
            : config.secureCookies === 'always',
        path,
      });
    },
    clear: (reply) => {
      reply.clearCookie(cookie, { path });
    },
    code: (request) => {
      const code = request.cookies[cookie];
      return code ? code : undefined;
    },
    formToken,
    validFormToken: (code, token) =>
      typeof token === 'string' && sameSecret(token, formToken(code)),
  };
}
