import type { SurveySummary } from '../../../../shared/api/survey.schema.js';

/**
 * The parts of one survey round, in the order of the work: the sub-navigation of the round's
 * hub is built from this list.
 *
 * To add a part (client register, sample, letters, paper entry, monitor …):
 *  1. write its page in this folder; it gets the round with `useSurveyContext()` and renders
 *     an h2 (the round's name is the h1, in SurveyLayout);
 *  2. add its route as a child of `onderzoeken/:id` in web/src/App.tsx, with the same `path`;
 *  3. add an entry below. Only list pages that exist: the menu must never lead nowhere.
 */
export interface SurveySection {
  /** Relative to /onderzoeken/:id; '' is the overview. */
  path: string;
  /** Short, for the sub-navigation and the page title. */
  label: string;
  /** One sentence for the overview page: what you do there. */
  description: string;
  /** Hide the part while it makes no sense, such as letters before there is a sample. */
  visible?: (survey: SurveySummary) => boolean;
}

export const SURVEY_SECTIONS: readonly SurveySection[] = [
  {
    path: '',
    label: 'Overzicht',
    description: 'Status, gemeenten, aantallen en instellingen van deze ronde.',
  },
  {
    path: 'vragenlijst',
    label: 'Vragenlijst',
    description: 'De vragen bekijken, eigen vragen toevoegen en de routing instellen.',
  },
  {
    path: 'voorbeeld',
    label: 'Voorbeeld',
    description: 'De vragenlijst zien zoals de inwoner hem ziet. Er wordt niets opgeslagen.',
  },
  {
    path: 'clienten',
    label: 'Cliënten',
    description: 'Het cliëntenbestand van de gemeente inlezen en de aantallen bekijken.',
  },
  {
    path: 'steekproef',
    label: 'Steekproef',
    description: 'Uitrekenen hoeveel mensen u uitnodigt, en de steekproef trekken.',
    // Drawing needs people to draw from.
    visible: (survey) => survey.aantalClienten > 0 || survey.aantalUitgenodigd > 0,
  },
  {
    path: 'uitnodigingen',
    label: 'Uitnodigingen',
    description: 'Brieven, herinneringen en het adresbestand maken; daarna adressen verwijderen.',
    visible: (survey) => survey.aantalUitgenodigd > 0,
  },
  {
    path: 'invoer',
    label: 'Invoer',
    description: 'Papieren en telefonische vragenlijsten snel met het toetsenbord invoeren.',
    visible: (survey) => survey.aantalUitgenodigd > 0,
  },
  {
    path: 'voortgang',
    label: 'Voortgang',
    description: 'Per gemeente: uitgenodigd, gereageerd, respons en herinneringen.',
    visible: (survey) => survey.aantalUitgenodigd > 0,
  },
];

export function sectionsFor(survey: SurveySummary): SurveySection[] {
  return SURVEY_SECTIONS.filter((section) => section.visible?.(survey) ?? true);
}

export function sectionHref(surveyId: string, section: SurveySection): string {
  return section.path ? `/onderzoeken/${surveyId}/${section.path}` : `/onderzoeken/${surveyId}`;
}
