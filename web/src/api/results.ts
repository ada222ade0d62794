import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Breakdown,
  BreakdownDimension,
  CountingRuleOption,
  GemeenteResults,
  resultRoundSchema,
  roundOverviewSchema,
} from '../../../shared/api/results.schema.js';
import { api } from './client.js';

export type ResultRound = z.infer<typeof resultRoundSchema>;
export type RoundOverview = z.infer<typeof roundOverviewSchema>;

const BASE = '/api/v1/resultaten';

function roundPath(enqueteId: string, rest = ''): string {
  return `${BASE}/${encodeURIComponent(enqueteId)}${rest}`;
}

function gemeentePath(enqueteId: string, cbsCode: string, rest = ''): string {
  return roundPath(enqueteId, `/gemeenten/${encodeURIComponent(cbsCode)}${rest}`);
}

export const resultRoundsKey = ['resultaten'] as const;

export function useResultRounds() {
  return useQuery({
    queryKey: resultRoundsKey,
    queryFn: () => api<ResultRound[]>(BASE),
  });
}

export function useRoundOverview(enqueteId: string) {
  return useQuery({
    queryKey: ['resultaten', enqueteId, 'overzicht'],
    queryFn: () => api<RoundOverview>(roundPath(enqueteId, '/overzicht')),
  });
}

/** `query` is the query string of the chosen view (see `apiQueryFor` in results-model). */
export function useGemeenteResults(enqueteId: string, cbsCode: string, query: string) {
  return useQuery({
    queryKey: ['resultaten', enqueteId, 'gemeenten', cbsCode, query],
    queryFn: () => api<GemeenteResults>(gemeentePath(enqueteId, cbsCode, query)),
    // While another comparison loads, the figures on screen stay instead of flashing away; but
    // never another gemeente's figures under this gemeente's name.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === enqueteId && previousQuery.queryKey[3] === cbsCode
        ? previous
        : undefined,
  });
}

export function useBreakdown(enqueteId: string, cbsCode: string, dimensie: BreakdownDimension) {
  return useQuery({
    queryKey: ['resultaten', enqueteId, 'gemeenten', cbsCode, 'uitsplitsingen', dimensie],
    queryFn: () => api<Breakdown>(gemeentePath(enqueteId, cbsCode, `/uitsplitsingen/${dimensie}`)),
  });
}

export function useCountingRules() {
  return useQuery({
    queryKey: ['telregels'],
    queryFn: () => api<CountingRuleOption[]>('/api/v1/telregels'),
    // The rules come with a release of Meetwerk; they do not change while the app is open.
    staleTime: Infinity,
  });
}

/** Files the browser downloads itself; the session cookie goes along. */
export const resultDownloads = {
  csv: (enqueteId: string) => roundPath(enqueteId, '/cijfers.csv?vergelijk=project'),
  xlsx: (enqueteId: string) => roundPath(enqueteId, '/cijfers.xlsx'),
  answers: (enqueteId: string) => roundPath(enqueteId, '/antwoorden.csv'),
  pdf: (enqueteId: string, cbsCode: string) => gemeentePath(enqueteId, cbsCode, '/rapport.pdf'),
};
