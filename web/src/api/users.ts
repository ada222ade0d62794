import { useQuery } from '@tanstack/react-query';
import type { InviteUserBody, UpdateUserBody, User } from '../../../shared/api/users.schema.js';
import { api } from './client.js';

export const usersKey = ['gebruikers'] as const;

export interface Invitation {
  gebruiker: User;
  uitnodigingslink: string | null;
}

export function useUsers(enabled = true) {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await api<{ gebruikers: User[] }>('/api/v1/gebruikers')).gebruikers,
    enabled,
  });
}

export function inviteUser(body: InviteUserBody): Promise<Invitation> {
  return api<Invitation>('/api/v1/gebruikers', { method: 'POST', body });
}

export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return api<User>(`/api/v1/gebruikers/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}
