import type { AuditFilters } from '../../api/audit.js';

export const FILTER_NAMES = ['actie', 'accountId', 'objectType', 'van', 'tot'] as const;
export const DEFAULT_PER_PAGE = 50;

export function filtersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function positiveInt(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

export function pageFrom(params: URLSearchParams): { pagina: number; perPagina: number } {
  return {
    pagina: positiveInt(params.get('pagina'), 1),
    perPagina: Math.min(positiveInt(params.get('perPagina'), DEFAULT_PER_PAGE), 500),
  };
}

export function searchFor(filters: AuditFilters, pagina = 1, perPagina = DEFAULT_PER_PAGE) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (pagina > 1) params.set('pagina', String(pagina));
  if (perPagina !== DEFAULT_PER_PAGE) params.set('perPagina', String(perPagina));
  return params;
}
