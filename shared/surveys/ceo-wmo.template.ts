import type { Questionnaire } from './questionnaire.js';

/**
 * The client experience survey Wmo: the ten standard questions (national questionnaire
 * 2016–2020, kept by many gemeenten so results stay comparable) with stable ids Q1–Q10, and
 * common background questions (A1–A6). Texts of Q1–Q10 are fixed; see
 * ../../../shared/reference/ceo-wmo.md for sources.
 */
export const CEO_WMO_TEMPLATE: Questionnaire = {
  intro:
    'U krijgt hulp of ondersteuning van de gemeente. Wij willen graag weten wat u daarvan vindt. ' +
    'Uw antwoorden zijn anoniem: niemand kan zien wat u hebt geantwoord. ' +
    'Er zijn geen goede of foute antwoorden. Het invullen duurt ongeveer 10 minuten.',
  questions: [
    {
      id: 'Q1',
      theme: 'toegang',
      type: 'stelling',
      standard: true,
      group: 'toegang-1',
      text: 'Ik wist waar ik moest zijn met mijn hulpvraag.',
    },
    {
      id: 'Q2',
      theme: 'toegang',
      type: 'stelling',
      standard: true,
      group: 'toegang-1',
      text: 'Ik werd snel geholpen.',
    },
    {
      id: 'Q3',
      theme: 'toegang',
      type: 'stelling',
      standard: true,
      group: 'toegang-2',
      text: 'De medewerker nam mij serieus.',
    },
    {
      id: 'Q4',
      theme: 'toegang',
      type: 'stelling',
      standard: true,
      group: 'toegang-2',
      text: 'De medewerker en ik hebben in het gesprek samen naar oplossingen gezocht.',
    },
    {
      id: 'Q5',
      theme: 'clientondersteuning',
      type: 'janee',
      standard: true,
      text: 'Wist u dat u gebruik kon maken van een onafhankelijke cliëntondersteuner?',
      help: 'Een cliëntondersteuner helpt u gratis bij uw vragen aan de gemeente. Hij of zij werkt niet voor de gemeente.',
    },
    {
      id: 'Q6',
      theme: 'kwaliteit',
      type: 'stelling',
      standard: true,
      group: 'kwaliteit',
      text: 'Ik vind de kwaliteit van de ondersteuning die ik krijg goed.',
    },
    {
      id: 'Q7',
      theme: 'kwaliteit',
      type: 'stelling',
      standard: true,
      group: 'kwaliteit',
      text: 'De ondersteuning die ik krijg past bij mijn hulpvraag.',
    },
    {
      id: 'Q8',
      theme: 'effect',
      type: 'stelling',
      standard: true,
      group: 'effect',
      text: 'Door de ondersteuning die ik krijg, kan ik beter de dingen doen die ik wil.',
    },
    {
      id: 'Q9',
      theme: 'effect',
      type: 'stelling',
      standard: true,
      group: 'effect',
      text: 'Door de ondersteuning die ik krijg, kan ik mij beter redden.',
    },
    {
      id: 'Q10',
      theme: 'effect',
      type: 'stelling',
      standard: true,
      group: 'effect',
      text: 'Door de ondersteuning die ik krijg, heb ik een betere kwaliteit van leven.',
    },
    {
      id: 'A1',
      theme: 'achtergrond',
      type: 'enkelvoudig',
      text: 'Wie heeft deze vragenlijst ingevuld?',
      options: [
        { code: '1', label: 'Ikzelf, zonder hulp' },
        { code: '2', label: 'Ikzelf, met hulp van iemand anders' },
        { code: '3', label: 'Iemand anders heeft de vragen voor mij beantwoord' },
      ],
    },
    {
      id: 'A2',
      theme: 'achtergrond',
      type: 'enkelvoudig',
      text: 'Hoe oud bent u?',
      options: [
        { code: '1', label: 'Jonger dan 65 jaar' },
        { code: '2', label: '65 tot 75 jaar' },
        { code: '3', label: '75 tot 85 jaar' },
        { code: '4', label: '85 jaar of ouder' },
      ],
    },
    {
      id: 'A3',
      theme: 'achtergrond',
      type: 'enkelvoudig',
      text: 'Bent u een man of een vrouw?',
      options: [
        { code: '1', label: 'Man' },
        { code: '2', label: 'Vrouw' },
        { code: '3', label: 'Anders, of dat zeg ik liever niet' },
      ],
    },
    {
      id: 'A4',
      theme: 'achtergrond',
      type: 'janee',
      text: 'Krijgt u hulp van een mantelzorger?',
      help: 'Een mantelzorger is iemand uit uw omgeving die voor u zorgt, zonder dat hij of zij daarvoor betaald wordt. Bijvoorbeeld uw partner, een kind of een buur.',
    },
    {
      id: 'A5',
      theme: 'achtergrond',
      type: 'stelling',
      text: 'Mijn mantelzorger kan de zorg aan.',
      showIf: { question: 'A4', anyOf: ['1'] },
    },
    {
      id: 'A6',
      theme: 'achtergrond',
      type: 'enkelvoudig',
      text: 'Met wie woont u?',
      options: [
        { code: '1', label: 'Ik woon alleen' },
        { code: '2', label: 'Met mijn partner' },
        { code: '3', label: 'Met mijn partner en kind(eren)' },
        { code: '4', label: 'Met mijn kind(eren), zonder partner' },
        { code: '5', label: 'Anders' },
      ],
    },
  ],
};

export const SURVEY_TEMPLATES = {
  'ceo-wmo': {
    label: 'Cliëntervaringsonderzoek Wmo (10 standaardvragen)',
    questionnaire: CEO_WMO_TEMPLATE,
  },
} as const;
export type SurveyTemplate = keyof typeof SURVEY_TEMPLATES;
