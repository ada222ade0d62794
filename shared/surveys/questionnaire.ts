import { z } from 'zod';

/**
 * A questionnaire definition: what a respondent is asked, in which order, with which answers
 * and routing. Stored as versioned JSON; answers refer to question ids and answer codes, which
 * therefore never change once answers exist (see `compatibilityProblems`).
 */

export const QUESTION_TYPES = [
  'stelling',
  'janee',
  'enkelvoudig',
  'meervoudig',
  'getal',
  'open',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  stelling: 'Stelling (helemaal mee eens … helemaal niet mee eens)',
  janee: 'Ja / nee',
  enkelvoudig: 'Eén antwoord kiezen',
  meervoudig: 'Meer antwoorden mogelijk',
  getal: 'Getal',
  open: 'Open antwoord',
};

export const THEMES = [
  'toegang',
  'clientondersteuning',
  'kwaliteit',
  'effect',
  'achtergrond',
  'eigen',
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  toegang: 'Toegang',
  clientondersteuning: 'Cliëntondersteuning',
  kwaliteit: 'Kwaliteit',
  effect: 'Effect',
  achtergrond: 'Over uzelf',
  eigen: 'Eigen vragen',
};

export interface AnswerOption {
  code: string;
  label: string;
  /** "Weet niet / n.v.t." and the like: a real answer, but not counted as valid for results. */
  missing?: boolean;
}

/** The answer scale of the standard statements; "weet niet / n.v.t." has its own code. */
export const STATEMENT_SCALE: AnswerOption[] = [
  { code: '1', label: 'Helemaal mee eens' },
  { code: '2', label: 'Mee eens' },
  { code: '3', label: 'Neutraal' },
  { code: '4', label: 'Niet mee eens' },
  { code: '5', label: 'Helemaal niet mee eens' },
  { code: '9', label: 'Weet niet / niet van toepassing', missing: true },
];

export const YES_NO_SCALE: AnswerOption[] = [
  { code: '1', label: 'Ja' },
  { code: '2', label: 'Nee' },
];

const code = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,20}$/, { error: 'Gebruik voor een code letters, cijfers, - of _.' });

export const answerOptionSchema = z.object({
  code,
  label: z.string().trim().min(1, { error: 'Vul de tekst van het antwoord in.' }).max(300),
  missing: z.boolean().optional(),
});

export const questionSchema = z.object({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,19}$/, {
    error: 'Een vraagnummer begint met een letter, gevolgd door letters, cijfers of _.',
  }),
  theme: z.enum(THEMES),
  type: z.enum(QUESTION_TYPES),
  text: z.string().trim().min(3, { error: 'Vul de vraag in.' }).max(1000),
  help: z.string().trim().max(1000).optional(),
  /** For enkelvoudig and meervoudig; stelling and janee use the standard scales. */
  options: z.array(answerOptionSchema).max(50).optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** Questions that share a group are shown on one page. */
  group: z.string().max(40).optional(),
  /** Ask this question only when an earlier question got one of these answers. */
  showIf: z.object({ question: z.string(), anyOf: z.array(code).min(1) }).optional(),
  /** From a national or shared template: text and answers may not be changed locally. */
  standard: z.boolean().optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z
  .object({
    intro: z.string().trim().max(4000).default(''),
    questions: z
      .array(questionSchema)
      .min(1, { error: 'Een vragenlijst heeft minstens één vraag.' })
      .max(200),
  })
  .superRefine((q, ctx) => {
    for (const problem of definitionProblems(q)) {
      ctx.addIssue({ code: 'custom', message: problem.reason, path: problem.path });
    }
  });
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** The answers a respondent can choose for a question (empty for getal and open). */
export function optionsOf(question: Question): AnswerOption[] {
  if (question.type === 'stelling') return STATEMENT_SCALE;
  if (question.type === 'janee') return YES_NO_SCALE;
  return question.options ?? [];
}

interface DefinitionProblem {
  path: (string | number)[];
  reason: string;
}

