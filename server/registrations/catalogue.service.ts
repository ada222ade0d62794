import type {
  CapacityEntry,
  Location,
  LocationList,
  NewLocation,
  NewRegistrationCode,
  PressureSettings,
  RegistrationCode,
  RegistrationCodeList,
} from '../../shared/api/registrations.schema.js';
import {
  DEFAULT_PRESSURE_SETTINGS,
  type PressureDefaults,
} from '../../shared/registrations/pressure.js';
import { DEFAULT_CODES, defaultCode, isLocalCode } from '../../shared/registrations/taxonomy.js';
import type { StaffType } from '../../shared/registrations/vocabulary.js';
import { audit, type Who } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import {
  ensureStadsdeel,
  findSettings,
  insertLocalCode,
  listCapacity,
  listCodeRows,
  listLocations,
  saveSettings,
  setCodeActive,
  updateLocation,
  upsertCapacity,
  upsertLocation,
  type LocationView,
} from './catalogue.repository.js';

/** Why these data are processed, for the audit log (doelbinding). */
export const REGISTRATION_PURPOSE = 'Registratie cliëntondersteuning en werkdruk';

// ---------------------------------------------------------------------------------------------
// Settings

export interface Settings extends PressureDefaults {
  isDefault: boolean;
}

export async function settingsOf(trx: Trx, tenantId: string): Promise<Settings> {
  const row = await findSettings(trx, tenantId);
  if (!row) return { ...DEFAULT_PRESSURE_SETTINGS, isDefault: true };
  return {
    weights: {
      professional: Number(row.weight_professional),
      stagiair: Number(row.weight_stagiair),
      vrijwilliger: Number(row.weight_vrijwilliger),
    },
    defaultRequestMinutes: row.default_request_minutes,
    editWindowHours: row.edit_window_hours,
    isDefault: false,
  };
}

export function presentSettings(s: Settings): PressureSettings {
  return {
    gewichten: { ...s.weights },
    standaardMinutenPerAanvraag: s.defaultRequestMinutes,
    bewerkTermijnUren: s.editWindowHours,
    standaard: s.isDefault,
  };
}

export async function changeSettings(
  trx: Trx,
  who: Who,
  input: {
    gewichten: Record<StaffType, number>;
    standaardMinutenPerAanvraag: number;
    bewerkTermijnUren: number;
  },
): Promise<PressureSettings> {
  await saveSettings(trx, {
    tenantId: who.tenantId,
    weights: input.gewichten,
    defaultRequestMinutes: input.standaardMinutenPerAanvraag,
    editWindowHours: input.bewerkTermijnUren,
    updatedBy: who.accountId,
  });
  await audit(trx, who, {
    action: 'werkdruk.ingesteld',
    purpose: REGISTRATION_PURPOSE,
    details: { ...input },
  });
  return presentSettings(await settingsOf(trx, who.tenantId));
}

// ---------------------------------------------------------------------------------------------
// Codes

export async function codesOf(trx: Trx, tenantId: string): Promise<RegistrationCode[]> {
  const rows = await listCodeRows(trx, tenantId);
  const stored = new Map(rows.map((r) => [r.code, r]));
  const defaults = DEFAULT_CODES.map((c) => ({
    soort: c.soort,
    code: c.code,
    naam: c.naam,
    definitie: c.definitie,
    standaard: true,
    actief: stored.get(c.code)?.active ?? true,
    verwijzing: c.verwijzing ?? null,
  }));
  const locals = rows
    .filter((r) => isLocalCode(r.code))
    .map((r) => ({
      soort: r.kind,
      code: r.code,
      naam: r.name ?? r.code,
      definitie: r.definition ?? '',
      standaard: false,
      actief: r.active,
      verwijzing: null,
    }));
  return [...defaults, ...locals];
}

export function splitCodes(codes: readonly RegistrationCode[]): RegistrationCodeList {
  return {
    taken: codes.filter((c) => c.soort === 'taak'),
    resultaten: codes.filter((c) => c.soort === 'resultaat'),
  };
}

export async function addLocalCode(
  trx: Trx,
  who: Who,
  input: NewRegistrationCode,
): Promise<RegistrationCode> {
  if (defaultCode(input.code)) {
    throw problems.invalidField('code', 'Deze code is een standaardcode.');
  }
  const added = await insertLocalCode(trx, {
    tenantId: who.tenantId,
    code: input.code,
    kind: input.soort,
    name: input.naam,
    definition: input.definitie,
    createdBy: who.accountId,
  });
  if (!added) {
    throw problems.conflict(
      `De code ${input.code} bestaat al. De betekenis van een code verandert niet; kies een nieuwe code.`,
    );
  }
  await audit(trx, who, {
    action: 'registratiecodes.gewijzigd',
    purpose: REGISTRATION_PURPOSE,
    objectType: 'registratiecode',
    objectId: input.code,
    details: { toegevoegd: input.code, soort: input.soort },
  });
  const codes = await codesOf(trx, who.tenantId);
  return codes.find((c) => c.code === input.code)!;
}

