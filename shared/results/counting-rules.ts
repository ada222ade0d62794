import type { CountingRuleInfo } from '../api/results.schema.js';
import { optionsOf, type Question } from '../surveys/questionnaire.js';

/**
 * Counting rules (telregels): what counts as a positive and as a valid answer when a question's
 * result is given as "% positief". A rule is named and versioned; every screen, export and report
 * names the rule it used (docs/results-method.md). A published rule never changes: a change is a
 * new version with a new key.
 */

export type Classification = 'positief' | 'negatief' | 'ongeldig';

export interface CountingRule extends CountingRuleInfo {
  /** `${id}@${versie}`: how settings and stored results refer to the rule. */
  key: string;
  /** Null when this question type has no positive share (choice, number, open). */
  classify(question: Question, answerCode: string | undefined): Classification | null;
}

/** Statements and yes/no questions have a positive share; other types only a distribution. */
export function hasPositiveShare(question: Question): boolean {
  return question.type === 'stelling' || question.type === 'janee';
}

/** Answer codes that count as positive: (helemaal) mee eens for statements, ja for yes/no. */
const POSITIVE_CODES: Record<'stelling' | 'janee', readonly string[]> = {
  stelling: ['1', '2'],
  janee: ['1'],
};

function makeRule(info: CountingRuleInfo, dontKnowIsValid: boolean): CountingRule {
  return Object.freeze({
    ...info,
    key: `${info.id}@${info.versie}`,
    classify(question: Question, answerCode: string | undefined): Classification | null {
      if (question.type !== 'stelling' && question.type !== 'janee') return null;
      if (answerCode === undefined || answerCode === '') return 'ongeldig';
      const option = optionsOf(question).find((o) => o.code === answerCode);
      // A code the scale does not know is no answer to count (it cannot be read as an opinion).
      if (!option) return 'ongeldig';
      if (option.missing) return dontKnowIsValid ? 'negatief' : 'ongeldig';
      return POSITIVE_CODES[question.type].includes(answerCode) ? 'positief' : 'negatief';
    },
  });
}

/** The default: the common CEO Wmo practice (reference/ceo-wmo.md). */
export const DEFAULT_COUNTING_RULE: CountingRule = makeRule(
  {
    id: 'positief-1-2',
    versie: 1,
    naam: '% (helemaal) mee eens, zonder "weet niet"',
    omschrijving:
      'Bij stellingen telt "helemaal mee eens" en "mee eens" als positief. "Neutraal", "niet mee ' +
      'eens" en "helemaal niet mee eens" tellen als niet positief. "Weet niet / niet van ' +
      'toepassing" en geen antwoord tellen niet mee: het percentage is het aantal positieve ' +
      'antwoorden gedeeld door het aantal geldige antwoorden (1 tot en met 5). Bij ja/nee-vragen ' +
      'is het percentage het aandeel "ja" van alle ja- en nee-antwoorden; geen antwoord telt niet mee.',
  },
  false,
);

/** Variant some bureaus report: "weet niet / n.v.t." stays in the denominator. */
export const DONT_KNOW_COUNTS_RULE: CountingRule = makeRule(
  {
    id: 'positief-1-2-weetniet-telt-mee',
    versie: 1,
    naam: '% (helemaal) mee eens, "weet niet" telt mee',
    omschrijving:
      'Bij stellingen telt "helemaal mee eens" en "mee eens" als positief. "Neutraal", "niet mee ' +
      'eens", "helemaal niet mee eens" en ook "weet niet / niet van toepassing" tellen als geldig ' +
      'maar niet positief: het percentage is het aantal positieve antwoorden gedeeld door alle ' +
      'gegeven antwoorden. Alleen geen antwoord telt niet mee. Bij ja/nee-vragen is het ' +
      'percentage het aandeel "ja" van alle ja- en nee-antwoorden; geen antwoord telt niet mee. ' +
      'De percentages zijn daardoor meestal lager dan bij de standaardregel.',
  },
  true,
);

export const COUNTING_RULES: readonly CountingRule[] = Object.freeze([
  DEFAULT_COUNTING_RULE,
  DONT_KNOW_COUNTS_RULE,
]);

export function countingRuleByKey(key: string): CountingRule | undefined {
  return COUNTING_RULES.find((rule) => rule.key === key);
}

/** The rule as the API and exports describe it (without the function). */
export function countingRuleInfo(rule: CountingRule): CountingRuleInfo {
  return { id: rule.id, versie: rule.versie, naam: rule.naam, omschrijving: rule.omschrijving };
}
