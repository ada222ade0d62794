import { describe, expect, it } from 'vitest';
import { CEO_WMO_TEMPLATE } from '../../../../../shared/surveys/ceo-wmo.template.js';
import {
  move,
  newDraft,
  nextOptionCode,
  questionFromDraft,
  questionIndexOf,
  routingText,
  themeRuns,
} from './editor-model.js';

const questions = CEO_WMO_TEMPLATE.questions;

describe('questionnaire editor model', () => {
  it('describes routing in the words of the answers', () => {
    const a5 = questions.find((q) => q.id === 'A5');
    expect(a5 && routingText(a5, questions)).toBe('Alleen als A4 = Ja');
  });

  it('turns a complete draft into a question with routing', () => {
    const draft = {
      ...newDraft(questions),
      text: 'Gebruikt u de regiotaxi?',
      options: [
        { code: '1', label: 'Ja' },
        { code: '2', label: 'Nee' },
      ],
      routed: true,
      routeQuestion: 'A4',
      routeAnswers: ['1'],
    };
    const result = questionFromDraft(draft, questions, questions.length);
    expect(result.errors).toBeUndefined();
    expect(result.question).toMatchObject({
      id: 'E1',
      theme: 'eigen',
      showIf: { question: 'A4', anyOf: ['1'] },
    });
  });

  it('explains in Dutch what is missing, per field', () => {
    const draft = { ...newDraft(questions), id: 'Q1', text: 'Een vraag', routed: true };
    const { errors } = questionFromDraft(draft, questions, questions.length);
    expect(errors?.options).toMatch(/antwoord/);
    expect(errors?.routeQuestion).toMatch(/Kies de vraag/);
  });

  it('refuses a duplicate question number and a non-number minimum', () => {
    const draft = { ...newDraft(questions), id: 'Q1', type: 'getal' as const, text: 'Hoe oud?' };
    expect(questionFromDraft(draft, questions, questions.length).errors?.id).toMatch(/twee keer/);
    const bad = { ...draft, id: 'E1', min: 'tien' };
    expect(questionFromDraft(bad, questions, questions.length).errors?.min).toMatch(/heel getal/);
  });

  it('never reuses an answer code, and moves within bounds', () => {
    expect(
      nextOptionCode([
        { code: '1', label: 'a' },
        { code: '3', label: 'b' },
      ]),
    ).toBe('4');
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('groups consecutive questions by theme and reads server paths', () => {
    expect(themeRuns(questions).map((r) => r.theme)).toEqual([
      'toegang',
      'clientondersteuning',
      'kwaliteit',
      'effect',
      'achtergrond',
    ]);
    expect(questionIndexOf('questions.3.options')).toBe(3);
    expect(questionIndexOf('vragenlijst')).toBeNull();
  });
});