export async function switchCode(
  trx: Trx,
  who: Who,
  code: string,
  active: boolean,
): Promise<RegistrationCode> {
  const wanted = code.trim().toUpperCase();
  const codes = await codesOf(trx, who.tenantId);
  const found = codes.find((c) => c.code === wanted);
  if (!found) throw problems.notFound(`De code ${wanted} bestaat niet.`);
  await setCodeActive(trx, {
    tenantId: who.tenantId,
    code: found.code,
    kind: found.soort,
    active,
    by: who.accountId,
  });
  await audit(trx, who, {
    action: 'registratiecodes.gewijzigd',
    purpose: REGISTRATION_PURPOSE,
    objectType: 'registratiecode',
    objectId: found.code,
    details: { actief: active },
  });
  return { ...found, actief: active };
}

// ---------------------------------------------------------------------------------------------
// Locations

export function presentLocation(l: LocationView): Location {
  return { id: l.id, code: l.code, naam: l.name, stadsdeel: l.stadsdeel, actief: l.active };
}

export async function locationsOf(trx: Trx, tenantId: string): Promise<LocationList> {
  const rows = await listLocations(trx, tenantId);
  const stadsdelen = [...new Set(rows.map((r) => r.stadsdeel))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  return { stadsdelen, locaties: rows.map(presentLocation) };
}

/** Location by code (any capitals), or a 400 naming the field. */
export function locationByCode(
  locations: readonly LocationView[],
  code: string,
  field = 'locatie',
): LocationView {
  const found = locations.find((l) => l.code.toUpperCase() === code.trim().toUpperCase());
  if (!found) throw problems.invalidField(field, `Locatie ${code} bestaat niet.`);
  return found;
}

export async function addLocation(trx: Trx, who: Who, input: NewLocation): Promise<Location> {
  const existing = await listLocations(trx, who.tenantId);
  if (existing.some((l) => l.code.toUpperCase() === input.code.toUpperCase())) {
    throw problems.conflict(`Er is al een locatie met code ${input.code}.`);
  }
  const stadsdeelId = await ensureStadsdeel(trx, who.tenantId, input.stadsdeel);
  const { id } = await upsertLocation(trx, {
    tenantId: who.tenantId,
    stadsdeelId,
    code: input.code,
    name: input.naam,
  });
  await audit(trx, who, {
    action: 'locaties.gewijzigd',
    purpose: REGISTRATION_PURPOSE,
    objectType: 'locatie',
    objectId: id,
    details: { code: input.code, toegevoegd: true },
  });
  const rows = await listLocations(trx, who.tenantId);
  return presentLocation(rows.find((l) => l.id === id)!);
}

export async function changeLocation(
  trx: Trx,
  who: Who,
  id: string,
  patch: {
    stadsdeel?: string | undefined;
    naam?: string | undefined;
    actief?: boolean | undefined;
  },
): Promise<Location> {
  const rows = await listLocations(trx, who.tenantId);
  if (!rows.some((l) => l.id === id)) throw problems.notFound('Deze locatie bestaat niet.');
  const set: { name?: string; stadsdeel_id?: string; active?: boolean } = {};
  if (patch.naam !== undefined) set.name = patch.naam;
  if (patch.actief !== undefined) set.active = patch.actief;
  if (patch.stadsdeel !== undefined) {
    set.stadsdeel_id = await ensureStadsdeel(trx, who.tenantId, patch.stadsdeel);
  }
  await updateLocation(trx, who.tenantId, id, set);
  await audit(trx, who, {
    action: 'locaties.gewijzigd',
    purpose: REGISTRATION_PURPOSE,
    objectType: 'locatie',
    objectId: id,
    details: { ...patch },
  });
  const after = await listLocations(trx, who.tenantId);
  return presentLocation(after.find((l) => l.id === id)!);
}

// ---------------------------------------------------------------------------------------------
// Capacity

export async function capacityOf(
  trx: Trx,
  tenantId: string,
  filter: { van?: string | undefined; tot?: string | undefined; locatie?: string | undefined },
): Promise<CapacityEntry[]> {
  const locations = await listLocations(trx, tenantId);
  const byId = new Map(locations.map((l) => [l.id, l.code]));
  const only = filter.locatie ? [locationByCode(locations, filter.locatie).id] : undefined;
  const rows = await listCapacity(trx, tenantId, {
    ...(filter.van ? { fromWeek: filter.van } : {}),
    ...(filter.tot ? { toWeek: filter.tot } : {}),
    ...(only ? { locationIds: only } : {}),
  });
  return rows.map((r) => ({
    locatie: byId.get(r.location_id) ?? '',
    week: r.week,
    soort: r.staff_type,
    uren: Number(r.hours),
  }));
}

export async function saveCapacity(
  trx: Trx,
  who: Who,
  entries: readonly CapacityEntry[],
): Promise<number> {
  const locations = await listLocations(trx, who.tenantId);
  const rows = entries.map((e, i) => ({
    tenant_id: who.tenantId,
    location_id: locationByCode(locations, e.locatie, `regels.${i}.locatie`).id,
    week: e.week,
    staff_type: e.soort,
    hours: e.uren,
  }));
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const key = `${r.location_id} ${r.week} ${r.staff_type}`;
    if (seen.has(key)) {
      throw problems.invalidField(
        `regels.${i}`,
        'Deze locatie, week en soort staan twee keer in de lijst.',
      );
    }
    seen.add(key);
  }
  await upsertCapacity(trx, rows);
  await audit(trx, who, {
    action: 'capaciteit.gewijzigd',
    purpose: REGISTRATION_PURPOSE,
    details: { regels: rows.length },
  });
  return rows.length;
}
