import { sql } from 'kysely';
import type { Db, Trx } from '../../db/database.js';
import type { Answers } from './answers.js';
import type { Channel, DraftState } from './draft.js';

/**
 * The only place with SQL for responses, drafts and the fieldwork monitor. Every function takes
 * the tenant id and filters on it (wall one); row-level security is wall two.
 */

/**
 * Which tenant a code belongs to. A respondent types only a code, before any tenant is known;
 * the `security definer` function answers this one question and nothing more.
 */
export async function tenantOfCode(db: Db, codeHash: string): Promise<string | undefined> {
  const { rows } = await sql<{
    tenant: string | null;
  }>`select meetwerk_invitation_tenant(${codeHash}) as tenant`.execute(db);
  return rows[0]?.tenant ?? undefined;
}

export interface InvitationRef {
  id: string;
  surveyId: string;
  gemeenteId: string;
  used: boolean;
}

/** The invitation with this code hash, locked when the caller is about to use it. */
export async function findInvitation(
  trx: Trx,
  tenantId: string,
  codeHash: string,
  lock = false,
): Promise<InvitationRef | undefined> {
  let query = trx
    .selectFrom('invitations')
    .select(['id', 'survey_id as surveyId', 'gemeente_id as gemeenteId', 'used'])
    .where('tenant_id', '=', tenantId)
    .where('code_hash', '=', codeHash);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function markInvitationUsed(
  trx: Trx,
  tenantId: string,
  invitationId: string,
  channel: Channel,
): Promise<void> {
  await trx
    .updateTable('invitations')
    .set({ used: true, used_channel: channel })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', invitationId)
    .execute();
}

export async function findDraft(
  trx: Trx,
  tenantId: string,
  invitationId: string,
): Promise<unknown> {
  const row = await trx
    .selectFrom('response_drafts')
    .select('answers')
    .where('tenant_id', '=', tenantId)
    .where('invitation_id', '=', invitationId)
    .executeTakeFirst();
  return row?.answers;
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
      oc.columns(['tenant_id', 'invitation_id']).doUpdateSet({ answers, updated_at: sql`now()` }),
    )
    .execute();
}

export async function deleteDraft(trx: Trx, tenantId: string, invitationId: string) {
  await trx
    .deleteFrom('response_drafts')
    .where('tenant_id', '=', tenantId)
    .where('invitation_id', '=', invitationId)
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
      })),
    )
    .execute();
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

export interface ResponseCounts {
  gemeenteId: string;
  channel: Channel;
  n: number;
}

export function countResponsesByChannel(
  trx: Trx,
  tenantId: string,
  surveyId: string,
): Promise<ResponseCounts[]> {
  return trx
    .selectFrom('responses')
    .select(['gemeente_id as gemeenteId', 'channel', sql<number>`count(*)::int`.as('n')])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .groupBy(['gemeente_id', 'channel'])
    .execute();
}

export interface DayCounts {
  day: string;
  channel: Channel;
  n: number;
}

export function countResponsesPerDay(
  trx: Trx,
  tenantId: string,
  surveyId: string,
): Promise<DayCounts[]> {
  return trx
    .selectFrom('responses')
    .select([
      sql<string>`to_char(submitted_on, 'YYYY-MM-DD')`.as('day'),
      'channel',
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .groupBy(['submitted_on', 'channel'])
    .orderBy('submitted_on')
    .execute();
}
