import { useQuery } from '@tanstack/react-query';
import type { ChangePasswordBody, LoginBody, Session } from '../../../shared/api/session.schema.js';
import { markSessionEnded } from '../lib/session-end.js';
import { api, setCsrfToken, setSessionExpiredHandler } from './client.js';
import { ApiError } from './errors.js';
import { queryClient } from './query-client.js';

export const sessionKey = ['sessie'] as const;

function remember(session: Session | null): Session | null {
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

/** Forgets the session and every piece of data loaded with it. */
export function forgetSession(): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData<Session | null>(sessionKey, null);
}

function expire(): void {
  markSessionEnded('verlopen');
  forgetSession();
}

setSessionExpiredHandler(expire);

export async function fetchSession(): Promise<Session | null> {
  try {
    return remember(await api<Session>('/api/v1/sessies/huidige', { sessionRequired: false }));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    // A session we had before is gone: tell the user why they have to log in again.
    if (queryClient.getQueryData<Session | null>(sessionKey)) markSessionEnded('verlopen');
    return remember(null);
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** The session of a page behind the login; only call below `RequireSession`. */
export function useSession(): Session {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession() used outside RequireSession');
  return data;
}

export async function logIn(body: LoginBody): Promise<Session> {
  const session = await api<Session>('/api/v1/sessies', {
    method: 'POST',
    body,
    sessionRequired: false,
  });
  remember(session);
  queryClient.setQueryData(sessionKey, session);
  return session;
}

export async function logOut(): Promise<void> {
  try {
    await api<void>('/api/v1/sessies/huidige', { method: 'DELETE', sessionRequired: false });
  } finally {
    markSessionEnded('uitgelogd');
    forgetSession();
  }
}

export async function switchTenant(organisatieId: string): Promise<Session> {
  const session = await api<Session>('/api/v1/sessies/huidige/organisatie', {
    method: 'PUT',
    body: { organisatieId },
  });
  remember(session);
  queryClient.setQueryData(sessionKey, session);
  // Everything loaded so far belonged to the other organisation: never show it for this one.
  void queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  void queryClient.invalidateQueries({ queryKey: sessionKey });
  return session;
}

export async function acceptInvitation(token: string, wachtwoord: string): Promise<void> {
  await api<void>('/api/v1/uitnodigingen/acceptaties', {
    method: 'POST',
    body: { token, wachtwoord },
    sessionRequired: false,
  });
}

export async function changePassword(body: ChangePasswordBody): Promise<Session> {
  const session = await api<Session>('/api/v1/sessies/huidige/wachtwoord', {
    method: 'PUT',
    body,
  });
  remember(session);
  queryClient.setQueryData(sessionKey, session);
  return session;
}
