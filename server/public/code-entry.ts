import type { FastifyRequest } from 'fastify';
import { html, type Html } from './html.js';
import { first, formOf, pageRoute } from './page-http.js';
import { errorSummary } from './page-shell.js';

/**
 * The first page of every public area that takes a personal code: one field for the code from
 * the letter or the wijkteam, and the limits on how often it may be tried (ADR 0007, 0008).
 */

/** Longer than any code as people type it (with spaces and dashes); the rest is cut off. */
const CODE_INPUT_MAX = 40;

export interface CodeEntryTexts {
  errorSummaryTitle: string;
  codeTitle: string;
  codeIntro: string;
  codeLabel: string;
  codeHint: string;
  codeButton: string;
  codeHelp: string;
}

/** The code as posted by the form, trimmed and cut to length ('' when there is none). */
export const postedCode = (request: FastifyRequest): string =>
  (first(formOf(request), 'code') ?? '').trim().slice(0, CODE_INPUT_MAX);

/** A code in the address (`?code=…`, from a QR code or a link) to put in the field. */
export function codeInAddress(request: FastifyRequest): string {
  const { code } = request.query as { code?: unknown };
  return typeof code === 'string' ? code.slice(0, CODE_INPUT_MAX) : '';
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

/**
 * Every page after the code reads it from the cookie: a guess placed in a cookie must meet a
 * limit too, or the limit on the code form would mean nothing (ADR 0008, decision 8). Generous
 * for people (a page every few seconds), hopeless for guessing.
 */
export function withCodeRoute(loginRatePerMinute: number) {
  return {
    ...pageRoute,
    config: {
      access: 'public' as const,
      rateLimit: { max: loginRatePerMinute * 6, timeWindow: '1 minute' },
    },
  };
}

/** The body of the code page. */
export function codeEntryBody(options: {
  texts: CodeEntryTexts;
  action: string;
  code?: string;
  error?: string;
  notice?: string;
}): Html {
  const { texts: NL, action, code = '', error, notice } = options;
  const described = ['code-hint', error ? 'code-fout' : ''].filter(Boolean).join(' ');
  return html`${errorSummary(NL.errorSummaryTitle, error ? [{ target: 'code', message: error }] : [])}
    <h1 class="utrecht-heading-1">${NL.codeTitle}</h1>
    ${notice ? html`<p class="utrecht-paragraph rp-notice">${notice}</p>` : ''}
    <p class="utrecht-paragraph">${NL.codeIntro}</p>
    <form method="post" action="${action}" novalidate>
      <div
        class="utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}"
      >
        <p class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="code">${NL.codeLabel}</label>
        </p>
        <p class="utrecht-form-field-description" id="code-hint">${NL.codeHint}</p>
        ${error ? html`<p class="utrecht-form-field-error-message" id="code-fout">${error}</p>` : ''}
        <input
          class="utrecht-textbox rp-code${error ? ' utrecht-textbox--invalid' : ''}"
          type="text"
          id="code"
          name="code"
          value="${code}"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="${CODE_INPUT_MAX}"
          aria-describedby="${described}"
          ${error ? html` aria-invalid="true"` : ''}
        />
      </div>
      <div class="rp-actions">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          ${NL.codeButton}
        </button>
      </div>
    </form>
    <p class="utrecht-paragraph rp-help">${NL.codeHelp}</p>`;
}
