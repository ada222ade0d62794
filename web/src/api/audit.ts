import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../shared/api/audit.schema.js';
import { api, queryString } from './client.js';

export interface AuditFilters {
  actie?: string;
  accountId?: string;
  objectType?: string;
  van?: string;
  tot?: string;
}

export interface AuditPage {
  regels: AuditEntry[];
  totaal: number;
  pagina: number;
  perPagina: number;
}

export function auditExportUrl(filters: AuditFilters): string {
  return `/api/v1/auditlog/export${queryString({ ...filters })}`;
}

export function useAuditLog(filters: AuditFilters, pagina: number, perPagina: number) {
  return useQuery({
    queryKey: ['auditlog', filters, pagina, perPagina],
    queryFn: () =>
      api<AuditPage>(`/api/v1/auditlog${queryString({ ...filters, pagina, perPagina })}`),
    // Keeps the table in place while the next page loads, so focus and scroll stay put.
    placeholderData: keepPreviousData,
  });
}
