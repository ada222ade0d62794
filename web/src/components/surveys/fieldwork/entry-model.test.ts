import { describe, expect, it } from 'vitest';
import { CEO_WMO_TEMPLATE } from '../../../../../shared/surveys/ceo-wmo.template.js';
import { allowedHint, answersOf, codesOf, typedProblems } from './entry-model.js';

const questions = CEO_WMO_TEMPLATE.questions;
const question = (id: string) => {
  const found = questions.find((q) => q.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('typed answers on the data-entry screen', () => {
  it('reads several codes for meervoudig and one text for open', () => {
    expect(codesOf({ ...question('Q1'), type: 'meervoudig' }, ' 1, 3 ')).toEqual(['1', '3']);
    expect(codesOf({ ...question('Q1'), type: 'open' }, 'te laat, 2 keer')).toEqual([
      'te laat, 2 keer',
    ]);
    expect(codesOf(question('Q1'), '   ')).toEqual([]);
  });

  it('drops an answer that routing does not ask', () => {
    expect(answersOf(questions, { A4: '2', A5: '1' })).toEqual({ A4: ['2'] });
    expect(answersOf(questions, { A4: '1', A5: '1' })).toEqual({ A4: ['1'], A5: ['1'] });
  });

  it('catches an unknown code and two codes where one fits', () => {
    expect(typedProblems(questions, { Q1: '7', Q2: '1 2', Q3: '9' })).toEqual({
      Q1: 'Code 7 bestaat niet bij deze vraag.',
      Q2: 'Bij deze vraag past maar één code.',
    });
  });

  it('shows the allowed codes next to the box', () => {
    expect(allowedHint(question('Q5'))).toBe('1 = Ja · 2 = Nee');
  });
});