/** Rules that a single definition must keep, beyond the shape checked by the schema. */
export function definitionProblems(q: { questions: Question[] }): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const seen = new Map<string, Question>();
  q.questions.forEach((question, index) => {
    const at = (field: string) => ['questions', index, field];
    if (seen.has(question.id)) {
      problems.push({ path: at('id'), reason: `Vraagnummer ${question.id} komt twee keer voor.` });
    }
    const choice = question.type === 'enkelvoudig' || question.type === 'meervoudig';
    if (choice && (question.options?.length ?? 0) < 2) {
      problems.push({
        path: at('options'),
        reason: `Geef bij vraag ${question.id} minstens twee antwoorden.`,
      });
    }
    if (!choice && question.options?.length) {
      problems.push({
        path: at('options'),
        reason: `Vraag ${question.id} heeft vaste antwoorden; eigen antwoorden passen daar niet bij.`,
      });
    }
    const codes = (question.options ?? []).map((o) => o.code);
    if (new Set(codes).size !== codes.length) {
      problems.push({
        path: at('options'),
        reason: `Bij vraag ${question.id} komt een antwoordcode twee keer voor.`,
      });
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      problems.push({
        path: at('min'),
        reason: `Bij vraag ${question.id} is het minimum groter dan het maximum.`,
      });
    }
    if (question.showIf) {
      const earlier = seen.get(question.showIf.question);
      if (!earlier) {
        problems.push({
          path: at('showIf'),
          reason: `Vraag ${question.id} hangt af van ${question.showIf.question}, maar die vraag komt niet eerder in de lijst.`,
        });
      } else {
        const known = new Set(optionsOf(earlier).map((o) => o.code));
        const unknown = question.showIf.anyOf.filter((c) => !known.has(c));
        if (unknown.length > 0 || known.size === 0) {
          problems.push({
            path: at('showIf'),
            reason: `Vraag ${question.id} hangt af van antwoord ${unknown.join(', ') || question.showIf.anyOf.join(', ')} op ${earlier.id}, maar dat antwoord bestaat niet.`,
          });
        }
      }
    }
    seen.set(question.id, question);
  });
  return problems;
}

/**
 * What a new version may not do once answers exist: remove a question, change its type, remove
 * an answer or give it another text (a stored code would then mean something else), or narrow
 * the range of a number. Question texts may be improved, questions and answers added.
 */
export function compatibilityProblems(previous: Questionnaire, next: Questionnaire): string[] {
  const problems: string[] = [];
  const nextById = new Map(next.questions.map((q) => [q.id, q]));
  for (const before of previous.questions) {
    const after = nextById.get(before.id);
    if (!after) {
      problems.push(`Vraag ${before.id} heeft al antwoorden en kan niet worden verwijderd.`);
      continue;
    }
    if (after.type !== before.type) {
      problems.push(
        `Het soort vraag van ${before.id} kan niet meer veranderen: er zijn al antwoorden.`,
      );
      continue;
    }
    const labelsAfter = new Map(optionsOf(after).map((o) => [o.code, o.label]));
    for (const option of optionsOf(before)) {
      const label = labelsAfter.get(option.code);
      if (label === undefined) {
        problems.push(
          `Antwoord ${option.code} ("${option.label}") van ${before.id} heeft al antwoorden en kan niet weg.`,
        );
      } else if (sameText(label) !== sameText(option.label)) {
        problems.push(
          `De tekst van antwoord ${option.code} ("${option.label}") van ${before.id} kan niet meer veranderen: wie dat antwoord gaf, bedoelde die tekst. Voeg zo nodig een nieuw antwoord toe.`,
        );
      }
    }
    if (narrower(before, after)) {
      problems.push(
        `Het bereik van ${before.id} kan niet kleiner worden: er zijn al antwoorden${rangeOf(before)}.`,
      );
    }
    if (before.standard && (after.text !== before.text || !after.standard)) {
      problems.push(
        `Vraag ${before.id} is een standaardvraag: de tekst blijft gelijk, zodat uitkomsten vergelijkbaar blijven.`,
      );
    }
  }
  return problems;
}

/** Texts that differ only in capitals or spaces are the same text. */
const sameText = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** " van 18 tot en met 110", " vanaf 18", " tot en met 110" or nothing. */
function rangeOf(q: Question): string {
  if (q.min !== undefined && q.max !== undefined) return ` van ${q.min} tot en met ${q.max}`;
  if (q.min !== undefined) return ` vanaf ${q.min}`;
  return q.max !== undefined ? ` tot en met ${q.max}` : '';
}

/** Whether a number question's allowed range became smaller (answers could fall outside it). */
function narrower(before: Question, after: Question): boolean {
  const low = (q: Question) => q.min ?? Number.NEGATIVE_INFINITY;
  const high = (q: Question) => q.max ?? Number.POSITIVE_INFINITY;
  return low(after) > low(before) || high(after) < high(before);
}

/** Whether a question is asked, given the answers so far (routing). */
export function isAsked(
  question: Question,
  answers: Record<string, string[] | undefined>,
): boolean {
  if (!question.showIf) return true;
  const given = answers[question.showIf.question] ?? [];
  return given.some((c) => question.showIf?.anyOf.includes(c));
}
