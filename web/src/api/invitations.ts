import type { LetterSettingsBody, PurgeResult } from '../../../shared/api/invitations.schema.js';
import type { Job } from '../../../shared/api/jobs.schema.js';
import { api, queryString } from './client.js';
import { downloadFile, type DownloadedFile } from './files.js';
import { queryClient } from './query-client.js';

function surveyPath(surveyId: string, rest: string): string {
  return `/api/v1/enquetes/${encodeURIComponent(surveyId)}${rest}`;
}

export type LetterKind = 'brieven' | 'herinneringen';

/**
 * Starts the job that makes one PDF with a letter per person (follow it with useJob); the
 * server remembers phone number and date for next time.
 */
export function startLetters(
  surveyId: string,
  kind: LetterKind,
  settings: LetterSettingsBody,
  again: boolean,
): Promise<Job> {
  const query = queryString({ opnieuw: again ? '1' : undefined });
  return api<Job>(surveyPath(surveyId, `/${kind}${query}`), { method: 'POST', body: settings });
}

export function downloadMailing(
  surveyId: string,
  soort: 'uitnodiging' | 'herinnering',
): Promise<DownloadedFile> {
  return downloadFile(
    surveyPath(surveyId, `/adresbestand${queryString({ soort })}`),
    `adresbestand-${soort}.csv`,
  );
}

export async function purgePersonalData(surveyId: string): Promise<PurgeResult> {
  const result = await api<PurgeResult>(surveyPath(surveyId, '/persoonsgegevens-verwijderen'), {
    method: 'POST',
  });
  void queryClient.invalidateQueries({ queryKey: ['enquetes', surveyId] });
  return result;
}
