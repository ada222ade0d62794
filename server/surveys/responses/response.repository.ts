import { sql } from 'kysely';
import type { Db, Trx } from '../../db/database.js';
import type { Answers } from './answers.js';
import type { Channel, DraftState } from './draft.js';

/**
 * The only place with SQL for responses, drafts and the fieldwork monitor. Every function takes
 * the tenant id and filters on it (wall one); row-level security is wall two.
 */

export interface InvitationRef {
  id: string;
  surveyId: string;
  gemeenteId: string;
  used: boolean;
  /** iWmo productcategorie of the invitee's voorziening: copied onto the response, nothing more. */
  productCategory: string | null;
}

/** The invitation with this code hash, locked when the caller is about to use it. */
export async function findInvitation(
  trx: Trx,
  tenantId: string,
  codeHash: string,
  lock = false,
): Promise<InvitationRef | undefined> {
  let query = trx
    .selectFrom('invitations as i')
    .leftJoin('clients as c', (join) =>
      join.onRef('c.tenant_id', '=', 'i.tenant_id').onRef('c.id', '=', 'i.client_id'),
    )
    .select([
      'i.id',
      'i.survey_id as surveyId',
      'i.gemeente_id as gemeenteId',
      'i.used',
      'c.product_category as productCategory',
    ])
    .where('i.tenant_id', '=', tenantId)
    .where('i.code_hash', '=', codeHash);
  if (lock) query = query.forUpdate('i');
  return query.executeTakeFirst();
}

/** An invitation with what answering needs to know about its round right now. */
export interface RespondentRow extends InvitationRef {
  surveyStatus: 'concept' | 'veldwerk' | 'gesloten';
  /** The round's latest questionnaire version; null when it has none yet. */
  version: number | null;
  /** The stored draft (unparsed), if any. */
  draft: unknown;
}

/**
 * The invitation with this code hash, locked unless only read, together with its survey's status, the survey's
 * latest questionnaire version and the draft: one statement for everything that can change
 * between two requests, so a closed round, a new version or a code used on paper is seen at once.
 */
export async function findRespondent(
  trx: Trx,
  tenantId: string,
  codeHash: string,
  lock = true,
): Promise<RespondentRow | undefined> {
  const query = trx
    .selectFrom('invitations as i')
    .innerJoin('surveys as s', (join) =>
      join.onRef('s.tenant_id', '=', 'i.tenant_id').onRef('s.id', '=', 'i.survey_id'),
    )
    .leftJoin('clients as c', (join) =>
      join.onRef('c.tenant_id', '=', 'i.tenant_id').onRef('c.id', '=', 'i.client_id'),
    )
    .select((eb) => [
      'i.id',
      'i.survey_id as surveyId',
      'i.gemeente_id as gemeenteId',
      'i.used',
      'c.product_category as productCategory',
      's.status as surveyStatus',
      eb
        .selectFrom('questionnaire_versions as q')
        .select((q) => q.fn.max('q.version').as('version'))
        .whereRef('q.tenant_id', '=', 'i.tenant_id')
        .whereRef('q.survey_id', '=', 'i.survey_id')
        .as('version'),
      eb
        .selectFrom('response_drafts as d')
        .select('d.answers')
        .whereRef('d.tenant_id', '=', 'i.tenant_id')
        .whereRef('d.invitation_id', '=', 'i.id')
        .as('draft'),
    ])
    .where('i.tenant_id', '=', tenantId)
    .where('i.code_hash', '=', codeHash);
  // Only a request that writes locks: a lock is itself a write (the row's header, the WAL), and a
  // page that is only shown needs none.
  return (lock ? query.forUpdate('i') : query).executeTakeFirst();
}

/** Why a respondent's write did not happen; 'gewijzigd': another save came in between. */
export type RespondentWriteRefusal = 'onbekend' | 'gebruikt' | 'gewijzigd';

/** A respondent's invitation as read by its code, with the tenant the code belongs to. */
export interface CodeRespondentRow extends RespondentRow {
  tenantId: string;
  /** The draft's revision; null when there is no draft yet. */
  revision: number | null;
}

