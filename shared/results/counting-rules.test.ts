import { describe, expect, it } from 'vitest';
import { countingRuleSchema } from '../api/results.schema.js';
import type { Question } from '../surveys/questionnaire.js';
import {
  COUNTING_RULES,
  countingRuleByKey,
  countingRuleInfo,
  DEFAULT_COUNTING_RULE,
  DONT_KNOW_COUNTS_RULE,
  hasPositiveShare,
} from './counting-rules.js';

const statement: Question = {
  id: 'Q1',
  theme: 'toegang',
  type: 'stelling',
  text: 'Ik wist waar ik moest zijn.',
};
const yesNo: Question = {
  id: 'Q5',
  theme: 'clientondersteuning',
  type: 'janee',
  text: 'Wist u dat?',
};
const choice: Question = {
  id: 'V1',
  theme: 'achtergrond',
  type: 'enkelvoudig',
  text: 'Wie vulde de lijst in?',
  options: [
    { code: '1', label: 'Ikzelf' },
    { code: '2', label: 'Iemand anders' },
  ],
};

describe('DEFAULT_COUNTING_RULE', () => {
  const rule = DEFAULT_COUNTING_RULE;

  it('is positief-1-2 version 1 with a Dutch name and description', () => {
    expect(rule.id).toBe('positief-1-2');
    expect(rule.versie).toBe(1);
    expect(rule.key).toBe('positief-1-2@1');
    expect(rule.omschrijving).toContain('Weet niet');
    expect(countingRuleSchema.parse(countingRuleInfo(rule))).toEqual({
      id: 'positief-1-2',
      versie: 1,
      naam: rule.naam,
      omschrijving: rule.omschrijving,
    });
  });

  it('classifies statements: 1, 2 positive; 3, 4, 5 negative; 9, missing and unknown invalid', () => {
    const got = ['1', '2', '3', '4', '5', '9', '7', '', undefined].map((c) =>
      rule.classify(statement, c),
    );
    expect(got).toEqual([
      'positief',
      'positief',
      'negatief',
      'negatief',
      'negatief',
      'ongeldig',
      'ongeldig',
      'ongeldig',
      'ongeldig',
    ]);
  });

  it('classifies yes/no: ja positive, nee negative, missing invalid', () => {
    expect(['1', '2', undefined].map((c) => rule.classify(yesNo, c))).toEqual([
      'positief',
      'negatief',
      'ongeldig',
    ]);
  });

  it('has no classification for choice, number and open questions', () => {
    expect(rule.classify(choice, '1')).toBeNull();
    expect(rule.classify({ ...statement, type: 'getal' }, '12')).toBeNull();
    expect(rule.classify({ ...statement, type: 'open' }, 'tekst')).toBeNull();
  });
});

describe('the rule where "weet niet" counts', () => {
  it('differs from the default only in "weet niet / n.v.t."', () => {
    const rule = DONT_KNOW_COUNTS_RULE;
    expect(rule.key).toBe('positief-1-2-weetniet-telt-mee@1');
    expect(rule.classify(statement, '9')).toBe('negatief');
    expect(DEFAULT_COUNTING_RULE.classify(statement, '9')).toBe('ongeldig');
    for (const code of ['1', '2', '3', '4', '5', '', undefined]) {
      expect(rule.classify(statement, code)).toBe(DEFAULT_COUNTING_RULE.classify(statement, code));
    }
    for (const code of ['1', '2', undefined]) {
      expect(rule.classify(yesNo, code)).toBe(DEFAULT_COUNTING_RULE.classify(yesNo, code));
    }
  });
});

describe('the list of rules', () => {
  it('holds both rules under unique keys and finds them by key', () => {
    expect(COUNTING_RULES.map((r) => r.key)).toEqual([
      'positief-1-2@1',
      'positief-1-2-weetniet-telt-mee@1',
    ]);
    expect(countingRuleByKey('positief-1-2@1')).toBe(DEFAULT_COUNTING_RULE);
    expect(countingRuleByKey('positief-1-2-weetniet-telt-mee@1')).toBe(DONT_KNOW_COUNTS_RULE);
    expect(countingRuleByKey('positief-1-2@2')).toBeUndefined();
    expect(countingRuleByKey('positief-1-2')).toBeUndefined();
  });

  it('knows which question types have a positive share', () => {
    expect(hasPositiveShare(statement)).toBe(true);
    expect(hasPositiveShare(yesNo)).toBe(true);
    expect(hasPositiveShare(choice)).toBe(false);
    expect(hasPositiveShare({ ...statement, type: 'meervoudig' })).toBe(false);
    expect(hasPositiveShare({ ...statement, type: 'getal' })).toBe(false);
    expect(hasPositiveShare({ ...statement, type: 'open' })).toBe(false);
  });
});
