import { useQuery } from '@tanstack/react-query';
import type {
  EnterResponseBody,
  EnterResponseResult,
  EntryConflicts,
  FieldworkProgress,
  ResponseImportResult,
} from '../../../shared/api/responses.schema.js';
import { api, queryString } from './client.js';
import { uploadFile } from './files.js';
import { queryClient } from './query-client.js';

function surveyPath(surveyId: string, rest: string): string {
  return `/api/v1/enquetes/${encodeURIComponent(surveyId)}${rest}`;
}

export const progressKey = (surveyId: string) => ['enquetes', surveyId, 'voortgang'] as const;
export const conflictsKey = (surveyId: string) =>
  ['enquetes', surveyId, 'invoerverschillen'] as const;

export async function enterResponse(
  surveyId: string,
  body: EnterResponseBody,
): Promise<EnterResponseResult> {
  const result = await api<EnterResponseResult>(surveyPath(surveyId, '/reacties'), {
    method: 'POST',
    body,
  });
  void queryClient.invalidateQueries({ queryKey: conflictsKey(surveyId) });
  void queryClient.invalidateQueries({ queryKey: progressKey(surveyId) });
  return result;
}

export function useEntryConflicts(surveyId: string) {
  return useQuery({
    queryKey: conflictsKey(surveyId),
    queryFn: () => api<EntryConflicts>(surveyPath(surveyId, '/invoerverschillen')),
  });
}

export function useFieldworkProgress(surveyId: string) {
  return useQuery({
    queryKey: progressKey(surveyId),
    queryFn: () => api<FieldworkProgress>(surveyPath(surveyId, '/voortgang')),
  });
}

/** Scanned or typed-elsewhere forms as one file: code;kanaal;Q1;Q2;… (docs/response-import.md). */
export async function importResponses(surveyId: string, file: File): Promise<ResponseImportResult> {
  const query = queryString({ bestandsnaam: file.name });
  const result = await uploadFile<ResponseImportResult>(
    surveyPath(surveyId, `/reactiebestanden${query}`),
    file,
  );
  void queryClient.invalidateQueries({ queryKey: ['enquetes', surveyId] });
  return result;
}
