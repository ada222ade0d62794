import { html, type Html } from './html.js';

/**
 * The frame every public page shares (`/enquete`, `/monitor`, `/benchmark`): server-rendered
 * HTML with Utrecht (NL Design System) class names, no script, no inline style (the CSP forbids
 * both), one stylesheet: the area's, which starts with `public.css` (see `stylesheet.ts`).
 */

export interface ShellTexts {
  siteName: string;
  /** Before the title when the page has an error, so screen readers hear it first. */
  errorPrefix: string;
}

/** What stays the same on every page of one area. */
export interface PageFrame {
  texts: ShellTexts;
  /** The area's stylesheet, e.g. `/enquete/stijl.css`. */
  stylesheet: string;
  /** Makes the site name in the header a link to this address. */
  home?: string;
  /** A "skip to content" link as the first thing on the page, for pages with more before it. */
  skipLink?: string;
  footer?: Html;
  /** Search engines may list the pages (by default they are asked not to). */
  indexable?: boolean;
}

export interface PageContent {
  title: string;
  body: Html;
  /** An error on the page: the title starts with the error prefix. */
  hasError?: boolean | undefined;
  /** The meta description, for pages that search engines list. */
  description?: string;
}

export function pageShell(frame: PageFrame, page: PageContent): string {
  const { texts, stylesheet, home, skipLink, footer, indexable } = frame;
  const { title, body, hasError, description } = page;
  return html`<!doctype html>
    <html lang="nl" class="voorbeeld-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        ${indexable ? '' : html`<meta name="robots" content="noindex" />`}
        ${description ? html`<meta name="description" content="${description}" />` : ''}
        <title>${hasError ? texts.errorPrefix : ''}${title} - ${texts.siteName}</title>
        <link rel="stylesheet" href="${stylesheet}" />
      </head>
      <body class="utrecht-document">
        ${skipLink ? html`<a class="rp-skip-link utrecht-link" href="#inhoud">${skipLink}</a>` : ''}
        <header class="rp-header">
          <p class="rp-site">
            ${home ? html`<a href="${home}">${texts.siteName}</a>` : texts.siteName}
          </p>
        </header>
        <main class="rp-main" id="inhoud" ${skipLink ? html` tabindex="-1"` : ''}>${body}</main>
        ${footer ? html`<footer class="rp-footer">${footer}</footer>` : ''}
      </body>
    </html>`.value;
}

/** The list of errors at the top of a page, each a link to the field it is about. */
export interface FieldError {
  /** The id of the input to jump to. */
  target: string;
  message: string;
}

export function errorSummary(title: string, errors: FieldError[]): Html | '' {
  if (errors.length === 0) return '';
  return html`<div
    class="utrecht-alert utrecht-alert--error rp-error-summary"
    role="alert"
    aria-labelledby="fouten-titel"
    tabindex="-1"
  >
    <h2 class="utrecht-heading-2" id="fouten-titel">${title}</h2>
    <ul class="utrecht-unordered-list">
      ${errors.map(
        (e) => html`<li><a class="utrecht-link" href="#${e.target}">${e.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

export const tokenField = (token: string) =>
  html`<input type="hidden" name="token" value="${token}" />`;

/** A short message: the title as heading, a few sentences, and an optional link onwards. */
export interface Message {
  title: string;
  lines: readonly string[];
  link?: { href: string; text: string };
}

export function messageBody({ title, lines, link }: Message): Html {
  return html`<h1 class="utrecht-heading-1">${title}</h1>
    ${lines.map((line) => html`<p class="utrecht-paragraph">${line}</p>`)}
    ${link ? html`<p class="utrecht-paragraph"><a class="utrecht-link" href="${link.href}">${link.text}</a></p>` : ''}`;
}
