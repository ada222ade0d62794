import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  CapacityEntry,
  ImportKind,
  LocationList,
  NewLocation,
  NewRegistration,
  NewRegistrationCode,
  PressureReport,
  PressureSettings,
  Registration,
  RegistrationCode,
  RegistrationCodeList,
  RegistrationForm,
  RegistrationImportResult,
  RegistrationPatch,
  WaitingRequest,
} from '../../../shared/api/registrations.schema.js';
import type {
  PeriodKind,
  PressureLevel,
  RequestStatus,
} from '../../../shared/registrations/vocabulary.js';
import { api, queryString } from './client.js';
import { uploadFile } from './files.js';
import { queryClient } from './query-client.js';

/*
 * Registration of client support and work pressure (M3). The routes and their permissions are
 * listed in shared/api/registrations.schema.ts.
 */

const V1 = '/api/v1';
const segment = (value: string) => encodeURIComponent(value);

export const registrationKeys = {
  form: ['registraties', 'formulier'] as const,
  own: ['registraties', 'eigen'] as const,
  codes: ['registratiecodes'] as const,
  locations: ['locaties'] as const,
  capacity: (van: string, tot: string, locatie: string) =>
    ['capaciteit', van, tot, locatie] as const,
  imports: ['registratiebestanden'] as const,
  waiting: (locatie: string | undefined) => ['wachtlijstaanvragen', locatie ?? ''] as const,
  pressure: (query: PressureParams) => ['werkdruk', query] as const,
  settings: ['werkdruk', 'instellingen'] as const,
};

// ---------------------------------------------------------------------------------------------
// Contacts

export function useRegistrationForm() {
  return useQuery({
    queryKey: registrationKeys.form,
    queryFn: () => api<RegistrationForm>(`${V1}/registraties/formulier`),
    // A refetch must never replace the lists under someone who is typing.
    refetchOnWindowFocus: false,
  });
}

