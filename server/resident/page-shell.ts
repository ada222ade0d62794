import { html, type Html } from './html.js';

/**
 * The frame every resident page shares (`/enquete`, `/monitor`): server-rendered HTML with
 * Utrecht (NL Design System) class names, no script, no inline style (the CSP forbids both), one
 * stylesheet per area. Each area passes its own site name, words and stylesheet.
 */

export interface ShellTexts {
  siteName: string;
  /** Before the title when the page has an error, so screen readers hear it first. */
  errorPrefix: string;
  errorSummaryTitle: string;
}

export function pageShell(options: {
  texts: ShellTexts;
  stylesheet: string;
  title: string;
  body: Html;
  hasError?: boolean;
}): string {
  const { texts, stylesheet, title, body, hasError } = options;
  return html`<!doctype html>
    <html lang="nl" class="voorbeeld-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${hasError ? texts.errorPrefix : ''}${title} - ${texts.siteName}</title>
        <link rel="stylesheet" href="${stylesheet}" />
      </head>
      <body class="utrecht-document">
        <header class="rp-header"><p class="rp-site">${texts.siteName}</p></header>
        <main class="rp-main" id="inhoud">${body}</main>
      </body>
    </html>`.value;
}

/** The list of errors at the top of a page, each a link to the field it is about. */
export interface FieldError {
  /** The id of the input to jump to. */
  target: string;
  message: string;
}

export function errorSummary(texts: ShellTexts, errors: FieldError[]): Html | '' {
  if (errors.length === 0) return '';
  return html`<div
    class="utrecht-alert utrecht-alert--error rp-error-summary"
    role="alert"
    aria-labelledby="fouten-titel"
    tabindex="-1"
  >
    <h2 class="utrecht-heading-2" id="fouten-titel">${texts.errorSummaryTitle}</h2>
    <ul class="utrecht-unordered-list">
      ${errors.map(
        (e) => html`<li><a class="utrecht-link" href="#${e.target}">${e.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

export const tokenField = (token: string) =>
  html`<input type="hidden" name="token" value="${token}" />`;

/** The body of the code page: the one field for the code from the letter or the wijkteam. */
export function codeEntryBody(options: {
  texts: ShellTexts & {
    codeTitle: string;
    codeIntro: string;
    codeLabel: string;
    codeHint: string;
    codeButton: string;
    codeHelp: string;
  };
  action: string;
  code?: string;
  error?: string;
  notice?: string;
}): Html {
  const { texts: NL, action, code = '', error, notice } = options;
  const described = ['code-hint', error ? 'code-fout' : ''].filter(Boolean).join(' ');
  return html`${errorSummary(NL, error ? [{ target: 'code', message: error }] : [])}
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
          maxlength="40"
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
