import type { Session } from '../../../shared/api/session.schema.js';
import { ApiError, networkError, problemFrom } from './errors.js';
import { queryClient } from './query-client.js';
import { sessionKey } from './session.js';

/*
 * Calls whose body or answer is a file, not JSON: uploading a register, and downloading PDFs and
 * CSVs made by a POST. The JSON client cannot do either, so these carry the CSRF token of the
 * session themselves (the server does not read it from a form field).
 */

function csrfToken(): string | null {
  return queryClient.getQueryData<Session | null>(sessionKey)?.csrfToken ?? null;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = csrfToken();
  if ((init.method ?? 'GET') !== 'GET' && token) headers.set('X-CSRF-Token', token);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw new ApiError(await problemFrom(response));
  return response;
}

/** Sends a file as the request body and returns the JSON answer. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const response = await send(path, {
    method: 'POST',
    // Browsers often give a CSV no type (or a spreadsheet type on Windows); the server only
    // knows text/csv and the xlsx type, and reads the extension from bestandsnaam anyway.
    headers: {
      Accept: 'application/json',
      'Content-Type': /\.xlsx$/i.test(file.name)
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv',
    },
    body: file,
  });
  return (await response.json()) as T;
}

export interface DownloadedFile {
  url: string;
  fileName: string;
  headers: Headers;
}

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** Fetches a file (GET, or POST with an optional JSON body) as an object URL to save. */
export async function downloadFile(
  path: string,
  fallbackName: string,
  options: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<DownloadedFile> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  const response = await send(path, {
    method,
    headers: hasBody ? { 'Content-Type': 'application/json' } : {},
    body: hasBody ? JSON.stringify(options.body) : null,
  });
  const blob = await response.blob();
  return {
    url: URL.createObjectURL(blob),
    fileName: fileNameOf(response, fallbackName),
    headers: response.headers,
  };
}

/** Starts the browser's "save file" for a downloaded file. */
export function saveFile(file: DownloadedFile): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
