import {
  isAsked,
  optionsOf,
  type Question,
  type Questionnaire,
} from '../../../shared/surveys/questionnaire.js';

/**
 * Answers as stored, in drafts and in responses: per question id the chosen answer codes (one
 * for single choice, several for meervoudig), or the number or text typed, as a one-item list.
 * One shape for every type keeps routing (`isAsked`) and analysis simple.
 */
export type Answers = Record<string, string[]>;

/** Longest open answer we keep: enough for a few paragraphs, too short to abuse as storage. */
export const OPEN_ANSWER_MAX = 2000;

/** A page shown to a respondent: one question, or the questions that share a `group`. */
export interface Page {
  /** The id of its first question, used in the page's address. */
  key: string;
  questions: Question[];
}

export function pagesOf(questionnaire: Questionnaire): Page[] {
  const pages: Page[] = [];
  for (const question of questionnaire.questions) {
    const last = pages.at(-1);
    const sameGroup = question.group && last?.questions[0]?.group === question.group;
    if (last && sameGroup) last.questions.push(question);
    else pages.push({ key: question.id, questions: [question] });
  }
  return pages;
}

/** A page is shown when at least one of its questions is asked, given the answers so far. */
export function askedQuestions(page: Page, answers: Answers): Question[] {
  return page.questions.filter((q) => isAsked(q, answers));
}

export function askedPages(pages: Page[], answers: Answers): Page[] {
  return pages.filter((p) => askedQuestions(p, answers).length > 0);
}

/** Drops answers to questions that routing no longer asks (A5 after A4 changed to "nee"). */
export function routedAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of questionnaire.questions) {
    const given = answers[question.id];
    if (given && given.length > 0 && isAsked(question, kept)) kept[question.id] = given;
  }
  return kept;
}

export type Checked = { ok: true; value: string[] } | { ok: false; reason: string };

/**
 * Checks raw values given for one question (codes from a form, a file cell or the API) and
 * returns them as stored. Empty means not answered, which is always allowed.
 */
export function checkAnswer(question: Question, raw: string[]): Checked {
  const values = raw.map((v) => v.trim()).filter((v) => v !== '');
  if (values.length === 0) return { ok: true, value: [] };
  switch (question.type) {
    case 'getal':
      return checkNumber(question, values);
    case 'open':
      return checkOpen(values);
    default:
      return checkCodes(question, values);
  }
}

function checkCodes(question: Question, values: string[]): Checked {
  const known = new Map(optionsOf(question).map((o) => [o.code, o]));
  const unknown = values.filter((v) => !known.has(v));
  if (unknown.length > 0) {
    const allowed = [...known.keys()].join(', ');
    return {
      ok: false,
      reason: `Antwoord ${unknown.join(', ')} bestaat niet bij vraag ${question.id}. Kies uit: ${allowed}.`,
    };
  }
  const unique = [...new Set(values)];
  if (question.type !== 'meervoudig' && unique.length > 1) {
    return { ok: false, reason: `Bij vraag ${question.id} past maar één antwoord.` };
  }
  return { ok: true, value: unique };
}

function checkNumber(question: Question, values: string[]): Checked {
  const text = values[0] ?? '';
  if (values.length > 1 || !/^-?\d{1,9}$/.test(text)) {
    return { ok: false, reason: 'Vul een heel getal in, zonder letters.' };
  }
  const n = Number(text);
  if (question.min !== undefined && n < question.min) {
    return { ok: false, reason: `Vul een getal in van ${question.min} of meer.` };
  }
  if (question.max !== undefined && n > question.max) {
    return { ok: false, reason: `Vul een getal in van ${question.max} of minder.` };
  }
  return { ok: true, value: [String(n)] };
}

function checkOpen(values: string[]): Checked {
  // Stored as plain text and always escaped when shown; control characters only break exports,
  // and direction overrides (U+202A-202E, U+2066-2069) can make a line read differently in a
  // spreadsheet or report than the characters it holds.
  const text = values
    .join('\n')
    .replace(/\r\n?/g, '\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ''))
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (text.length > OPEN_ANSWER_MAX) {
    return {
      ok: false,
      reason: `Uw antwoord is te lang. Gebruik hoogstens ${OPEN_ANSWER_MAX} tekens.`,
    };
  }
  return { ok: true, value: text === '' ? [] : [text] };
}

/** Question ids whose answers differ between two entries of the same paper form. */
export function differingQuestions(
  questionnaire: Questionnaire,
  first: Answers,
  second: Answers,
): string[] {
  const same = (a: string[] = [], b: string[] = []) =>
    a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
  return questionnaire.questions.map((q) => q.id).filter((id) => !same(first[id], second[id]));
}

export interface AnswerProblem {
  /** The question id as the caller named it (a field name, a column). */
  question: string;
  reason: string;
}

/**
 * Checks a whole set of answers given by staff or a file: `{ Q1: '2', M1: '1,3' }`. Question ids
 * are matched without regard to case, because file headers arrive in lower case. Answers to
 * questions that routing skips are dropped, as on paper a respondent may fill those in anyway.
 */
export function checkAnswers(
  questionnaire: Questionnaire,
  given: Record<string, string | string[] | undefined>,
): { answers: Answers; problems: AnswerProblem[] } {
  const byId = new Map(questionnaire.questions.map((q) => [q.id.toLowerCase(), q]));
  const answers: Answers = {};
  const problems: AnswerProblem[] = [];
  for (const [name, value] of Object.entries(given)) {
    const question = byId.get(name.toLowerCase());
    if (!question) {
      problems.push({ question: name, reason: `Vraag ${name} bestaat niet in deze vragenlijst.` });
      continue;
    }
    const checked = checkAnswer(question, rawValues(question, value));
    if (!checked.ok) problems.push({ question: name, reason: checked.reason });
    else if (checked.value.length > 0) answers[question.id] = checked.value;
  }
  return { answers: routedAnswers(questionnaire, answers), problems };
}

/** Several codes for meervoudig may come in one cell: "1,3" or "1|3". */
function rawValues(question: Question, value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  return question.type === 'meervoudig' ? value.split(/[,|]/) : [value];
}
