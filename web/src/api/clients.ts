import { useQuery } from '@tanstack/react-query';
import type {
  ClientCount,
  ClientFileColumns,
  ClientImportResult,
  ClientImportSummary,
  ColumnMapping,
} from '../../../shared/api/clients.schema.js';
import { api, queryString } from './client.js';
import { uploadFile } from './files.js';
import { queryClient } from './query-client.js';

function clientsPath(surveyId: string, rest: string): string {
  return `/api/v1/enquetes/${encodeURIComponent(surveyId)}${rest}`;
}

export const clientImportsKey = (surveyId: string) =>
  ['enquetes', surveyId, 'clientenbestanden'] as const;
export const clientCountKey = (surveyId: string) =>
  ['enquetes', surveyId, 'clienten', 'telling'] as const;

export function useClientImports(surveyId: string) {
  return useQuery({
    queryKey: clientImportsKey(surveyId),
    queryFn: async () =>
      (
        await api<{ clientenbestanden: ClientImportSummary[] }>(
          clientsPath(surveyId, '/clientenbestanden'),
        )
      ).clientenbestanden,
  });
}

export function useClientCount(surveyId: string) {
  return useQuery({
    queryKey: clientCountKey(surveyId),
    queryFn: () => api<ClientCount>(clientsPath(surveyId, '/clienten/telling')),
  });
}

/** Reads only the headers of the file: nothing is stored yet. */
export function readClientColumns(surveyId: string, file: File): Promise<ClientFileColumns> {
  const query = queryString({ bestandsnaam: file.name });
  return uploadFile(clientsPath(surveyId, `/clientenbestanden/kolommen${query}`), file);
}

export async function importClients(
  surveyId: string,
  file: File,
  mapping: ColumnMapping,
  gemeente: string | undefined,
): Promise<ClientImportResult> {
  const query = queryString({
    bestandsnaam: file.name,
    kolommen: JSON.stringify(mapping),
    gemeente,
  });
  const result = await uploadFile<ClientImportResult>(
    clientsPath(surveyId, `/clientenbestanden${query}`),
    file,
  );
  // The history, the counts and the round's own total all changed.
  void queryClient.invalidateQueries({ queryKey: ['enquetes', surveyId] });
  return result;
}

export function rejectionsHref(surveyId: string, importId: string): string {
  return clientsPath(surveyId, `/clientenbestanden/${encodeURIComponent(importId)}/afwijzingen`);
}
