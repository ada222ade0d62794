import { useQuery } from '@tanstack/react-query';
import type {
  CreateSurveyBody,
  SurveySummary,
  UpdateSurveyBody,
} from '../../../shared/api/survey.schema.js';
import type { Questionnaire } from '../../../shared/surveys/questionnaire.js';
import { api } from './client.js';
import { queryClient } from './query-client.js';

export interface QuestionnaireVersion {
  versie: number;
  vragenlijst: Questionnaire;
  heeftReacties: boolean;
}

export const surveysKey = ['enquetes'] as const;

export function surveyKey(id: string) {
  return ['enquetes', id] as const;
}

export function questionnaireKey(id: string) {
  return ['enquetes', id, 'vragenlijst'] as const;
}

function surveyPath(id: string, rest = ''): string {
  return `/api/v1/enquetes/${encodeURIComponent(id)}${rest}`;
}

export function useSurveys() {
  return useQuery({
    queryKey: surveysKey,
    queryFn: async () => (await api<{ enquetes: SurveySummary[] }>('/api/v1/enquetes')).enquetes,
  });
}

export function useSurvey(id: string) {
  return useQuery({
    queryKey: surveyKey(id),
    queryFn: () => api<SurveySummary>(surveyPath(id)),
  });
}

export function useQuestionnaire(id: string) {
  return useQuery({
    queryKey: questionnaireKey(id),
    queryFn: () => api<QuestionnaireVersion>(surveyPath(id, '/vragenlijst')),
    // An editor must never be silently replaced by a refetch while someone types.
    refetchOnWindowFocus: false,
  });
}

/** Puts a survey returned by the server in the cache, so the hub and the list agree at once. */
export function rememberSurvey(survey: SurveySummary): void {
  queryClient.setQueryData(surveyKey(survey.id), survey);
  void queryClient.invalidateQueries({ queryKey: surveysKey, exact: true });
}

export function createSurvey(body: CreateSurveyBody): Promise<SurveySummary> {
  return api<SurveySummary>('/api/v1/enquetes', { method: 'POST', body });
}

export function updateSurvey(id: string, body: UpdateSurveyBody): Promise<SurveySummary> {
  return api<SurveySummary>(surveyPath(id), { method: 'PATCH', body });
}

export function saveQuestionnaire(id: string, body: Questionnaire): Promise<QuestionnaireVersion> {
  return api<QuestionnaireVersion>(surveyPath(id, '/vragenlijst'), { method: 'PUT', body });
}
