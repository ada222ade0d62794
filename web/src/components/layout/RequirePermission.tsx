import type { ReactNode } from 'react';
import type { Permission } from '../../../../shared/auth/roles.js';
import { useSession } from '../../api/session.js';
import { NoAccessPage } from '../../pages/NoAccessPage.js';

export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const session = useSession();
  return session.rechten.includes(permission) ? children : <NoAccessPage />;
}
