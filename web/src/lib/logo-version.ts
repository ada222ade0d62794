import { useSyncExternalStore } from 'react';

/** Bumped after a logo upload, so the header stops showing the cached old logo. */
let version = 0;
const listeners = new Set<() => void>();

export function bumpLogoVersion(): void {
  version = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLogoVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
