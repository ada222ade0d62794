import {
  QUESTION_TYPE_LABELS,
  definitionProblems,
  optionsOf,
  questionSchema,
  type AnswerOption,
  type Question,
  type QuestionType,
  type Theme,
} from '../../../../../shared/surveys/questionnaire.js';

/*
 * Pure helpers of the questionnaire editor: no React, so the rules are easy to read and test.
 */

export function isChoice(type: QuestionType): boolean {
  return type === 'enkelvoudig' || type === 'meervoudig';
}

export function typeLabel(type: QuestionType): string {
  return QUESTION_TYPE_LABELS[type];
}

/** "Alleen als A4 = Ja", in the words of the answers, so nobody has to know the codes. */
export function routingText(question: Question, questions: readonly Question[]): string | null {
  if (!question.showIf) return null;
  const { question: on, anyOf } = question.showIf;
  const earlier = questions.find((q) => q.id === on);
  const labels = anyOf.map(
    (code) => (earlier && optionsOf(earlier).find((o) => o.code === code)?.label) ?? code,
  );
  return `Alleen als ${on} = ${labels.join(' of ')}`;
}

/** The next free id for an own question: E1, E2, … */
export function nextOwnId(questions: readonly Question[]): string {
  const taken = new Set(questions.map((q) => q.id));
  let n = 1;
  while (taken.has(`E${n}`)) n += 1;
  return `E${n}`;
}

/** Answer codes are numbers in the order they were added; a removed code is never reused. */
export function nextOptionCode(options: readonly AnswerOption[]): string {
  const numbers = options.map((o) => Number(o.code)).filter(Number.isInteger);
  return String(Math.max(0, ...numbers) + 1);
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined || to < 0 || to > list.length - 1) return [...list];
  next.splice(to, 0, item);
  return next;
}

/** Runs of consecutive questions with the same theme: the order stays the order asked. */
export function themeRuns(questions: readonly Question[]): Array<{ theme: Theme; start: number }> {
  const runs: Array<{ theme: Theme; start: number }> = [];
  questions.forEach((question, index) => {
    if (runs.at(-1)?.theme !== question.theme) runs.push({ theme: question.theme, start: index });
  });
  return runs;
}

/** Earlier questions that routing can depend on: only those with answers to choose from. */
export function routingCandidates(questions: readonly Question[], before: number): Question[] {
  return questions.slice(0, before).filter((q) => optionsOf(q).length > 0);
}

/** What the form edits: numbers as typed text, routing as a switch with its parts. */
export interface QuestionDraft {
  id: string;
  theme: Theme;
  type: QuestionType;
  text: string;
  help: string;
  options: AnswerOption[];
  min: string;
  max: string;
  group: string;
  routed: boolean;
  routeQuestion: string;
  routeAnswers: string[];
}

export function draftOf(question: Question): QuestionDraft {
  return {
    id: question.id,
    theme: question.theme,
    type: question.type,
    text: question.text,
    help: question.help ?? '',
    options: question.options ?? [],
    min: question.min === undefined ? '' : String(question.min),
    max: question.max === undefined ? '' : String(question.max),
    group: question.group ?? '',
    routed: Boolean(question.showIf),
    routeQuestion: question.showIf?.question ?? '',
    routeAnswers: question.showIf?.anyOf ?? [],
  };
}

export function newDraft(questions: readonly Question[]): QuestionDraft {
  return {
    id: nextOwnId(questions),
    theme: 'eigen',
    type: 'enkelvoudig',
    text: '',
    help: '',
    options: [
      { code: '1', label: '' },
      { code: '2', label: '' },
    ],
    min: '',
    max: '',
    group: '',
    routed: false,
    routeQuestion: '',
    routeAnswers: [],
  };
}

export type DraftErrors = Partial<Record<keyof QuestionDraft, string>>;

function wholeNumber(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isInteger(value) ? value : null;
}

/**
 * The question a draft describes, or the errors per field. Checked against the whole list
 * (duplicate ids, routing to an earlier question), with the same rules as the server.
 */
export function questionFromDraft(
  draft: QuestionDraft,
  others: readonly Question[],
  index: number,
): { question: Question; errors?: never } | { question?: never; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const min = wholeNumber(draft.min);
  const max = wholeNumber(draft.max);
  if (draft.type === 'getal' && min === null) errors.min = 'Vul bij het minimum een heel getal in.';
  if (draft.type === 'getal' && max === null) errors.max = 'Vul bij het maximum een heel getal in.';
  if (draft.routed && !draft.routeQuestion) {
    errors.routeQuestion = 'Kies de vraag waar deze vraag van afhangt.';
  } else if (draft.routed && draft.routeAnswers.length === 0) {
    errors.routeAnswers = 'Kies minstens één antwoord waarbij deze vraag gesteld wordt.';
  }
  const candidate = {
    id: draft.id.trim(),
    theme: draft.theme,
    type: draft.type,
    text: draft.text.trim(),
    ...(draft.help.trim() ? { help: draft.help.trim() } : {}),
    ...(isChoice(draft.type)
      ? { options: draft.options.map((o) => ({ ...o, label: o.label.trim() })) }
      : {}),
    ...(draft.type === 'getal' && typeof min === 'number' ? { min } : {}),
    ...(draft.type === 'getal' && typeof max === 'number' ? { max } : {}),
    ...(draft.group.trim() ? { group: draft.group.trim() } : {}),
    ...(draft.routed && draft.routeQuestion && draft.routeAnswers.length > 0
      ? { showIf: { question: draft.routeQuestion, anyOf: draft.routeAnswers } }
      : {}),
  };
  const parsed = questionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as keyof QuestionDraft;
      errors[field] ??= issue.message;
    }
  } else {
    const list = [...others];
    list.splice(index, 0, parsed.data);
    for (const problem of definitionProblems({ questions: list })) {
      if (problem.path[1] !== index) continue;
      const field = String(problem.path[2]);
      const key = (field === 'showIf' ? 'routeQuestion' : field) as keyof QuestionDraft;
      errors[key] ??= problem.reason;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors };
  return { question: parsed.data };
}

/** Splits `questions.3.options` into the question's index; anything else is general. */
export function questionIndexOf(path: readonly PropertyKey[] | string): number | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  if (parts[0] !== 'questions') return null;
  const index = Number(parts[1]);
  return Number.isInteger(index) ? index : null;
}
