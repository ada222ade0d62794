import { z } from 'zod';
import type { LetterSettingsBody, PurgeResult } from '../../../shared/api/invitations.schema.js';
import { audit, type Who } from '../../audit/audit.service.js';
import { inTenant, type DatabaseHandle, type Trx } from '../../db/database.js';
import type { LetterKind } from '../../documents/letter-text.js';
import type { LetterBatch, LetterRecipient, Logo } from '../../documents/letters.js';
import { HttpProblem, problems } from '../../http/problem.js';
import { deleteJobsAbout } from '../../jobs/job.service.js';
import { findTenant } from '../../tenants/tenant.repository.js';
import { SURVEY_PURPOSE, surveyOrFail } from '../survey.service.js';
import type { SurveyRow } from '../survey.table.js';
import {
  deletePersonalData,
  findLetterSettings,
  listGemeenteLogos,
  listLetterRows,
  listRoundsDueForPurge,
  markLettersPrinted,
  updateLetterSettings,
  type LetterRow,
  type LetterSelection,
} from './invitation.repository.js';

const DAY_MS = 86_400_000;
/** A reminder gives at least this many days to answer. */
const REMINDER_MIN_DAYS = 7;
const REMINDER_DAYS = 14;

/** Where residents answer: MEETWERK_PUBLIC_URL (empty means not set) or the local default. */
export function publicUrl(): string {
  return (process.env.MEETWERK_PUBLIC_URL || 'http://localhost:8080').replace(/\/+$/, '');
}

/** A day as yyyy-mm-dd in the Netherlands: just after midnight the UTC date is yesterday's. */
export function dutchDay(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(date);
}

function assertPersonalDataPresent(survey: SurveyRow): void {
  if (survey.personal_data_deleted_at) {
    throw problems.conflict(
      'De namen, adressen en codes van dit onderzoek zijn verwijderd (bewaartermijn). Er kunnen geen brieven of adresbestanden meer worden gemaakt.',
    );
  }
}

/** A letter needs a full address; a register row without one cannot get a letter. */
export type Invitee = LetterRecipient & { clientNumber: string };

function toRecipient(row: LetterRow): Invitee | null {
  if (!row.name || !row.address || !row.postcode || !row.city || !row.code) return null;
  return {
    clientNumber: row.clientNumber,
    name: row.name,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    code: row.code,
    gemeente: { id: row.gemeenteId, name: row.gemeenteName, cbsCode: row.gemeenteCode ?? '' },
  };
}

/** The date letters ask to answer by: as given, as saved with the round, or a default. */
function chooseAnswerDate(
  kind: LetterKind,
  given: string | undefined,
  stored: string | null,
  reminderAfterDays: number,
): string {
  const today = dutchDay(new Date());
  if (given !== undefined) {
    if (given <= today) {
      throw problems.invalidField('antwoordVoor', 'Kies een datum na vandaag.', 'too_small');
    }
    return given;
  }
  const inDays = (days: number) => dutchDay(new Date(Date.now() + days * DAY_MS));
  if (kind === 'uitnodiging') {
    // Room for the reminder and two weeks after it; saved, so later letters say the same.
    return stored ?? inDays(reminderAfterDays + 14);
  }
  // A reminder always leaves at least a week to answer.
  return stored !== null && stored >= inDays(REMINDER_MIN_DAYS) ? stored : inDays(REMINDER_DAYS);
}

async function letterSettings(
  trx: Trx,
  who: Who,
  survey: SurveyRow,
  kind: LetterKind,
  settings: LetterSettingsBody,
): Promise<{ date: string; phone: string }> {
  const stored = await findLetterSettings(trx, who.tenantId, survey.id);
  const phone = settings.telefoon ?? stored.helpPhone;
  // The letter tells residents how to get a paper form or help: without a number it cannot.
  if (!phone?.trim()) {
    throw problems.invalidField(
      'telefoon',
      'Vul het telefoonnummer in waarop inwoners hulp of een papieren vragenlijst kunnen vragen. Het staat in de brief en wordt bewaard voor de volgende brieven.',
      'required',
    );
  }
  const date = chooseAnswerDate(
    kind,
    settings.antwoordVoor,
    stored.answerBefore,
    survey.reminder_after_days,
  );
  await updateLetterSettings(trx, who.tenantId, survey.id, {
    ...(settings.telefoon !== undefined ? { help_phone: settings.telefoon } : {}),
    ...(kind === 'uitnodiging' && date !== stored.answerBefore ? { answer_before: date } : {}),
  });
  return { date, phone };
}

