import { randomUUID } from 'node:crypto';
import type {
  ImportKind,
  RegistrationImportResult,
} from '../../shared/api/registrations.schema.js';
import { todayInAmsterdam } from '../../shared/registrations/iso-week.js';
import { audit, type Who } from '../audit/audit.service.js';
import type { AuditAction } from '../../shared/api/audit.schema.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { rejectionsToCsv, type Rejection } from '../imports/rejections.js';
import type { Tabular } from '../imports/tabular.js';
import { codesOf, REGISTRATION_PURPOSE } from './catalogue.service.js';
import {
  checkCapacityRows,
  checkLocationRows,
  checkRegistrationRows,
  ColumnsMissing,
  type RowCheck,
} from './import-rows.js';
import {
  ensureStadsdeel,
  listLocations,
  upsertCapacity,
  upsertLocation,
} from './catalogue.repository.js';
import { findImport, insertImport, listImports } from './import.repository.js';
import { applyToPeriodTotals, insertRegistrationsBulk } from './registration.repository.js';

/** The API answer lists this many rejections; the CSV download has all stored ones. */
export const REJECTIONS_IN_RESPONSE = 1000;
/** At most this many rejections are stored with an import; the counts stay exact. */
export const REJECTIONS_STORED = 100_000;

export interface ImportOutcome {
  importId: string;
  kind: ImportKind;
  accepted: number;
  rejectedRows: number;
  rejections: Rejection[];
  rejectionCount: number;
}

export interface ImportInput {
  fileName: string;
  table: Tabular;
}

function checked<T>(run: () => RowCheck<T>): RowCheck<T> {
  try {
    return run();
  } catch (error) {
    if (error instanceof ColumnsMissing) throw problems.invalidField('kolommen', error.message);
    throw error;
  }
}

function kept(rejections: Rejection[]): Rejection[] {
  if (rejections.length <= REJECTIONS_STORED) return rejections;
  return [
    ...rejections.slice(0, REJECTIONS_STORED),
    {
      rij: 0,
      veld: '',
      reden: `Er zijn ${rejections.length} afwijzingen; alleen de eerste ${REJECTIONS_STORED} staan in deze lijst.`,
    },
  ];
}

const ACTIONS: Record<ImportKind, AuditAction> = {
  locaties: 'locaties.geimporteerd',
  registraties: 'registraties.geimporteerd',
  capaciteit: 'capaciteit.geimporteerd',
};

async function finish<T>(
  trx: Trx,
  who: Who,
  kind: ImportKind,
  importId: string,
  fileName: string,
  check: RowCheck<T>,
): Promise<ImportOutcome> {
  const rejections = kept(check.rejections);
  await insertImport(trx, {
    tenantId: who.tenantId,
    id: importId,
    kind,
    fileName,
    accepted: check.valid.length,
    rejected: check.rejectedRows,
    rejections,
    createdBy: who.accountId,
  });
  await audit(trx, who, {
    action: ACTIONS[kind],
    purpose: REGISTRATION_PURPOSE,
    objectType: 'registratiebestand',
    objectId: importId,
    details: { bestand: fileName, aanvaard: check.valid.length, afgewezen: check.rejectedRows },
  });
  return {
    importId,
    kind,
    accepted: check.valid.length,
    rejectedRows: check.rejectedRows,
    rejections,
    rejectionCount: check.rejections.length,
  };
}

async function locationMap(trx: Trx, tenantId: string): Promise<Map<string, string>> {
  const locations = await listLocations(trx, tenantId);
  return new Map(locations.map((l) => [l.code.toUpperCase(), l.id]));
}

/** stadsdeel,code,naam: new codes are added, known codes get the new name and stadsdeel. */
export async function importLocations(trx: Trx, who: Who, input: ImportInput) {
  const check = checked(() => checkLocationRows(input.table));
  const stadsdelen = new Map<string, string>();
  for (const row of check.valid) {
    const key = row.stadsdeel.toLowerCase();
    let stadsdeelId = stadsdelen.get(key);
    if (!stadsdeelId) {
      stadsdeelId = await ensureStadsdeel(trx, who.tenantId, row.stadsdeel);
      stadsdelen.set(key, stadsdeelId);
    }
    await upsertLocation(trx, {
      tenantId: who.tenantId,
      stadsdeelId,
      code: row.code,
      name: row.naam,
    });
  }
  return finish(trx, who, 'locaties', randomUUID(), input.fileName, check);
}

/** datum,locatie,kanaal,taak,minuten,resultaat,leeftijdsgroep,digitaal_vaardig,taalbarriere */
export async function importRegistrations(trx: Trx, who: Who, input: ImportInput) {
  const codes = await codesOf(trx, who.tenantId);
  const locations = await locationMap(trx, who.tenantId);
  // Imports bring history from other systems: codes switched off since then are still known.
  const check = checked(() =>
    checkRegistrationRows(input.table, {
      locations,
      taskCodes: new Set(codes.filter((c) => c.soort === 'taak').map((c) => c.code)),
      resultCodes: new Set(codes.filter((c) => c.soort === 'resultaat').map((c) => c.code)),
      today: todayInAmsterdam(),
    }),
  );
  const importId = randomUUID();
  await insertRegistrationsBulk(trx, who.tenantId, importId, check.valid);
  await applyToPeriodTotals(trx, who.tenantId, { importId }, 1);
  return finish(trx, who, 'registraties', importId, input.fileName, check);
}

/** locatie,week,soort,uren: replaces the hours of each (locatie, week, soort) in the file. */
export async function importCapacity(trx: Trx, who: Who, input: ImportInput) {
  const locations = await locationMap(trx, who.tenantId);
  const check = checked(() => checkCapacityRows(input.table, locations));
  await upsertCapacity(
    trx,
    check.valid.map((r) => ({
      tenant_id: who.tenantId,
      location_id: r.locationId,
      week: r.week,
      staff_type: r.staffType,
      hours: r.hours,
    })),
  );
  return finish(trx, who, 'capaciteit', randomUUID(), input.fileName, check);
}

export function presentImport(outcome: ImportOutcome): RegistrationImportResult {
  return {
    importId: outcome.importId,
    soort: outcome.kind,
    aanvaard: outcome.accepted,
    afgewezen: outcome.rejectedRows,
    afwijzingen: outcome.rejections.slice(0, REJECTIONS_IN_RESPONSE),
    aantalAfwijzingen: outcome.rejectionCount,
  };
}

export async function importsOf(trx: Trx, tenantId: string) {
  const rows = await listImports(trx, tenantId);
  return rows.map((r) => ({
    id: r.id,
    soort: r.kind,
    bestandsnaam: r.file_name,
    aanvaard: r.accepted,
    afgewezen: r.rejected,
    ingelezenOp: r.created_at.toISOString(),
  }));
}

export async function rejectionsCsv(
  trx: Trx,
  tenantId: string,
  id: string,
): Promise<{ fileName: string; csv: string }> {
  const row = await findImport(trx, tenantId, id);
  if (!row) throw problems.notFound('Dit ingelezen bestand bestaat niet.');
  const base = row.file_name.replace(/\.[a-z0-9]+$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
  return {
    fileName: `${base || row.kind}-afgewezen.csv`,
    csv: rejectionsToCsv(row.rejections as Rejection[]),
  };
}
