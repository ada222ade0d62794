import { questionnaireSchema, type Questionnaire } from '../../../shared/surveys/questionnaire.js';
import type { Trx } from '../../db/database.js';
import {
  findSurvey,
  latestQuestionnaire,
  listSurveyGemeenten,
  type SurveyGemeenteRow,
} from '../survey.repository.js';
import type { SurveyRow } from '../survey.table.js';
import { routedAnswers, type Answers } from './answers.js';
import type { Channel } from './draft.js';
import {
  deleteDraft,
  insertResponses,
  markInvitationUsed,
  type InvitationRef,
} from './response.repository.js';

/** A survey round as answering needs it: its status, current questionnaire and gemeenten. */
export interface Round {
  survey: SurveyRow;
  version: number;
  questionnaire: Questionnaire;
  gemeenten: SurveyGemeenteRow[];
}

export async function loadRound(
  trx: Trx,
  tenantId: string,
  surveyId: string,
): Promise<Round | undefined> {
  const survey = await findSurvey(trx, tenantId, surveyId);
  if (!survey) return undefined;
  const latest = await latestQuestionnaire(trx, tenantId, surveyId);
  if (!latest) return undefined;
  return {
    survey,
    version: latest.version,
    questionnaire: questionnaireSchema.parse(latest.definition),
    gemeenten: await listSurveyGemeenten(trx, tenantId, [surveyId]),
  };
}

/**
 * Today's date in the Netherlands. A response keeps only this date: a time of day could be
 * matched to a web server log or to the moment a letter was handed in.
 */
export function dutchToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * Turns answers for an invitation into an anonymous response, in the caller's transaction:
 * the response is stored without any key to the invitation, the draft (the only link while
 * answering) is deleted, and the invitation only learns that it was used, and how.
 */
export async function storeResponseFor(
  trx: Trx,
  round: Round,
  invitation: InvitationRef,
  channel: Channel,
  answers: Answers,
): Promise<void> {
  const tenantId = round.survey.tenant_id;
  await insertResponses(trx, [
    {
      tenantId,
      surveyId: round.survey.id,
      gemeenteId: invitation.gemeenteId,
      questionnaireVersion: round.version,
      channel,
      answers: routedAnswers(round.questionnaire, answers),
      submittedOn: dutchToday(),
    },
  ]);
  await deleteDraft(trx, tenantId, invitation.id);
  await markInvitationUsed(trx, tenantId, invitation.id, channel);
}
