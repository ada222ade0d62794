import type {
  NewRegistration,
  Registration,
  RegistrationForm,
  RegistrationPatch,
} from '../../shared/api/registrations.schema.js';
import { addDays, todayInAmsterdam } from '../../shared/registrations/iso-week.js';
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  CHANNEL_LABELS,
  CHANNELS,
  type CodeKind,
} from '../../shared/registrations/vocabulary.js';
import { audit, type Who } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import {
  codesOf,
  locationByCode,
  presentLocation,
  REGISTRATION_PURPOSE,
  settingsOf,
} from './catalogue.service.js';
import { listLocations } from './catalogue.repository.js';
import {
  applyToPeriodTotals,
  deleteRegistration,
  findPreference,
  findRegistration,
  insertRegistration,
  listOwnRegistrations,
  savePreference,
  updateRegistration,
} from './registration.repository.js';
import type { RegistrationRow } from './registration.table.js';

const HOUR_MS = 3_600_000;

/** How far back a contact may be dated when entered by hand. */
export const MAX_DAYS_BACK = 366;

function presentRegistration(
  row: RegistrationRow,
  locationCode: string,
  editWindowHours: number,
  now: Date,
): Registration {
  const until = new Date(row.created_at.getTime() + editWindowHours * HOUR_MS);
  return {
    id: row.id,
    datum: row.contact_date,
    locatie: locationCode,
    kanaal: row.channel as Registration['kanaal'],
    taken: row.tasks,
    minuten: row.minutes,
    resultaat: row.result,
    leeftijdsgroep: row.age_group as Registration['leeftijdsgroep'],
    nietDigitaalVaardig: row.not_digital,
    taalbarriere: row.language_barrier,
    clientReferentie: row.client_reference,
    geregistreerdOp: row.created_at.toISOString(),
    bewerkbaarTot: until.toISOString(),
    bewerkbaar: now.getTime() <= until.getTime(),
  };
}

/** The codes in force of one kind; `keep` may stay although inactive (an edit keeps old codes). */
async function checkCodes(
  trx: Trx,
  tenantId: string,
  kind: CodeKind,
  wanted: readonly string[],
  field: string,
  keep: readonly string[] = [],
): Promise<void> {
  const codes = (await codesOf(trx, tenantId)).filter((c) => c.soort === kind);
  for (const code of wanted) {
    const found = codes.find((c) => c.code === code);
    const what = kind === 'taak' ? 'taak' : 'resultaat';
    if (!found) throw problems.invalidField(field, `De ${what} ${code} bestaat niet.`);
    if (!found.actief && !keep.includes(code)) {
      throw problems.invalidField(
        field,
        `De ${what} ${code} (${found.naam}) wordt niet meer gebruikt.`,
      );
    }
  }
  if (new Set(wanted).size !== wanted.length) {
    throw problems.invalidField(field, 'Elke taak hoort maar één keer in een registratie.');
  }
}

function checkDate(date: string, today: string, field = 'datum'): void {
  if (date > today)
    throw problems.invalidField(field, 'Een contact kan niet in de toekomst liggen.');
  if (date < addDays(today, -MAX_DAYS_BACK)) {
    throw problems.invalidField(field, 'Een contact kan hoogstens een jaar geleden zijn.');
  }
}

/** A case number, never a BSN: nine digits in a row are refused. */
function checkClientReference(reference: string | null | undefined): string | null {
  if (reference === undefined || reference === null || reference === '') return null;
  if (/\d{9}/.test(reference.replace(/[\s.-]/g, ''))) {
    throw problems.invalidField(
      'clientReferentie',
      'Vul hier geen BSN in. Gebruik het dossiernummer uit uw eigen systeem, of laat het veld leeg.',
    );
  }
  return reference;
}

export async function registrationForm(trx: Trx, actor: Actor): Promise<RegistrationForm> {
  const [codes, locations, preference, settings] = await Promise.all([
    codesOf(trx, actor.tenantId),
    listLocations(trx, actor.tenantId),
    findPreference(trx, actor.tenantId, actor.accountId),
    settingsOf(trx, actor.tenantId),
  ]);
  const active = codes.filter((c) => c.actief);
  return {
    taken: active.filter((c) => c.soort === 'taak'),
    resultaten: active.filter((c) => c.soort === 'resultaat'),
    locaties: locations.filter((l) => l.active).map(presentLocation),
    laatsteLocatie: preference?.active ? preference.code : null,
    kanalen: CHANNELS.map((code) => ({ code, naam: CHANNEL_LABELS[code] })),
    leeftijdsgroepen: AGE_GROUPS.map((code) => ({ code, naam: AGE_GROUP_LABELS[code] })),
    bewerkTermijnUren: settings.editWindowHours,
    vandaag: todayInAmsterdam(),
  };
}

