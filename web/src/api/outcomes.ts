import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Consent,
  DomainList,
  MeasurementInput,
  Measurement,
  Monitor,
  OutcomeReport,
  Resident,
  residentCodeSchema,
  teamListSchema,
} from '../../../shared/api/outcomes.schema.js';
import { api } from './client.js';

export type ResidentCode = z.infer<typeof residentCodeSchema>;
export type TeamList = z.infer<typeof teamListSchema>;

const BASE = '/api/v1';
const residentPath = (id: string, rest = '') => `${BASE}/bewoners/${encodeURIComponent(id)}${rest}`;

export const residentsKey = ['bewoners'] as const;
export const monitorKey = (id: string) => ['bewoners', id] as const;
export const domainsKey = ['leefgebieden'] as const;
export const teamsKey = ['wijkteams'] as const;

export function useResidents() {
  return useQuery({
    queryKey: residentsKey,
    queryFn: async () => (await api<{ bewoners: Resident[] }>(`${BASE}/bewoners`)).bewoners,
  });
}

export function useMonitor(id: string) {
  return useQuery({ queryKey: monitorKey(id), queryFn: () => api<Monitor>(residentPath(id)) });
}

export function useDomains() {
  return useQuery({ queryKey: domainsKey, queryFn: () => api<DomainList>(`${BASE}/leefgebieden`) });
}

export function useTeams() {
  return useQuery({ queryKey: teamsKey, queryFn: () => api<TeamList>(`${BASE}/wijkteams`) });
}

export function useOutcomes(enabled = true) {
  return useQuery({
    queryKey: ['uitkomsten'],
    queryFn: () => api<OutcomeReport>(`${BASE}/uitkomsten`),
    enabled,
  });
}

export function useTeamOutcomes(teamId: string | undefined) {
  return useQuery({
    queryKey: ['uitkomsten', 'wijkteam', teamId],
    queryFn: () =>
      api<OutcomeReport>(`${BASE}/wijkteams/${encodeURIComponent(teamId ?? '')}/uitkomsten`),
    enabled: Boolean(teamId),
  });
}

export function createResident(body: {
  referentie: string;
  wijkteamId: string;
  geboortejaar?: number | null;
}): Promise<Resident> {
  return api<Resident>(`${BASE}/bewoners`, { method: 'POST', body });
}

export function createResidentCode(id: string): Promise<ResidentCode> {
  return api<ResidentCode>(residentPath(id, '/code'), { method: 'POST' });
}

export function recordConsent(id: string, naaste: string): Promise<Consent> {
  return api<Consent>(residentPath(id, '/toestemmingen'), { method: 'POST', body: { naaste } });
}

export function withdrawConsent(id: string, consentId: string): Promise<void> {
  return api<void>(residentPath(id, `/toestemmingen/${encodeURIComponent(consentId)}`), {
    method: 'DELETE',
  });
}

export function saveMeasurement(id: string, body: MeasurementInput): Promise<Measurement> {
  return api<Measurement>(residentPath(id, '/metingen'), { method: 'POST', body });
}

export function patchGoal(
  id: string,
  goalId: string,
  body: { status?: 'open' | 'bereikt' | 'niet_bereikt' },
): Promise<unknown> {
  return api(residentPath(id, `/doelen/${encodeURIComponent(goalId)}`), { method: 'PATCH', body });
}

export function putDomainSet(set: 'mvo' | 'zrm'): Promise<DomainList> {
  return api<DomainList>(`${BASE}/leefgebieden/set`, { method: 'PUT', body: { set } });
}

export function addLocalDomain(naam: string): Promise<unknown> {
  return api(`${BASE}/leefgebieden`, { method: 'POST', body: { naam } });
}

export function patchLocalDomain(code: string, actief: boolean): Promise<unknown> {
  return api(`${BASE}/leefgebieden/${encodeURIComponent(code)}`, {
    method: 'PATCH',
    body: { actief },
  });
}

export function addTeam(naam: string): Promise<unknown> {
  return api(`${BASE}/wijkteams`, { method: 'POST', body: { naam } });
}

export function putTeamMember(
  teamId: string,
  accountId: string,
  rol: 'lid' | 'teamleider',
): Promise<unknown> {
  return api(
    `${BASE}/wijkteams/${encodeURIComponent(teamId)}/leden/${encodeURIComponent(accountId)}`,
    {
      method: 'PUT',
      body: { rol },
    },
  );
}

export function removeTeamMember(teamId: string, accountId: string): Promise<void> {
  return api<void>(
    `${BASE}/wijkteams/${encodeURIComponent(teamId)}/leden/${encodeURIComponent(accountId)}`,
    { method: 'DELETE' },
  );
}

export const outcomesCsvHref = `${BASE}/uitkomsten/export`;