async function logosOf(trx: Trx, rows: LetterRecipient[]): Promise<Map<string, Logo>> {
  const ids = [...new Set(rows.map((r) => r.gemeente.id))];
  const logos = await listGemeenteLogos(trx, ids);
  return new Map(logos.map((l) => [l.id, { data: l.logo, mime: l.mime }]));
}

/** Not a failure for a scheduled job: there is simply nothing to print today. */
export class NothingToPrint extends HttpProblem {
  constructor(kind: LetterKind, withoutAddress: number) {
    const missing =
      withoutAddress > 0 ? ` ${withoutAddress} uitgenodigde(n) hebben geen volledig adres.` : '';
    super(
      409,
      'Conflict',
      kind === 'uitnodiging'
        ? `Er zijn geen nieuwe brieven te maken: iedereen heeft al een brief of heeft al geantwoord.${missing}`
        : `Er zijn nu geen herinneringen nodig.${missing}`,
    );
  }
}

export interface PreparedLetters {
  recipients: Invitee[];
  batch: LetterBatch;
  /** Invitees left out because the register has no full address for them. */
  withoutAddress: number;
  /** The invitations these letters are for: marked printed once the PDF is complete. */
  printed: string[];
}

export const LETTER_JOB = 'brieven';

/** One batch of letters at a time per round: two at once would print the same people twice. */
export function letterJobKey(surveyId: string): string {
  return `enquete:${surveyId}`;
}

/** What a batch of letters is, fixed when it is asked for; the letter job makes it. */
export const letterJobParamsSchema = z.object({
  surveyId: z.uuid(),
  kind: z.enum(['uitnodiging', 'herinnering']),
  again: z.boolean(),
  answerBefore: z.iso.date(),
  helpPhone: z.string(),
  /** Who asked for the letters: the audit log names them when the batch is made. */
  startedBy: z.string(),
});
export type LetterJobParams = z.infer<typeof letterJobParamsSchema>;

async function letterRows(trx: Trx, who: Who, surveyId: string, kind: LetterKind, again: boolean) {
  const survey = await surveyOrFail(trx, who, surveyId);
  assertPersonalDataPresent(survey);
  const selection: LetterSelection =
    kind === 'uitnodiging'
      ? { kind, again }
      : { kind, afterDays: survey.reminder_after_days, again };
  const rows = await listLetterRows(trx, who.tenantId, surveyId, selection);
  const recipients: Invitee[] = [];
  const printed: string[] = [];
  for (const row of rows) {
    const recipient = toRecipient(row);
    if (recipient === null) continue;
    recipients.push(recipient);
    printed.push(row.invitationId);
  }
  if (recipients.length === 0) throw new NothingToPrint(kind, rows.length);
  return { survey, recipients, printed, withoutAddress: rows.length - recipients.length };
}

/**
 * Checks a request for letters and saves the phone number and answer date with the round, in
 * the request: whatever is wrong (no phone number, a past date, nobody to write to) is said at
 * once, and the letter job gets settings that are complete.
 */
export async function checkLetters(
  trx: Trx,
  who: Who,
  surveyId: string,
  kind: LetterKind,
  options: { again: boolean; settings: LetterSettingsBody },
): Promise<LetterJobParams> {
  const { survey } = await letterRows(trx, who, surveyId, kind, options.again);
  const { date, phone } = await letterSettings(trx, who, survey, kind, options.settings);
  return {
    surveyId,
    kind,
    again: options.again,
    answerBefore: date,
    helpPhone: phone,
    startedBy: who.name,
  };
}

/**
 * Everything for one batch of letters, read in one short transaction; the PDF is written after
 * it, so a long PDF never holds the database (PGlite has one connection). Nothing is marked
 * here: `recordLetters` marks the letters printed once the whole PDF is made.
 */
