import { describe, expect, it } from 'vitest';
import { CEO_WMO_TEMPLATE } from './ceo-wmo.template.js';
import {
  compatibilityProblems,
  definitionProblems,
  isAsked,
  questionnaireSchema,
  type Question,
  type Questionnaire,
} from './questionnaire.js';

const withQuestions = (questions: Question[]): Questionnaire => ({ intro: '', questions });

describe('the CEO Wmo template', () => {
  it('holds the ten standard questions Q1–Q10 with their themes, and is a valid definition', () => {
    expect(questionnaireSchema.safeParse(CEO_WMO_TEMPLATE).success).toBe(true);
    const standard = CEO_WMO_TEMPLATE.questions.filter((q) => q.standard);
    expect(standard.map((q) => q.id)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q6',
      'Q7',
      'Q8',
      'Q9',
      'Q10',
    ]);
    expect(standard.map((q) => q.theme)).toEqual([
      'toegang',
      'toegang',
      'toegang',
      'toegang',
      'clientondersteuning',
      'kwaliteit',
      'kwaliteit',
      'effect',
      'effect',
      'effect',
    ]);
    expect(standard.find((q) => q.id === 'Q5')?.type).toBe('janee');
    expect(standard.find((q) => q.id === 'Q1')?.text).toBe(
      'Ik wist waar ik moest zijn met mijn hulpvraag.',
    );
  });

  it('asks whether the mantelzorger copes only of those who have one', () => {
    const a5 = CEO_WMO_TEMPLATE.questions.find((q) => q.id === 'A5')!;
    expect(isAsked(a5, { A4: ['1'] })).toBe(true);
    expect(isAsked(a5, { A4: ['2'] })).toBe(false);
    expect(isAsked(a5, {})).toBe(false);
  });
});

describe('definition rules', () => {
  const q = (id: string, extra: Partial<Question> = {}): Question => ({
    id,
    theme: 'eigen',
    type: 'stelling',
    text: `Vraag ${id}`,
    ...extra,
  });

  it('refuses duplicate ids, choice questions without answers, and routing to later or unknown answers', () => {
    const reasons = definitionProblems(
      withQuestions([
        q('E1'),
        q('E1'),
        q('E2', { type: 'enkelvoudig', options: [{ code: '1', label: 'Eén' }] }),
        q('E3', { showIf: { question: 'E4', anyOf: ['1'] } }),
        q('E4', { type: 'janee' }),
        q('E5', { showIf: { question: 'E4', anyOf: ['7'] } }),
      ]),
    ).map((p) => p.reason);
    expect(reasons).toEqual([
      'Vraagnummer E1 komt twee keer voor.',
      'Geef bij vraag E2 minstens twee antwoorden.',
      'Vraag E3 hangt af van E4, maar die vraag komt niet eerder in de lijst.',
      'Vraag E5 hangt af van antwoord 7 op E4, maar dat antwoord bestaat niet.',
    ]);
  });

  it('reports problems through the schema with a path to the question', () => {
    const result = questionnaireSchema.safeParse(withQuestions([q('E1'), q('E1')]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['questions', 1, 'id']);
  });
});

describe('compatibility between versions', () => {
  const before = withQuestions([
    {
      id: 'Q1',
      theme: 'toegang',
      type: 'stelling',
      standard: true,
      text: 'Ik wist waar ik moest zijn.',
    },
    {
      id: 'E1',
      theme: 'eigen',
      type: 'enkelvoudig',
      text: 'Hoe kwam u bij ons?',
      options: [
        { code: '1', label: 'Via de huisarts' },
        { code: '2', label: 'Zelf' },
      ],
    },
  ]);

  it('allows better texts, new questions and new answers', () => {
    const after = withQuestions([
      before.questions[0]!,
      {
        ...before.questions[1]!,
        text: 'Hoe bent u bij ons gekomen?',
        options: [...before.questions[1]!.options!, { code: '3', label: 'Via familie' }],
      },
      { id: 'E2', theme: 'eigen', type: 'open', text: 'Wat kan beter?' },
    ]);
    expect(compatibilityProblems(before, after)).toEqual([]);
  });

  it('refuses removing a question or an answer, changing a type, or rewording a standard question', () => {
    const after = withQuestions([
      { ...before.questions[0]!, text: 'Ik wist het.' },
      {
        ...before.questions[1]!,
        options: [
          { code: '1', label: 'Via de huisarts' },
          { code: '4', label: 'Anders' },
        ],
      },
    ]);
    expect(compatibilityProblems(before, after)).toEqual([
      'Vraag Q1 is een standaardvraag: de tekst blijft gelijk, zodat uitkomsten vergelijkbaar blijven.',
      'Antwoord 2 ("Zelf") van E1 heeft al antwoorden en kan niet weg.',
    ]);
    expect(compatibilityProblems(before, withQuestions([before.questions[0]!]))).toEqual([
      'Vraag E1 heeft al antwoorden en kan niet worden verwijderd.',
    ]);
    expect(
      compatibilityProblems(
        before,
        withQuestions([before.questions[0]!, { ...before.questions[1]!, type: 'meervoudig' }]),
      ),
    ).toEqual(['Het soort vraag van E1 kan niet meer veranderen: er zijn al antwoorden.']);
  });

  it('refuses new texts for existing answers (a swap would turn every stored answer round), but not new capitals or spaces', () => {
    const swapped = withQuestions([
      before.questions[0]!,
      {
        ...before.questions[1]!,
        options: [
          { code: '1', label: 'Zelf' },
          { code: '2', label: 'Via de huisarts' },
        ],
      },
    ]);
    expect(compatibilityProblems(before, swapped)).toEqual([
      'De tekst van antwoord 1 ("Via de huisarts") van E1 kan niet meer veranderen: wie dat antwoord gaf, bedoelde die tekst. Voeg zo nodig een nieuw antwoord toe.',
      'De tekst van antwoord 2 ("Zelf") van E1 kan niet meer veranderen: wie dat antwoord gaf, bedoelde die tekst. Voeg zo nodig een nieuw antwoord toe.',
    ]);
    const tidied = withQuestions([
      before.questions[0]!,
      {
        ...before.questions[1]!,
        options: [
          { code: '1', label: 'via de  Huisarts' },
          { code: '2', label: 'Zelf ' },
        ],
      },
    ]);
    expect(compatibilityProblems(before, tidied)).toEqual([]);
  });

  it('refuses a narrower number range, allows a wider one', () => {
    const age = {
      id: 'E3',
      theme: 'eigen' as const,
      type: 'getal' as const,
      text: 'Hoe oud bent u?',
    };
    const from = withQuestions([{ ...age, min: 18, max: 110 }]);
    expect(compatibilityProblems(from, withQuestions([{ ...age, min: 0 }]))).toEqual([]);
    expect(compatibilityProblems(from, withQuestions([{ ...age, min: 18, max: 99 }]))).toEqual([
      'Het bereik van E3 kan niet kleiner worden: er zijn al antwoorden van 18 tot en met 110.',
    ]);
    expect(
      compatibilityProblems(withQuestions([age]), withQuestions([{ ...age, min: 0 }])),
    ).toEqual(['Het bereik van E3 kan niet kleiner worden: er zijn al antwoorden.']);
  });
});