export async function createRegistration(
  trx: Trx,
  actor: Actor,
  input: NewRegistration,
): Promise<Registration> {
  const today = todayInAmsterdam();
  const date = input.datum ?? today;
  checkDate(date, today);
  const locations = await listLocations(trx, actor.tenantId);
  const location = locationByCode(locations, input.locatie);
  if (!location.active) {
    throw problems.invalidField('locatie', `Locatie ${location.code} is gesloten.`);
  }
  await checkCodes(trx, actor.tenantId, 'taak', input.taken, 'taken');
  await checkCodes(trx, actor.tenantId, 'resultaat', [input.resultaat], 'resultaat');
  const row = await insertRegistration(trx, {
    tenant_id: actor.tenantId,
    location_id: location.id,
    contact_date: date,
    channel: input.kanaal,
    tasks: input.taken,
    minutes: input.minuten,
    result: input.resultaat,
    age_group: input.leeftijdsgroep ?? 'onbekend',
    not_digital: input.nietDigitaalVaardig ?? false,
    language_barrier: input.taalbarriere ?? false,
    client_reference: checkClientReference(input.clientReferentie),
    created_by: actor.accountId,
  });
  await applyToPeriodTotals(trx, actor.tenantId, { ids: [row.id] }, 1);
  await savePreference(trx, actor.tenantId, actor.accountId, location.id);
  const settings = await settingsOf(trx, actor.tenantId);
  return presentRegistration(row, location.code, settings.editWindowHours, new Date());
}

/** One's own registration within the edit window, or the reason why not (Dutch). */
async function ownEditable(trx: Trx, actor: Actor, id: string): Promise<RegistrationRow> {
  const row = await findRegistration(trx, actor.tenantId, id);
  // Someone else's registration does not exist for this professional.
  if (!row || row.created_by !== actor.accountId) {
    throw problems.notFound('Deze registratie bestaat niet, of u hebt haar niet zelf ingevoerd.');
  }
  const { editWindowHours } = await settingsOf(trx, actor.tenantId);
  if (Date.now() - row.created_at.getTime() > editWindowHours * HOUR_MS) {
    throw problems.conflict(
      `Deze registratie is langer dan ${editWindowHours} uur geleden ingevoerd en kan niet meer worden gewijzigd of ongedaan gemaakt. Vraag uw beheerder als er iets niet klopt.`,
    );
  }
  return row;
}

export async function changeRegistration(
  trx: Trx,
  actor: Actor,
  id: string,
  patch: RegistrationPatch,
): Promise<Registration> {
  const row = await ownEditable(trx, actor, id);
  const locations = await listLocations(trx, actor.tenantId);
  const set: Parameters<typeof updateRegistration>[3] = {};
  if (patch.datum !== undefined) {
    checkDate(patch.datum, todayInAmsterdam());
    set.contact_date = patch.datum;
  }
  if (patch.locatie !== undefined) {
    const location = locationByCode(locations, patch.locatie);
    if (!location.active && location.id !== row.location_id) {
      throw problems.invalidField('locatie', `Locatie ${location.code} is gesloten.`);
    }
    set.location_id = location.id;
  }
  if (patch.taken !== undefined) {
    await checkCodes(trx, actor.tenantId, 'taak', patch.taken, 'taken', row.tasks);
    set.tasks = patch.taken;
  }
  if (patch.resultaat !== undefined) {
    await checkCodes(trx, actor.tenantId, 'resultaat', [patch.resultaat], 'resultaat', [
      row.result,
    ]);
    set.result = patch.resultaat;
  }
  if (patch.kanaal !== undefined) set.channel = patch.kanaal;
  if (patch.minuten !== undefined) set.minutes = patch.minuten;
  if (patch.leeftijdsgroep !== undefined) set.age_group = patch.leeftijdsgroep;
  if (patch.nietDigitaalVaardig !== undefined) set.not_digital = patch.nietDigitaalVaardig;
  if (patch.taalbarriere !== undefined) set.language_barrier = patch.taalbarriere;
  if (patch.clientReferentie !== undefined) {
    set.client_reference = checkClientReference(patch.clientReferentie);
  }
  await applyToPeriodTotals(trx, actor.tenantId, { ids: [id] }, -1);
  const updated = await updateRegistration(trx, actor.tenantId, id, set);
  await applyToPeriodTotals(trx, actor.tenantId, { ids: [id] }, 1);
  const settings = await settingsOf(trx, actor.tenantId);
  const code = locations.find((l) => l.id === updated.location_id)?.code ?? '';
  return presentRegistration(updated, code, settings.editWindowHours, new Date());
}

export async function undoRegistration(trx: Trx, actor: Actor, id: string): Promise<void> {
  await ownEditable(trx, actor, id);
  await applyToPeriodTotals(trx, actor.tenantId, { ids: [id] }, -1);
  await deleteRegistration(trx, actor.tenantId, id);
}

export async function ownRegistrations(
  trx: Trx,
  actor: Actor,
  filter: { van?: string | undefined; tot?: string | undefined; aantal: number },
): Promise<{ registraties: Registration[]; totaal: number }> {
  const [{ rows, total }, locations, settings] = await Promise.all([
    listOwnRegistrations(trx, actor.tenantId, actor.accountId, {
      from: filter.van,
      to: filter.tot,
      limit: filter.aantal,
    }),
    listLocations(trx, actor.tenantId),
    settingsOf(trx, actor.tenantId),
  ]);
  const codeOf = new Map(locations.map((l) => [l.id, l.code]));
  const now = new Date();
  const withReference = rows.filter((r) => r.client_reference !== null);
  if (withReference.length > 0) {
    // A client reference links a contact to a person: reading it is logged.
    const who: Who = actor;
    await audit(trx, who, {
      action: 'registraties.gelezen',
      purpose: REGISTRATION_PURPOSE,
      objectType: 'registratie',
      details: { metClientReferentie: withReference.length },
    });
  }
  return {
    registraties: rows.map((r) =>
      presentRegistration(r, codeOf.get(r.location_id) ?? '', settings.editWindowHours, now),
    ),
    totaal: total,
  };
}
