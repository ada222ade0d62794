import type { MouseEvent } from 'react';

/** Jumps past the header and menu; moves focus itself so the router never sees the hash. */
export function SkipLink({ target, children }: { target: string; children: string }) {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const element = document.getElementById(target);
    element?.focus();
    element?.scrollIntoView();
  }
  return (
    <a
      href={`#${target}`}
      onClick={skip}
      className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
    >
      {children}
    </a>
  );
}
