import { codeEntryBody } from '../../public/code-entry.js';
import { html, type Html } from '../../public/html.js';
import {
  errorSummary as summaryOf,
  messageBody,
  pageShell,
  tokenField,
  type FieldError,
  type Message,
} from '../../public/page-shell.js';
import { MONITOR_NL as NL } from './monitor.messages.js';

/**
 * The resident's own monitor pages, in the public page kit's frame. Built with the kit's
 * escaping `html` tag, so nothing a person typed can become markup.
 */

export const MONITOR_PATH = '/monitor';
export const MONITOR_STYLESHEET_PATH = '/monitor/stijl.css';

/** The 0–100 line as 11 points. */
export const LINE_POINTS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

export type { FieldError };

/** `mvo.vrije-tijd` → `mvo-vrije-tijd`: a code as part of an element id. */
export const idOf = (code: string) => code.replace(/[^A-Za-z0-9-]/g, '-');

/** `2026-12-31` → `31-12-2026`. */
export const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

const FRAME = { texts: NL, stylesheet: MONITOR_STYLESHEET_PATH };

function layout(title: string, body: Html, hasError = false): string {
  return pageShell(FRAME, { title, body, hasError });
}

const errorSummary = (errors: FieldError[]) => summaryOf(NL.errorSummaryTitle, errors);

export const messagePage = (message: Message): string =>
  layout(message.title, messageBody(message));

// --- Code -------------------------------------------------------------------------------------

export function codePage(options: { code?: string; error?: string; notice?: string }): string {
  return layout(
    NL.codeTitle,
    codeEntryBody({ texts: NL, action: MONITOR_PATH, ...options }),
    Boolean(options.error),
  );
}

// --- Choosing and ordering the domains ------------------------------------------------------------

export function choosePage(model: {
  token: string;
  choosable: { code: string; name: string }[];
  /** The place (1 = most important) of each chosen code. */
  places: Map<string, number>;
  error?: string;
}): string {
  const count = model.choosable.length;
  const firstId = model.choosable[0] ? `plaats-${idOf(model.choosable[0].code)}` : 'inhoud';
  return layout(
    NL.chooseTitle,
    html`${errorSummary(model.error ? [{ target: firstId, message: model.error }] : [])}
      <h1 class="utrecht-heading-1">${NL.chooseTitle}</h1>
      <p class="utrecht-paragraph" id="kies-uitleg">${NL.chooseIntro}</p>
      <form method="post" action="/monitor/kiezen" novalidate>
        ${tokenField(model.token)}
        ${model.choosable.map((d) => {
          const id = `plaats-${idOf(d.code)}`;
          const place = model.places.get(d.code);
          return html`<div class="mo-choice">
            <label class="utrecht-form-label" for="${id}">${d.name}</label>
            <select
              class="mo-select"
              id="${id}"
              name="plaats.${d.code}"
              aria-describedby="kies-uitleg"
            >
              <option value="">${NL.chooseNone}</option>
              ${Array.from({ length: count }, (_, i) => i + 1).map(
                (n) =>
                  html`<option value="${n}" ${place === n ? html` selected` : ''}>
                    ${NL.choosePlace(n)}
                  </option>`,
              )}
            </select>
          </div>`;
        })}
        <div class="rp-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            ${NL.next}
          </button>
        </div>
      </form>`,
    Boolean(model.error),
  );
}

// --- The line per domain, goals, life satisfaction ------------------------------------------------

export interface LineDomain {
  code: string;
  name: string;
  mark: number | null;
  previous: { mark: number; date: string } | null;
  goal: string;
  goalDate: string;
  markError?: string;
  goalError?: string;
  dateError?: string;
}

