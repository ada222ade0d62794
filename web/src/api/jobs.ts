import { useQuery } from '@tanstack/react-query';
import type { Job } from '../../../shared/api/jobs.schema.js';
import { api } from './client.js';

export function jobFinished(job: Job | undefined): boolean {
  return job?.status === 'klaar' || job?.status === 'mislukt';
}

/** A background job, asked for again every second until it is done or failed. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['taken', id],
    queryFn: () => api<Job>(`/api/v1/taken/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (jobFinished(query.state.data) ? false : 1000),
  });
}