/**
 * The invitation with this code hash, its round's status and latest version and the draft, in
 * one statement outside any transaction: `meetwerk_respondent` finds the code's tenant and sets
 * it for row-level security for this statement only. Undefined when no invitation has the code.
 */
export async function findRespondentByCode(
  db: Db,
  codeHash: string,
): Promise<CodeRespondentRow | undefined> {
  const { rows } = await sql<CodeRespondentRow>`
    select tenant_id as "tenantId", id, survey_id as "surveyId", gemeente_id as "gemeenteId",
           used, product_category as "productCategory", survey_status as "surveyStatus",
           version, draft, revision
      from meetwerk_respondent(${codeHash})`.execute(db);
  return rows[0];
}

/**
 * Saves a respondent's draft in one statement, unless the invitation was used or the draft
 * changed since `revision` was read (null: there was no draft).
 */
export async function saveRespondentDraft(
  db: Db,
  codeHash: string,
  invitationId: string,
  revision: number | null,
  state: DraftState,
): Promise<'bewaard' | RespondentWriteRefusal> {
  const { rows } = await sql<{ result: 'bewaard' | RespondentWriteRefusal }>`
    select meetwerk_save_respondent_draft(${codeHash}, ${invitationId}, ${revision},
                                          ${JSON.stringify(state)}::jsonb) as result`.execute(db);
  return rows[0]?.result ?? 'onbekend';
}

/**
 * A respondent's Versturen in one statement: the response stored as `storeResponseForInvitation`
 * does, unless the invitation was used or the draft changed since `revision` was read.
 */
export async function submitRespondent(
  db: Db,
  codeHash: string,
  response: NewResponse,
  invitationId: string,
  revision: number | null,
): Promise<'verstuurd' | RespondentWriteRefusal> {
  const { rows } = await sql<{ result: 'verstuurd' | RespondentWriteRefusal }>`
    select meetwerk_submit_respondent(${codeHash}, ${invitationId}, ${revision},
             ${response.surveyId}, ${response.gemeenteId}, ${response.questionnaireVersion},
             ${JSON.stringify(response.answers)}::jsonb, ${response.submittedOn}::date,
             ${response.productCategory}) as result`.execute(db);
  return rows[0]?.result ?? 'onbekend';
}

/** A survey's status and latest questionnaire version, in one statement. */
export async function findRoundHead(
  trx: Trx,
  tenantId: string,
  surveyId: string,
): Promise<{ status: 'concept' | 'veldwerk' | 'gesloten'; version: number | null } | undefined> {
  return trx
    .selectFrom('surveys as s')
    .select((eb) => [
      's.status',
      eb
        .selectFrom('questionnaire_versions as q')
        .select((q) => q.fn.max('q.version').as('version'))
        .whereRef('q.tenant_id', '=', 's.tenant_id')
        .whereRef('q.survey_id', '=', 's.id')
        .as('version'),
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', surveyId)
    .executeTakeFirst();
}

/** One version of a round's questionnaire (versions are never changed once written). */
export async function findQuestionnaireVersion(
  trx: Trx,
  tenantId: string,
  surveyId: string,
  version: number,
): Promise<unknown> {
  const row = await trx
    .selectFrom('questionnaire_versions')
    .select('definition')
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.definition;
}

export async function saveDraft(
  trx: Trx,
  tenantId: string,
  invitationId: string,
  state: DraftState,
): Promise<void> {
  const answers = JSON.stringify(state);
  await trx
    .insertInto('response_drafts')
    .values({ tenant_id: tenantId, invitation_id: invitationId, answers })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'invitation_id']).doUpdateSet({
        answers,
        updated_at: sql`now()`,
        revision: sql`response_drafts.revision + 1`,
      }),
    )
    .execute();
}

export interface NewResponse {
  tenantId: string;
  surveyId: string;
  gemeenteId: string;
  questionnaireVersion: number;
  channel: Channel;
  answers: Answers;
  /** A date only (yyyy-mm-dd, Dutch time): no time of day that could be matched to a visit. */
  submittedOn: string;
  /**
   * iWmo productcategorie of the invitee's voorziening, copied when stored (ADR 0008): a coarse
   * characteristic like the gemeente; null when the form came without a code.
   */
  productCategory: string | null;
}