function line(d: LineDomain): Html {
  const base = `punt-${idOf(d.code)}`;
  const described = [
    'schaal-uitleg',
    d.previous ? `vorige-${idOf(d.code)}` : '',
    d.markError ? `fout-${base}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<fieldset
    class="utrecht-form-fieldset rp-question${d.markError ? ' utrecht-form-fieldset--invalid' : ''}"
    aria-describedby="${described}"
  >
    <legend class="utrecht-form-fieldset__legend">${NL.lineQuestion(d.name)}</legend>
    ${
      d.previous
        ? html`<p class="mo-previous" id="vorige-${idOf(d.code)}">
            ${NL.previous(d.previous.mark, dutchDate(d.previous.date))}
          </p>`
        : ''
    }
    ${d.markError ? html`<p class="utrecht-form-field-error-message" id="fout-${base}">${d.markError}</p>` : ''}
    <div class="mo-line">
      <p class="mo-ends" aria-hidden="true">
        <span><span class="mo-face">☹</span> ${NL.sad}</span>
        <span>${NL.happy} <span class="mo-face">☺</span></span>
      </p>
      <div class="mo-points">
        ${LINE_POINTS.map(
          (p) =>
            html`<div class="mo-point">
              <input
                type="radio"
                id="${base}-${p}"
                name="punt.${d.code}"
                value="${p}"
                ${d.mark === p ? html` checked` : ''}
              />
              <label for="${base}-${p}">${p}</label>
            </div>`,
        )}
      </div>
    </div>
    <div class="mo-goal">
      <label class="rp-text-label" for="doel-${idOf(d.code)}">${NL.goalLabel(d.name)}</label>
      ${d.goalError ? html`<p class="utrecht-form-field-error-message" id="fout-doel-${idOf(d.code)}">${d.goalError}</p>` : ''}
      <input
        class="utrecht-textbox"
        type="text"
        id="doel-${idOf(d.code)}"
        name="doel.${d.code}"
        value="${d.goal}"
        maxlength="500"
        ${d.goalError ? html` aria-invalid="true" aria-describedby="fout-doel-${idOf(d.code)}"` : ''}
      />
      <label class="rp-text-label" for="datum-${idOf(d.code)}">${NL.goalDateLabel}</label>
      <p class="utrecht-form-field-description" id="datum-hint-${idOf(d.code)}">
        ${NL.goalDateHint}
      </p>
      ${d.dateError ? html`<p class="utrecht-form-field-error-message" id="fout-datum-${idOf(d.code)}">${d.dateError}</p>` : ''}
      <input
        class="utrecht-textbox mo-date"
        type="text"
        inputmode="numeric"
        id="datum-${idOf(d.code)}"
        name="datum.${d.code}"
        value="${d.goalDate}"
        maxlength="10"
        aria-describedby="datum-hint-${idOf(d.code)}${d.dateError ? ` fout-datum-${idOf(d.code)}` : ''}"
        ${d.dateError ? html` aria-invalid="true"` : ''}
      />
    </div>
  </fieldset>`;
}

export function linePage(model: {
  token: string;
  domains: LineDomain[];
  life: number | null;
  errors: FieldError[];
}): string {
  return layout(
    NL.lineTitle,
    html`${errorSummary(model.errors)}
      <h1 class="utrecht-heading-1">${NL.lineTitle}</h1>
      <p class="utrecht-paragraph">${NL.lineIntro}</p>
      <p class="utrecht-paragraph" id="schaal-uitleg">${NL.scaleHelp}</p>
      <form method="post" action="/monitor/lijn" novalidate>
        ${tokenField(model.token)}
        ${model.domains.map(
          (d) =>
            html`<input type="hidden" name="gebied" value="${d.code}" />
              <div class="mo-domain">${line(d)}</div>`,
        )}
        <fieldset class="utrecht-form-fieldset rp-question" aria-describedby="leven-uitleg">
          <legend class="utrecht-form-fieldset__legend">${NL.lifeQuestion}</legend>
          <p class="utrecht-form-field-description" id="leven-uitleg">${NL.lifeHint}</p>
          <div class="mo-points">
            ${Array.from({ length: 10 }, (_, i) => i + 1).map(
              (n) =>
                html`<div class="mo-point">
                  <input
                    type="radio"
                    id="leven-${n}"
                    name="leven"
                    value="${n}"
                    ${model.life === n ? html` checked` : ''}
                  />
                  <label for="leven-${n}">${n}</label>
                </div>`,
            )}
          </div>
        </fieldset>
        <div class="rp-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            ${NL.save}
          </button>
        </div>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/monitor/kiezen">${NL.back}</a>
      </p>`,
    model.errors.length > 0,
  );
}

export function donePage(model: {
  token: string;
  marks: { name: string; mark: number }[];
  life: number | null;
}): string {
  return layout(
    NL.doneTitle,
    html`<h1 class="utrecht-heading-1">${NL.doneTitle}</h1>
      <p class="utrecht-paragraph">${NL.done}</p>
      <h2 class="utrecht-heading-2">${NL.doneList}</h2>
      <ul class="mo-summary">
        ${model.marks.map((m) => html`<li>${NL.doneMark(m.name, m.mark)}</li>`)}
        ${model.life !== null ? html`<li>${NL.doneLife(model.life)}</li>` : ''}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/monitor/kiezen">${NL.change}</a>
      </p>
      <form method="post" action="/monitor/stoppen">
        ${tokenField(model.token)}
        <div class="rp-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            ${NL.stop}
          </button>
        </div>
      </form>`,
  );
}
