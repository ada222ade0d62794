import { useQuery } from '@tanstack/react-query';
import type {
  DrawSampleBody,
  SampleCalculation,
  SampleResult,
} from '../../../shared/api/sampling.schema.js';
import { api, queryString } from './client.js';
import { queryClient } from './query-client.js';

function samplePath(surveyId: string, rest = ''): string {
  return `/api/v1/enquetes/${encodeURIComponent(surveyId)}/steekproef${rest}`;
}

export function useSampleCalculation(surveyId: string, marge: number, responspercentage: number) {
  return useQuery({
    queryKey: ['enquetes', surveyId, 'steekproef', 'berekening', marge, responspercentage],
    queryFn: () =>
      api<SampleCalculation>(
        samplePath(surveyId, `/berekening${queryString({ marge, responspercentage })}`),
      ),
    // Typing 5 then 50 must not flash an error for a half-typed value.
    enabled: marge >= 1 && marge <= 20 && responspercentage >= 1 && responspercentage <= 100,
    placeholderData: (previous) => previous,
  });
}

/** The body as the form builds it; the server turns the seed into a string. */
export type DrawSampleInput = Omit<DrawSampleBody, 'seed'> & { seed: string };

export async function drawSample(surveyId: string, body: DrawSampleInput): Promise<SampleResult> {
  const result = await api<SampleResult>(samplePath(surveyId), { method: 'POST', body });
  void queryClient.invalidateQueries({ queryKey: ['enquetes', surveyId] });
  return result;
}