export async function prepareLetters(
  trx: Trx,
  who: Who,
  params: LetterJobParams,
  options: { compress?: boolean } = {},
): Promise<PreparedLetters> {
  const { recipients, printed, withoutAddress } = await letterRows(
    trx,
    who,
    params.surveyId,
    params.kind,
    params.again,
  );
  const tenant = await findTenant(trx, who.tenantId);
  const batch: LetterBatch = {
    kind: params.kind,
    publicUrl: publicUrl(),
    date: new Date(),
    answerBefore: params.answerBefore,
    helpPhone: params.helpPhone,
    executedBy: tenant && tenant.kind !== 'gemeente' ? tenant.name : null,
    logos: await logosOf(trx, recipients),
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  };
  return { recipients, batch, withoutAddress, printed };
}

/** Marks a made batch printed and logs it (counts only): after this, a batch holds only new people. */
export async function recordLetters(
  trx: Trx,
  who: Who,
  params: LetterJobParams,
  prepared: PreparedLetters,
): Promise<void> {
  await markLettersPrinted(
    trx,
    who.tenantId,
    prepared.printed,
    params.kind === 'uitnodiging' ? 'letter_at' : 'reminded_at',
  );
  await audit(trx, who, {
    action: params.kind === 'uitnodiging' ? 'brieven.gemaakt' : 'herinneringen.gemaakt',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: params.surveyId,
    details: {
      soort: 'pdf',
      brieven: prepared.recipients.length,
      zonderAdres: prepared.withoutAddress,
      opnieuw: params.again,
    },
  });
}

/**
 * The lines of a mailing file for a printing house: the invitees who still need an invitation
 * letter (all who have not answered), or those due a reminder. Reading only: a printing house
 * may be sent the file more than once; reminders count from the invitation.
 */
export async function prepareMailing(
  trx: Trx,
  who: Who,
  surveyId: string,
  kind: LetterKind,
): Promise<Invitee[]> {
  const survey = await surveyOrFail(trx, who, surveyId);
  assertPersonalDataPresent(survey);
  const selection: LetterSelection =
    kind === 'uitnodiging'
      ? { kind, again: true }
      : { kind, afterDays: survey.reminder_after_days, again: true };
  const rows = await listLetterRows(trx, who.tenantId, surveyId, selection);
  const recipients = rows.map(toRecipient).filter((r) => r !== null);
  await audit(trx, who, {
    action: 'brieven.gemaakt',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: surveyId,
    details: { soort: 'adresbestand', brief: kind, regels: recipients.length },
  });
  return recipients;
}

/** Deletes names, addresses and plain codes of a round now (on request or when due). */
export async function purgePersonalData(
  trx: Trx,
  who: Who,
  surveyId: string,
  reason: 'verzoek' | 'bewaartermijn' = 'verzoek',
): Promise<PurgeResult> {
  const survey = await surveyOrFail(trx, who, surveyId);
  if (survey.personal_data_deleted_at) {
    return { verwijderdOp: survey.personal_data_deleted_at.toISOString(), clienten: 0, codes: 0 };
  }
  const deleted = await deletePersonalData(trx, who.tenantId, surveyId);
  // The PDFs of letters made earlier hold the same names, addresses and codes.
  await deleteJobsAbout(trx, who, LETTER_JOB, letterJobKey(surveyId));
  await audit(trx, who, {
    action: 'persoonsgegevens.verwijderd',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: surveyId,
    details: { reden: reason, clienten: deleted.clients, codes: deleted.codes },
  });
  return {
    verwijderdOp: deleted.at.toISOString(),
    clienten: deleted.clients,
    codes: deleted.codes,
  };
}

/** The actor the audit log names for the daily retention job. */
export const RETENTION_ACTOR = 'Meetwerk (bewaartermijn)';

/**
 * The daily retention job: every round of every tenant whose retention period has passed
 * loses its names, addresses and plain codes, each in its own tenant's scope.
 */
export async function purgeDueRounds(database: DatabaseHandle): Promise<number> {
  const due = await database.asOwner((owner) => listRoundsDueForPurge(owner));
  for (const { tenantId, surveyId } of due) {
    const who = { tenantId, accountId: null, name: RETENTION_ACTOR };
    await inTenant(database.db, who, (trx) =>
      purgePersonalData(trx, who, surveyId, 'bewaartermijn'),
    );
  }
  return due.length;
}
