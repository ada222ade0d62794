import { THEME_LABELS, optionsOf, type Question } from '../../shared/surveys/questionnaire.js';
import type { Answers } from '../surveys/responses/online.service.js';
import { codeEntryBody } from '../public/code-entry.js';
import { html, type Html } from '../public/html.js';
import {
  errorSummary as summaryOf,
  messageBody,
  pageShell,
  tokenField,
  type FieldError,
  type Message,
  type PageContent,
} from '../public/page-shell.js';
import { NL } from './messages.js';

/**
 * The survey's pages, in the public page kit's frame. One question or one group per page, every
 * question a fieldset with its legend, errors summarised at the top and linked to the field.
 */

export const SURVEY_PATH = '/enquete';
export const STYLESHEET_PATH = '/enquete/stijl.css';

const FRAME = { texts: NL, stylesheet: STYLESHEET_PATH };

const layout = (page: PageContent): string => pageShell(FRAME, page);

const errorSummary = (errors: FieldError[]) => summaryOf(NL.errorSummaryTitle, errors);

// --- Code entry ---------------------------------------------------------------------------------

export function codePage(options: { code?: string; error?: string; notice?: string }): string {
  return layout({
    title: NL.codeTitle,
    hasError: Boolean(options.error),
    body: codeEntryBody({ texts: NL, action: SURVEY_PATH, ...options }),
  });
}

// --- A question page ----------------------------------------------------------------------------

export interface QuestionPageModel {
  key: string;
  token: string;
  questions: Question[];
  /** The answers to show as chosen: saved ones, or what was just posted when it had errors. */
  answers: Answers;
  errors: Record<string, string>;
  position: number;
  total: number;
  isFirst: boolean;
  intro?: string;
}

/** The input a question's error links to: its first option, or its text box. */
export function fieldId(question: Question): string {
  const first = optionsOf(question)[0];
  return first ? `v-${question.id}-${first.code}` : `v-${question.id}`;
}

export function questionPage(model: QuestionPageModel): string {
  const first = model.questions[0];
  const heading = first ? THEME_LABELS[first.theme] : '';
  const errors = model.questions
    .filter((q) => model.errors[q.id])
    .map((q) => ({ target: fieldId(q), message: model.errors[q.id] ?? '' }));
  return layout({
    title: `${heading} (${NL.step(model.position, model.total)})`,
    hasError: errors.length > 0,
    body: html`${errorSummary(errors)}
      <p class="rp-step" id="stap">${NL.step(model.position, model.total)}</p>
      <progress
        class="rp-progress"
        max="${model.total}"
        value="${model.position}"
        aria-labelledby="stap"
      ></progress>
      <h1 class="utrecht-heading-1">${heading}</h1>
      ${model.intro ? html`<p class="utrecht-paragraph rp-intro">${model.intro}</p>` : ''}
      <p class="utrecht-paragraph rp-skip">
        ${model.questions.some((q) => q.type === 'stelling') ? `${NL.statementHint} ` : ''}${NL.skipHint}
      </p>
      <form method="post" action="/enquete/vraag/${model.key}" novalidate>
        ${tokenField(model.token)}
        ${model.questions.map((q) => questionField(q, model.answers[q.id] ?? [], model.errors[q.id]))}
        <div class="rp-actions">
          <button
            type="submit"
            name="actie"
            value="volgende"
            class="utrecht-button utrecht-button--primary-action"
          >
            ${NL.next}
          </button>
          ${model.isFirst ? '' : html`<button type="submit" name="actie" value="vorige" class="utrecht-button utrecht-button--secondary-action">${NL.previous}</button>`}
        </div>
        <div class="rp-actions">
          <button
            type="submit"
            name="actie"
            value="pauze"
            class="utrecht-button utrecht-button--subtle"
          >
            ${NL.pause}
          </button>
        </div>
      </form>`,
  });
}

