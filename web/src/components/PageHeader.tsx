import type { ReactNode } from 'react';

export function PageHeader({ children }: { children: ReactNode }) {
  return (
    <header className="utrecht-page-header">
      <div className="utrecht-page-header__content mw-header">{children}</div>
    </header>
  );
}
