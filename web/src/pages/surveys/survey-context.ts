import { useOutletContext } from 'react-router';
import type { SurveySummary } from '../../../../shared/api/survey.schema.js';

export interface SurveyContext {
  survey: SurveySummary;
}

/** The round a page under /onderzoeken/:id belongs to; loaded once by SurveyLayout. */
export function useSurveyContext(): SurveyContext {
  return useOutletContext<SurveyContext>();
}
