import { isAsked, optionsOf, type Question } from '../../../../../shared/surveys/questionnaire.js';

/** What the typist typed per question id, as typed. */
export type TypedAnswers = Record<string, string>;

/**
 * Splits typed text into answer codes. Several answers (meervoudig) may be typed as "1 3" or
 * "1,3"; open answers stay one piece of text.
 */
export function codesOf(question: Question, typed: string): string[] {
  const text = typed.trim();
  if (!text) return [];
  if (question.type === 'open' || question.type === 'getal') return [text];
  return text.split(/[\s,;]+/).filter(Boolean);
}

export function answersOf(questions: readonly Question[], typed: TypedAnswers) {
  const answers: Record<string, string[]> = {};
  for (const question of questions) {
    const codes = codesOf(question, typed[question.id] ?? '');
    if (codes.length > 0 && isAsked(question, answers)) answers[question.id] = codes;
  }
  return answers;
}

/** The hint next to a box: the codes one may type, so the form need not be looked up. */
export function allowedHint(question: Question): string {
  if (question.type === 'open') return 'Tekst overnemen';
  if (question.type === 'getal') {
    const range = [question.min, question.max].every((v) => v !== undefined)
      ? ` van ${question.min} tot en met ${question.max}`
      : '';
    return `Een getal${range}`;
  }
  const options = optionsOf(question)
    .map((o) => `${o.code} = ${o.label}`)
    .join(' · ');
  return question.type === 'meervoudig' ? `Eén of meer, met spaties: ${options}` : options;
}

/**
 * Quick checks while typing, so a typo is caught before Enter; the server checks again and
 * has the last word.
 */
export function typedProblems(questions: readonly Question[], typed: TypedAnswers) {
  const problems: Record<string, string> = {};
  for (const question of questions) {
    const codes = codesOf(question, typed[question.id] ?? '');
    if (codes.length === 0 || question.type === 'open') continue;
    if (question.type === 'getal') {
      if (!/^-?\d{1,9}$/.test(codes[0] ?? '')) problems[question.id] = 'Typ een heel getal.';
      continue;
    }
    const known = new Set(optionsOf(question).map((o) => o.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      problems[question.id] = `Code ${unknown.join(', ')} bestaat niet bij deze vraag.`;
    } else if (question.type !== 'meervoudig' && codes.length > 1) {
      problems[question.id] = 'Bij deze vraag past maar één code.';
    }
  }
  return problems;
}
