import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After every navigation inside the app, moves focus to the new page's h1, as a full page
 * load would start reading at the top. The very first load keeps the browser's own focus.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [pathname]);

  return null;
}
