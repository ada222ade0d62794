import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sameSecret } from '../../auth/tokens.js';
import type { Config } from '../../config.js';
import { normaliseCode } from '../../surveys/invitations/codes.js';

/**
 * Who fills in their monitor, between pages, without an account (docs/adr/0010, after ADR
 * 0008): the personal code in an httpOnly, SameSite=Strict cookie for `/monitor` only, that
 * lives as long as the browser is open; every form carries a token derived from the code.
 * The survey pages' helpers are bound to `/enquete`, hence this small copy for `/monitor`.
 */
export const MONITOR_COOKIE = 'meetwerk_monitor';
export const MONITOR_PATH = '/monitor';

export function setMonitorCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: Pick<Config, 'secureCookies'>,
  code: string,
): void {
  reply.setCookie(MONITOR_COOKIE, normaliseCode(code), {
    httpOnly: true,
    sameSite: 'strict',
    secure:
      config.secureCookies === 'auto'
        ? request.protocol === 'https'
        : config.secureCookies === 'always',
    path: MONITOR_PATH,
  });
}

export function clearMonitorCookie(reply: FastifyReply): void {
  reply.clearCookie(MONITOR_COOKIE, { path: MONITOR_PATH });
}

export function monitorCode(request: FastifyRequest): string | undefined {
  const code = request.cookies[MONITOR_COOKIE];
  return code ? code : undefined;
}

export function monitorFormToken(code: string): string {
  return createHash('sha256')
    .update(`meetwerk-monitor-formulier:${normaliseCode(code)}`)
    .digest('base64url');
}

export function validMonitorToken(code: string, token: unknown): boolean {
  return typeof token === 'string' && sameSecret(token, monitorFormToken(code));
}
