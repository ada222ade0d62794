import type { ReactNode } from 'react';

export type StatusBadgeStatus = 'active' | 'inactive' | 'warning' | 'neutral';

export function StatusBadge({
  status,
  children,
}: {
  status: StatusBadgeStatus;
  children: ReactNode;
}) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}
