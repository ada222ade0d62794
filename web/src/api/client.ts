import { ApiError, networkError, problemFrom } from './errors.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  /**
   * Whether a 401 means "the session expired". False for the calls that are made without a
   * session (login, invitation, asking for the current session).
   */
  sessionRequired?: boolean;
}

let csrfToken: string | null = null;
let onSessionExpired: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setSessionExpiredHandler(handler: () => void): void {
  onSessionExpired = handler;
}

function headersFor(method: Method, hasBody: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return headers;
}

/** Calls the Meetwerk API; resolves with the JSON body, or undefined for 204. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: headersFor(method, hasBody),
      body: hasBody ? JSON.stringify(options.body) : null,
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) {
    const error = new ApiError(await problemFrom(response));
    if (response.status === 401 && options.sessionRequired !== false) onSessionExpired();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
