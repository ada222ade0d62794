import { useSyncExternalStore } from 'react';

/**
 * Why the last session ended, so the login page can say so: it expired (a 401 on a call
 * that needed a session) or the user logged out.
 */
export type SessionEnd = 'verlopen' | 'uitgelogd' | null;

let reason: SessionEnd = null;
const listeners = new Set<() => void>();

function set(next: SessionEnd): void {
  reason = next;
  for (const listener of listeners) listener();
}

export function markSessionEnded(next: Exclude<SessionEnd, null>): void {
  set(next);
}

export function clearSessionEnd(): void {
  set(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionEnd(): SessionEnd {
  return useSyncExternalStore(subscribe, () => reason);
}
