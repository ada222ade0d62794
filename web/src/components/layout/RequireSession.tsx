import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionQuery } from '../../api/session.js';
import { useSessionEnd, type SessionEnd } from '../../lib/session-end.js';
import { QueryError } from '../QueryError.js';
import { LoadingMessage } from '../LoadingMessage.js';

export interface LoginState {
  /** Where to go after logging in. */
  from?: string;
  /** A message to show above the login form. */
  melding?: string;
  meldingSoort?: 'info' | 'ok' | 'warning';
}

export const SESSION_EXPIRED_MESSAGE = 'Uw sessie is verlopen. Log opnieuw in.';
export const LOGGED_OUT_MESSAGE = 'U bent uitgelogd.';

/** Where the login page takes over: after logging out nobody should land on the old page. */
export function loginStateFor(end: SessionEnd, from: string): LoginState {
  if (end === 'uitgelogd') return { melding: LOGGED_OUT_MESSAGE, meldingSoort: 'info' };
  if (end === 'verlopen')
    return { from, melding: SESSION_EXPIRED_MESSAGE, meldingSoort: 'warning' };
  return { from };
}

export function RequireSession({ children }: { children: ReactNode }) {
  const { data: session, isPending, error } = useSessionQuery();
  const location = useLocation();
  const end = useSessionEnd();

  if (isPending) return <LoadingMessage />;
  if (error) return <QueryError error={error} what="Uw gegevens" />;
  if (!session) {
    const state = loginStateFor(end, `${location.pathname}${location.search}`);
    return <Navigate to="/inloggen" replace state={state} />;
  }
  // The server refuses everything else until then; say so with the one page that helps.
  if (session.moetWachtwoordWijzigen && location.pathname !== '/wachtwoord') {
    return <Navigate to="/wachtwoord" replace />;
  }
  return children;
}
