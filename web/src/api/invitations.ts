import type { LetterSettingsBody, PurgeResult } from '../../../shared/api/invitations.schema.js';
import { api, queryString } from './client.js';
import { downloadFile, type DownloadedFile } from './files.js';
import { queryClient } from './query-client.js';

function surveyPath(surveyId: string, rest: string): string {
  return `/api/v1/enquetes/${encodeURIComponent(surveyId)}${rest}`;
}

export type LetterKind = 'brieven' | 'herinneringen';

/** One PDF with a letter per person; the server remembers phone number and date for next time. */
export function downloadLetters(
  surveyId: string,
  kind: LetterKind,
  settings: LetterSettingsBody,
  again: boolean,
): Promise<DownloadedFile> {
  const query = queryString({ opnieuw: again ? '1' : undefined });
  return downloadFile(surveyPath(surveyId, `/${kind}${query}`), `${kind}.pdf`, {
    method: 'POST',
    body: settings,
  });
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
