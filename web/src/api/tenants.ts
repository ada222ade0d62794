import { useQuery } from '@tanstack/react-query';
import type { TenantSettings, UpdateTenantBody } from '../../../shared/api/tenants.schema.js';
import { api } from './client.js';

export interface Gemeente {
  cbsCode: string;
  naam: string;
  provincie: string;
}

export function tenantKey(id: string) {
  return ['organisaties', id] as const;
}

export function logoUrl(tenantId: string, version = 0): string {
  const base = `/api/v1/organisaties/${encodeURIComponent(tenantId)}/logo`;
  return version ? `${base}?v=${version}` : base;
}

export function useTenantSettings(id: string) {
  return useQuery({
    queryKey: tenantKey(id),
    queryFn: () => api<TenantSettings>(`/api/v1/organisaties/${encodeURIComponent(id)}`),
  });
}

export function updateTenant(id: string, body: UpdateTenantBody): Promise<TenantSettings> {
  return api<TenantSettings>(`/api/v1/organisaties/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });
}

export function useGemeenten(enabled: boolean) {
  return useQuery({
    queryKey: ['gemeenten'],
    queryFn: async () => (await api<{ gemeenten: Gemeente[] }>('/api/v1/gemeenten')).gemeenten,
    // The list of gemeenten changes once a year at most.
    staleTime: Infinity,
    enabled,
  });
}
