import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => {});

interface Announcement {
  text: string;
  /** A message belongs to the page it was said on. */
  pathname: string;
}

/**
 * One polite live region for the whole app, for changes that happen without moving focus
 * (such as switching organisation).
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [message, setMessage] = useState<Announcement | null>(null);
  const announce = useCallback(
    (text: string) => {
      // Clearing first makes screen readers repeat an identical message.
      setMessage(null);
      window.setTimeout(() => setMessage({ text, pathname }), 100);
    },
    [pathname],
  );
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className="mw-visually-hidden">
        {message?.pathname === pathname ? message.text : ''}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
