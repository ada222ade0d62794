import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sameSecret } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { normaliseCode } from '../surveys/invitations/codes.js';

/**
 * Who is answering, between pages, without an account (see docs/adr/0008): the code from the
 * letter, kept in an httpOnly, SameSite=Strict cookie that lives only as long as the browser is
 * open. Every form also carries a token derived from that code; a forged post from another site
 * has neither the cookie (SameSite) nor the token (it would need the code).
 */
export const RESIDENT_COOKIE = 'meetwerk_enquete';
const COOKIE_PATH = '/enquete';

export function setRespondentCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: Pick<Config, 'secureCookies'>,
  code: string,
): void {
  reply.setCookie(RESIDENT_COOKIE, normaliseCode(code), {
    httpOnly: true,
    sameSite: 'strict',
    secure:
      config.secureCookies === 'auto'
        ? request.protocol === 'https'
        : config.secureCookies === 'always',
    path: COOKIE_PATH,
  });
}

export function clearRespondentCookie(reply: FastifyReply): void {
  reply.clearCookie(RESIDENT_COOKIE, { path: COOKIE_PATH });
}

export function respondentCode(request: FastifyRequest): string | undefined {
  const code = request.cookies[RESIDENT_COOKIE];
  return code ? code : undefined;
}

/** The hidden form token for this respondent: knowable only by someone who has the code. */
export function formToken(code: string): string {
  return createHash('sha256')
    .update(`meetwerk-enquete-formulier:${normaliseCode(code)}`)
    .digest('base64url');
}

export function validFormToken(code: string, token: unknown): boolean {
  return typeof token === 'string' && sameSecret(token, formToken(code));
}

/**
 * Browsers say where a post comes from; refuse posts that another site made. Old browsers send
 * no such header, and then the form token and SameSite cookie still hold.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  return request.headers['sec-fetch-site'] === 'cross-site';
}