/** The id is a random uuid made by the database: no sequence, nothing derived from the code. */
export async function insertResponses(trx: Trx, responses: NewResponse[]): Promise<void> {
  if (responses.length === 0) return;
  await trx
    .insertInto('responses')
    .values(
      responses.map((r) => ({
        tenant_id: r.tenantId,
        survey_id: r.surveyId,
        gemeente_id: r.gemeenteId,
        questionnaire_version: r.questionnaireVersion,
        channel: r.channel,
        answers: JSON.stringify(r.answers),
        submitted_on: r.submittedOn,
        product_category: r.productCategory,
      })),
    )
    .execute();
}

/**
 * Stores one response for an invitation, in the caller's transaction and tenant: the response is
 * inserted without any key to the invitation, the draft (the only link) deleted and the
 * invitation marked used with the channel, by `meetwerk_store_response`: all three or none
 * (ADR 0008). The respondent's own Versturen runs the same function (`submitRespondent`).
 */
export async function storeResponseForInvitation(
  trx: Trx,
  response: NewResponse,
  invitationId: string,
): Promise<void> {
  await sql`
    select meetwerk_store_response(${response.tenantId}, ${invitationId}, ${response.surveyId},
             ${response.gemeenteId},
             ${response.questionnaireVersion}, ${response.channel},
             ${JSON.stringify(response.answers)}::jsonb, ${response.submittedOn}::date,
             ${response.productCategory})`.execute(trx);
}

export interface EntryDraftRow {
  invitationId: string;
  answers: unknown;
}

/** Drafts of one survey: the double entries that wait for a second entry or a decision. */
export function listDrafts(trx: Trx, tenantId: string, surveyId: string): Promise<EntryDraftRow[]> {
  return trx
    .selectFrom('response_drafts as d')
    .innerJoin('invitations as i', (join) =>
      join.onRef('i.tenant_id', '=', 'd.tenant_id').onRef('i.id', '=', 'd.invitation_id'),
    )
    .select(['d.invitation_id as invitationId', 'd.answers'])
    .where('d.tenant_id', '=', tenantId)
    .where('i.survey_id', '=', surveyId)
    .orderBy('d.updated_at')
    .execute();
}

/**
 * Operator work on the command line names only a survey; which tenant owns it is read as the
 * owner, outside row-level security. Never used for a user's request.
 */
export async function tenantOfSurvey(owner: Db, surveyId: string): Promise<string | undefined> {
  const row = await owner
    .selectFrom('surveys')
    .select('tenant_id')
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row?.tenant_id;
}

// --- Fieldwork monitor: aggregates only ---------------------------------------------------------

export interface InvitationCounts {
  gemeenteId: string;
  invited: number;
  reminded: number;
  reminderDue: number;
}

export async function countInvitations(
  trx: Trx,
  tenantId: string,
  surveyId: string,
  reminderAfterDays: number,
): Promise<InvitationCounts[]> {
  return trx
    .selectFrom('invitations')
    .select([
      'gemeente_id as gemeenteId',
      sql<number>`count(*)::int`.as('invited'),
      sql<number>`count(reminded_at)::int`.as('reminded'),
      sql<number>`(count(*) filter (
        where not used and reminded_at is null
          and invited_at <= now() - make_interval(days => ${reminderAfterDays})
      ))::int`.as('reminderDue'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .groupBy('gemeente_id')
    .execute();
}

export interface DayCounts {
  day: string;
  gemeenteId: string;
  channel: Channel;
  n: number;
}

/** Responses per day, gemeente and channel: at most days × gemeenten × 3 rows, oldest first. */
export function countResponsesPerDay(
  trx: Trx,
  tenantId: string,
  surveyId: string,
): Promise<DayCounts[]> {
  return trx
    .selectFrom('responses')
    .select([
      sql<string>`to_char(submitted_on, 'YYYY-MM-DD')`.as('day'),
      'gemeente_id as gemeenteId',
      'channel',
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .groupBy(['submitted_on', 'gemeente_id', 'channel'])
    .orderBy('submitted_on')
    .execute();
}
