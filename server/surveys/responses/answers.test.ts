import { describe, expect, it } from 'vitest';
import { CEO_WMO_TEMPLATE } from '../../../shared/surveys/ceo-wmo.template.js';
import type { Question, Questionnaire } from '../../../shared/surveys/questionnaire.js';
import {
  askedPages,
  checkAnswer,
  checkAnswers,
  differingQuestions,
  pagesOf,
  routedAnswers,
} from './answers.js';

const question = (q: Partial<Question> & Pick<Question, 'id' | 'type'>): Question => ({
  theme: 'eigen',
  text: 'Vraag',
  ...q,
});

describe('pages of a questionnaire', () => {
  const pages = pagesOf(CEO_WMO_TEMPLATE);

  it('puts a group on one page and every other question on its own', () => {
    expect(pages.map((p) => p.questions.map((q) => q.id).join('+'))).toEqual([
      'Q1+Q2',
      'Q3+Q4',
      'Q5',
      'Q6+Q7',
      'Q8+Q9+Q10',
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
    ]);
  });

  it('asks A5 only when A4 is ja', () => {
    expect(askedPages(pages, {}).map((p) => p.key)).not.toContain('A5');
    expect(askedPages(pages, { A4: ['2'] })).toHaveLength(10);
    expect(askedPages(pages, { A4: ['1'] })).toHaveLength(11);
  });

  it('drops answers that routing no longer asks', () => {
    expect(routedAnswers(CEO_WMO_TEMPLATE, { A4: ['2'], A5: ['1'], Q1: ['3'] })).toEqual({
      Q1: ['3'],
      A4: ['2'],
    });
  });
});

describe('checking answers', () => {
  it('takes "weet niet" as a normal answer and empty as skipped', () => {
    const q1 = CEO_WMO_TEMPLATE.questions[0]!;
    expect(checkAnswer(q1, ['9'])).toEqual({ ok: true, value: ['9'] });
    expect(checkAnswer(q1, [' '])).toEqual({ ok: true, value: [] });
    expect(checkAnswer(q1, ['1', '2'])).toEqual({
      ok: false,
      reason: 'Bij vraag Q1 past maar één antwoord.',
    });
  });

  it('checks numbers against their range', () => {
    const age = question({ id: 'E1', type: 'getal', min: 18, max: 120 });
    expect(checkAnswer(age, ['67'])).toEqual({ ok: true, value: ['67'] });
    expect(checkAnswer(age, ['zeventig'])).toMatchObject({ ok: false });
    expect(checkAnswer(age, ['12'])).toEqual({
      ok: false,
      reason: 'Vul een getal in van 18 of meer.',
    });
  });

  it('keeps hostile open text as text, without control characters, up to 2000 characters', () => {
    const open = question({ id: 'E2', type: 'open' });
    const hostile = '<script>alert(1)</script>\u0000=cmd|calc\r\nregel 2';
    expect(checkAnswer(open, [hostile])).toEqual({
      ok: true,
      value: ['<script>alert(1)</script>=cmd|calc\nregel 2'],
    });
    expect(checkAnswer(open, ['x'.repeat(2001)])).toMatchObject({ ok: false });
    // A right-to-left override would show "txt.exe" as "exe.txt" in a report or spreadsheet.
    expect(checkAnswer(open, ['factuur\u202Etxt.exe \u2066ok\u2069'])).toEqual({
      ok: true,
      value: ['factuurtxt.exe ok'],
    });
  });

  it('splits several codes for meervoudig and names unknown questions', () => {
    const q: Questionnaire = {
      intro: '',
      questions: [
        question({
          id: 'M1',
          type: 'meervoudig',
          options: [
            { code: '1', label: 'Een' },
            { code: '2', label: 'Twee' },
            { code: '3', label: 'Drie' },
          ],
        }),
      ],
    };
    expect(checkAnswers(q, { m1: '1|3', X9: '1' })).toEqual({
      answers: { M1: ['1', '3'] },
      problems: [{ question: 'X9', reason: 'Vraag X9 bestaat niet in deze vragenlijst.' }],
    });
  });

  it('finds the questions on which two entries differ, in questionnaire order', () => {
    expect(
      differingQuestions(
        CEO_WMO_TEMPLATE,
        { Q1: ['1'], Q3: ['2'], A1: ['1'] },
        { Q1: ['1'], Q3: ['3'], A2: ['2'] },
      ),
    ).toEqual(['Q3', 'A1', 'A2']);
  });
});
