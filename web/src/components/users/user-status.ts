import type { User } from '../../../../shared/api/users.schema.js';
import type { StatusBadgeStatus } from '../StatusBadge.js';

export function userStatus(user: User): { label: string; badge: StatusBadgeStatus } {
  if (!user.actief) return { label: 'Gedeactiveerd', badge: 'inactive' };
  if (user.uitnodigingOpen) return { label: 'Uitnodiging open', badge: 'warning' };
  return { label: 'Actief', badge: 'active' };
}