function questionField(question: Question, chosen: string[], error: string | undefined): Html {
  const described = [question.help ? `h-${question.id}` : '', error ? `e-${question.id}` : '']
    .filter(Boolean)
    .join(' ');
  const options = optionsOf(question);
  return html`<fieldset
    class="utrecht-form-fieldset rp-question${error ? ' utrecht-form-fieldset--invalid' : ''}"
    ${described ? html` aria-describedby="${described}"` : ''}
  >
    <legend class="utrecht-form-fieldset__legend">${question.text}</legend>
    ${question.help ? html`<p class="utrecht-form-field-description" id="h-${question.id}">${question.help}</p>` : ''}
    ${question.type === 'meervoudig' ? html`<p class="utrecht-form-field-description">${NL.chooseMore}</p>` : ''}
    ${error ? html`<p class="utrecht-form-field-error-message" id="e-${question.id}">${error}</p>` : ''}
    ${options.length > 0 ? choices(question, chosen) : textField(question, chosen[0] ?? '', Boolean(error))}
  </fieldset>`;
}

function choices(question: Question, chosen: string[]): Html {
  const type = question.type === 'meervoudig' ? 'checkbox' : 'radio';
  return html`<div class="rp-options">
    ${optionsOf(question).map((option) => {
      const id = `v-${question.id}-${option.code}`;
      return html`<div class="utrecht-form-field utrecht-form-field--${type} rp-option">
        <input
          class="utrecht-${type === 'radio' ? 'radio-button' : 'checkbox'} rp-input"
          type="${type}"
          id="${id}"
          name="${question.id}"
          value="${option.code}"
          ${chosen.includes(option.code) ? html` checked` : ''}
        />
        <label class="utrecht-form-label utrecht-form-label--${type} rp-option-label" for="${id}"
          >${option.label}</label
        >
      </div>`;
    })}
  </div>`;
}

function textField(question: Question, value: string, invalid: boolean): Html {
  const id = `v-${question.id}`;
  const aria = invalid ? html` aria-invalid="true"` : '';
  if (question.type === 'open') {
    return html`<label class="utrecht-form-label rp-text-label" for="${id}">${NL.openLabel}</label>
      <textarea
        class="utrecht-textarea rp-textarea"
        id="${id}"
        name="${question.id}"
        rows="5"
        maxlength="2000"
        ${aria}
      >
${value}</textarea>`;
  }
  return html`<label class="utrecht-form-label rp-text-label" for="${id}">${NL.numberLabel}</label>
    <input
      class="utrecht-textbox rp-number"
      type="text"
      inputmode="numeric"
      id="${id}"
      name="${question.id}"
      value="${value}"
      autocomplete="off"
      ${aria}
    />`;
}

// --- Review, end and message pages --------------------------------------------------------------

export interface ReviewItem {
  question: Question;
  pageKey: string;
  answer: string[];
}

function answerText(question: Question, answer: string[]): string {
  if (answer.length === 0) return NL.notAnswered;
  const labels = new Map(optionsOf(question).map((o) => [o.code, o.label]));
  return answer.map((code) => labels.get(code) ?? code).join(', ');
}

export function reviewPage(items: ReviewItem[], token: string): string {
  return layout({
    title: NL.reviewTitle,
    body: html`<h1 class="utrecht-heading-1">${NL.reviewTitle}</h1>
      <p class="utrecht-paragraph">${NL.reviewIntro}</p>
      <dl class="rp-review">
        ${items.map(
          (item) =>
            html`<div class="rp-review-row">
              <dt class="rp-review-question">${item.question.text}</dt>
              <dd class="rp-review-answer">${answerText(item.question, item.answer)}</dd>
              <dd class="rp-review-change">
                <a class="utrecht-link" href="/enquete/vraag/${item.pageKey}"
                  >${NL.change}<span class="rp-visually-hidden">: ${item.question.text}</span></a
                >
              </dd>
            </div>`,
        )}
      </dl>
      <form method="post" action="/enquete/versturen">
        ${tokenField(token)}
        <p class="utrecht-paragraph">${NL.sendHint}</p>
        <div class="rp-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            ${NL.send}
          </button>
        </div>
      </form>`,
  });
}

/** A page with a heading, a few sentences and an optional link onwards. */
export const messagePage = (message: Message): string =>
  layout({ title: message.title, body: messageBody(message) });
