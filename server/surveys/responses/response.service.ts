import { questionnaireSchema, type Questionnaire } from '../../../shared/surveys/questionnaire.js';
import { inTenant, type Db, type Trx } from '../../db/database.js';
import { Cache } from '../../platform/cache.js';
import { listSurveyGemeenten, type SurveyGemeenteRow } from '../survey.repository.js';
import type { SurveyRow } from '../survey.table.js';
import { pagesOf, routedAnswers, type Answers, type Page } from './answers.js';
import type { Channel } from './draft.js';
import {
  findQuestionnaireVersion,
  storeResponseForInvitation,
  type InvitationRef,
  type NewResponse,
} from './response.repository.js';

/**
 * A survey round as answering needs it: its status (always read fresh), and the questionnaire
 * version in force with its pages and the round's gemeenten (never changed once written, so kept
 * in a small cache).
 */
export interface Round {
  survey: Pick<SurveyRow, 'tenant_id' | 'id' | 'status'>;
  version: number;
  questionnaire: Questionnaire;
  pages: Page[];
  gemeenten: SurveyGemeenteRow[];
}

/** The parts of a round that never change for a (tenant, survey, questionnaire version). */
interface RoundParts {
  version: number;
  questionnaire: Questionnaire;
  pages: Page[];
  gemeenten: SurveyGemeenteRow[];
}

/**
 * Rounds being answered, by tenant, survey and questionnaire version: a version is written once
 * and never changed (a change is a new version), and a round's gemeenten are set when it is
 * made. Every request still reads the survey's status and latest version itself, so a closed
 * round or a new version is seen at once; only what those name is taken from here. The key
 * holds the tenant, and an entry is only reached after that tenant's own (row-level secured)
 * query named the survey and version. Bounded: the least recently used round goes first.
 */
const ROUND_CACHE_SIZE = 64;
const roundCache = new Cache<RoundParts>({ size: ROUND_CACHE_SIZE });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

type RoundHead = { status: Round['survey']['status']; version: number };

function cachedRound(tenantId: string, surveyId: string, head: RoundHead): Round | undefined {
  const key = `${tenantId}/${surveyId}/${head.version}`;
  const parts = roundCache.get(key);
  if (!parts) return undefined;
  return { survey: { tenant_id: tenantId, id: surveyId, status: head.status }, ...parts };
}

/**
 * The round of a survey at a questionnaire version the caller has just read, in the caller's
 * transaction; from the cache when it is there. Undefined if the version does not exist.
 */
export async function roundAt(
  trx: Trx,
  tenantId: string,
  surveyId: string,
  head: RoundHead,
): Promise<Round | undefined> {
  const cached = cachedRound(tenantId, surveyId, head);
  if (cached) return cached;
  const definition = await findQuestionnaireVersion(trx, tenantId, surveyId, head.version);
  if (definition === undefined) return undefined;
  const questionnaire = questionnaireSchema.parse(definition);
  const parts = deepFreeze({
    version: head.version,
    questionnaire,
    pages: pagesOf(questionnaire),
    gemeenten: await listSurveyGemeenten(trx, tenantId, [surveyId]),
  });
  roundCache.set(`${tenantId}/${surveyId}/${head.version}`, parts);
  return { survey: { tenant_id: tenantId, id: surveyId, status: head.status }, ...parts };
}

/**
 * As `roundAt`, outside a transaction (a respondent's request): from the cache, or read once in
 * a short transaction under the tenant the caller's own statement found.
 */
export async function roundOf(
  db: Db,
  tenantId: string,
  surveyId: string,
  head: RoundHead,
): Promise<Round | undefined> {
  return (
    cachedRound(tenantId, surveyId, head) ??
    inTenant(db, { tenantId, accountId: null }, (trx) => roundAt(trx, tenantId, surveyId, head))
  );
}

/**
 * Today's date in the Netherlands. A response keeps only this date: a time of day could be
 * matched to a web server log or to the moment a letter was handed in.
 */
export function dutchToday(now = new Date()): string {
  return DUTCH_DATE.format(now);
}
const DUTCH_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * Answers for an invitation as an anonymous response: only the gemeente and the iWmo
 * productcategorie are copied from the invitation, and only today's date is kept.
 */
export function responseFor(
  round: Round,
  invitation: InvitationRef,
  channel: Channel,
  answers: Answers,
): NewResponse {
  return {
    tenantId: round.survey.tenant_id,
    surveyId: round.survey.id,
    gemeenteId: invitation.gemeenteId,
    questionnaireVersion: round.version,
    channel,
    answers: routedAnswers(round.questionnaire, answers),
    submittedOn: dutchToday(),
    productCategory: invitation.productCategory,
  };
}

/**
 * Turns answers for an invitation into an anonymous response, in the caller's transaction:
 * the response is stored without any key to the invitation, the draft (the only link while
 * answering) is deleted, and the invitation only learns that it was used, and how. One statement.
 */
export async function storeResponseFor(
  trx: Trx,
  round: Round,
  invitation: InvitationRef,
  channel: Channel,
  answers: Answers,
): Promise<void> {
  await storeResponseForInvitation(
    trx,
    responseFor(round, invitation, channel, answers),
    invitation.id,
  );
}