export function useOwnRegistrations(aantal = 20) {
  return useQuery({
    queryKey: [...registrationKeys.own, aantal],
    queryFn: () =>
      api<{ registraties: Registration[]; totaal: number }>(
        `${V1}/registraties${queryString({ aantal })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

function ownChanged() {
  void queryClient.invalidateQueries({ queryKey: registrationKeys.own });
}

export async function createRegistration(body: NewRegistration): Promise<Registration> {
  const saved = await api<Registration>(`${V1}/registraties`, { method: 'POST', body });
  ownChanged();
  return saved;
}

export async function updateRegistration(
  id: string,
  body: RegistrationPatch,
): Promise<Registration> {
  const saved = await api<Registration>(`${V1}/registraties/${segment(id)}`, {
    method: 'PATCH',
    body,
  });
  ownChanged();
  return saved;
}

export async function undoRegistration(id: string): Promise<void> {
  await api<void>(`${V1}/registraties/${segment(id)}`, { method: 'DELETE' });
  ownChanged();
}

// ---------------------------------------------------------------------------------------------
// Taxonomy and locations

export function useRegistrationCodes() {
  return useQuery({
    queryKey: registrationKeys.codes,
    queryFn: () => api<RegistrationCodeList>(`${V1}/registratiecodes`),
  });
}

function codesChanged() {
  void queryClient.invalidateQueries({ queryKey: registrationKeys.codes });
  void queryClient.invalidateQueries({ queryKey: registrationKeys.form });
}

export async function createRegistrationCode(body: NewRegistrationCode) {
  const code = await api<RegistrationCode>(`${V1}/registratiecodes`, { method: 'POST', body });
  codesChanged();
  return code;
}

export async function setRegistrationCodeActive(code: string, actief: boolean) {
  const saved = await api<RegistrationCode>(`${V1}/registratiecodes/${segment(code)}`, {
    method: 'PATCH',
    body: { actief },
  });
  codesChanged();
  return saved;
}

export function useLocations() {
  return useQuery({
    queryKey: registrationKeys.locations,
    queryFn: () => api<LocationList>(`${V1}/locaties`),
  });
}

function locationsChanged() {
  void queryClient.invalidateQueries({ queryKey: registrationKeys.locations });
  void queryClient.invalidateQueries({ queryKey: registrationKeys.form });
}

export async function createLocation(body: NewLocation) {
  const location = await api<LocationList['locaties'][number]>(`${V1}/locaties`, {
    method: 'POST',
    body,
  });
  locationsChanged();
  return location;
}

export async function updateLocation(
  id: string,
  body: { stadsdeel?: string; naam?: string; actief?: boolean },
) {
  const location = await api<LocationList['locaties'][number]>(`${V1}/locaties/${segment(id)}`, {
    method: 'PATCH',
    body,
  });
  locationsChanged();
  return location;
}

// ---------------------------------------------------------------------------------------------
// Capacity

export function useCapacity(van: string, tot: string, locatie: string) {
  return useQuery({
    queryKey: registrationKeys.capacity(van, tot, locatie),
    queryFn: () =>
      api<{ capaciteit: CapacityEntry[] }>(`${V1}/capaciteit${queryString({ van, tot, locatie })}`),
    enabled: Boolean(locatie),
    refetchOnWindowFocus: false,
  });
}

export async function saveCapacity(regels: CapacityEntry[]): Promise<{ opgeslagen: number }> {
  const result = await api<{ opgeslagen: number }>(`${V1}/capaciteit`, {
    method: 'PUT',
    body: { regels },
  });
  void queryClient.invalidateQueries({ queryKey: ['capaciteit'] });
  void queryClient.invalidateQueries({ queryKey: ['werkdruk'] });
  return result;
}

// ---------------------------------------------------------------------------------------------
// Imports

const IMPORT_PATHS: Record<ImportKind, string> = {
  locaties: `${V1}/locaties/bestanden`,
  registraties: `${V1}/registraties/bestanden`,
  capaciteit: `${V1}/capaciteit/bestanden`,
};

export interface RegistrationImportSummary {
  id: string;
  soort: ImportKind;
  bestandsnaam: string;
  aanvaard: number;
  afgewezen: number;
  ingelezenOp: string;
}

export function useRegistrationImports() {
  return useQuery({
    queryKey: registrationKeys.imports,
    queryFn: async () =>
      (await api<{ bestanden: RegistrationImportSummary[] }>(`${V1}/registratiebestanden`))
        .bestanden,
  });
}

export async function importRegistrationFile(
  soort: ImportKind,
  file: File,
): Promise<RegistrationImportResult> {
  const result = await uploadFile<RegistrationImportResult>(
    `${IMPORT_PATHS[soort]}${queryString({ bestandsnaam: file.name })}`,
    file,
  );
  void queryClient.invalidateQueries({ queryKey: registrationKeys.imports });
  void queryClient.invalidateQueries({ queryKey: registrationKeys.locations });
  void queryClient.invalidateQueries({ queryKey: registrationKeys.form });
  void queryClient.invalidateQueries({ queryKey: ['capaciteit'] });
  void queryClient.invalidateQueries({ queryKey: ['werkdruk'] });
  return result;
}

export function importRejectionsHref(importId: string): string {
  return `${V1}/registratiebestanden/${segment(importId)}/afwijzingen`;
}

// ---------------------------------------------------------------------------------------------
// Waiting list

export interface WaitingSummary {
  locatie: string;
  wachtend: number;
  mediaanDagen: number | null;
  p90Dagen: number | null;
}

export function useWaitingList(locatie: string | undefined, status?: RequestStatus) {
  return useQuery({
    queryKey: [...registrationKeys.waiting(locatie), status ?? ''],
    queryFn: () =>
      api<{ aanvragen: WaitingRequest[]; samenvatting: WaitingSummary[] }>(
        `${V1}/wachtlijstaanvragen${queryString({ locatie, status })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

function waitingChanged() {
  void queryClient.invalidateQueries({ queryKey: ['wachtlijstaanvragen'] });
  void queryClient.invalidateQueries({ queryKey: ['werkdruk'] });
}

export async function addWaitingRequest(body: {
  locatie: string;
  aanvraagdatum?: string;
  taak: string;
}): Promise<WaitingRequest> {
  const request = await api<WaitingRequest>(`${V1}/wachtlijstaanvragen`, {
    method: 'POST',
    body,
  });
  waitingChanged();
  return request;
}

export async function updateWaitingRequest(
  id: string,
  body: { status: RequestStatus; startdatum?: string; vervallenOp?: string },
): Promise<WaitingRequest> {
  const request = await api<WaitingRequest>(`${V1}/wachtlijstaanvragen/${segment(id)}`, {
    method: 'PATCH',
    body,
  });
  waitingChanged();
  return request;
}

// ---------------------------------------------------------------------------------------------
// Pressure dashboard

export interface PressureParams {
  per: PeriodKind;
  niveau: PressureLevel;
  van: string;
  tot: string;
  stadsdeel?: string | undefined;
  locatie?: string | undefined;
}

function pressureQuery(params: PressureParams): string {
  return queryString({ ...params });
}

export function usePressure(params: PressureParams) {
  return useQuery({
    queryKey: registrationKeys.pressure(params),
    queryFn: () => api<PressureReport>(`${V1}/werkdruk${pressureQuery(params)}`),
    placeholderData: keepPreviousData,
  });
}

export function pressureExportHref(params: PressureParams, formaat: 'csv' | 'xlsx'): string {
  return `${V1}/werkdruk/export${queryString({ ...params, formaat })}`;
}

export function usePressureSettings(enabled = true) {
  return useQuery({
    queryKey: registrationKeys.settings,
    queryFn: () => api<PressureSettings>(`${V1}/werkdruk/instellingen`),
    enabled,
  });
}

export async function savePressureSettings(body: {
  gewichten: PressureSettings['gewichten'];
  standaardMinutenPerAanvraag: number;
  bewerkTermijnUren: number;
}): Promise<PressureSettings> {
  const saved = await api<PressureSettings>(`${V1}/werkdruk/instellingen`, {
    method: 'PUT',
    body,
  });
  queryClient.setQueryData(registrationKeys.settings, saved);
  void queryClient.invalidateQueries({ queryKey: ['werkdruk'] });
  void queryClient.invalidateQueries({ queryKey: registrationKeys.form });
  return saved;
}
