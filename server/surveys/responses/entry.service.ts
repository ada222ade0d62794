import type {
  EnterResponseBody,
  EnterResponseResult,
  EntryConflicts,
} from '../../../shared/api/responses.schema.js';
import { audit, type Who } from '../../audit/audit.service.js';
import type { Trx } from '../../db/database.js';
import { problems } from '../../http/problem.js';
import { formatCode, hashCode, normaliseCode } from '../../public/personal-code.js';
import { SURVEY_PURPOSE } from '../survey.service.js';
import { checkAnswers, differingQuestions, type Answers } from './answers.js';
import { parseDraft, type Entry, type EntryDraft } from './draft.js';
import {
  findRespondent,
  findRoundHead,
  listDrafts,
  saveDraft,
  type InvitationRef,
} from './response.repository.js';
import { roundAt, storeResponseFor, type Round } from './response.service.js';

/**
 * Paper and phone forms typed in by staff. Optionally twice, by two people: equal entries
 * become the response; different ones wait, listed per code, until a third entry decides.
 */

/**
 * The round of the actor's tenant, open for responses; 404 for other tenants' ids. One statement
 * for the survey's status and latest version; the questionnaire from the round cache.
 */
export async function openRound(trx: Trx, who: Who, surveyId: string): Promise<Round> {
  const head = await findRoundHead(trx, who.tenantId, surveyId);
  if (!head) throw problems.notFound('Dit onderzoek bestaat niet, of u hebt er geen toegang toe.');
  const round =
    head.version === null
      ? undefined
      : await roundAt(trx, who.tenantId, surveyId, { status: head.status, version: head.version });
  if (!round) throw problems.notFound('Dit onderzoek heeft nog geen vragenlijst.');
  if (round.survey.status === 'gesloten') {
    throw problems.conflict('Dit onderzoek is gesloten. Er kunnen geen reacties meer bij.');
  }
  return round;
}

/**
 * The invitation of this code in this round, unused, with its draft (one statement), or a
 * clear 400 or 409.
 */
async function usableInvitation(
  trx: Trx,
  round: Round,
  code: string,
): Promise<{ invitation: InvitationRef; draft: unknown }> {
  const found = await findRespondent(trx, round.survey.tenant_id, hashCode(code));
  if (!found || found.surveyId !== round.survey.id) {
    throw problems.invalidField(
      'code',
      `Code ${normaliseCode(code)} hoort niet bij dit onderzoek. Kijk of de code goed is overgetypt.`,
      'unknown',
    );
  }
  if (found.used) {
    throw problems.conflict(
      `Met code ${normaliseCode(code)} is de vragenlijst al ingevuld. Een code telt maar één keer.`,
    );
  }
  const invitation: InvitationRef = {
    id: found.id,
    surveyId: found.surveyId,
    gemeenteId: found.gemeenteId,
    used: found.used,
    productCategory: found.productCategory,
  };
  return { invitation, draft: found.draft };
}

function checkedAnswers(round: Round, given: EnterResponseBody['antwoorden']): Answers {
  const { answers, problems: found } = checkAnswers(round.questionnaire, given);
  if (found.length > 0) {
    throw problems.invalid(
      found.map((p) => ({ name: `antwoorden.${p.question}`, code: 'invalid', reason: p.reason })),
      'Niet alle antwoorden passen bij de vragenlijst.',
    );
  }
  return answers;
}

export async function enterResponse(
  trx: Trx,
  who: Who,
  surveyId: string,
  body: EnterResponseBody,
): Promise<EnterResponseResult> {
  const round = await openRound(trx, who, surveyId);
  const answers = checkedAnswers(round, body.antwoorden);
  const { invitation, draft: stored } = await usableInvitation(trx, round, body.code);
  const draft = parseDraft(stored);
  const pending = draft?.soort === 'invoer' ? draft : undefined;
  const entry: Entry = {
    slot: body.invoerder ?? 1,
    accountId: who.accountId,
    channel: body.kanaal,
    answers,
  };
  const result = body.invoerder
    ? await doubleEntry(trx, round, invitation, pending, entry, normaliseCode(body.code))
    : await singleEntry(trx, round, invitation, pending, entry);
  // Counts and channel only: which code was entered is never written down.
  await audit(trx, who, {
    action: 'reacties.ingevoerd',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: surveyId,
    details: { kanaal: body.kanaal, opgeslagen: result.status === 'opgeslagen' ? 1 : 0 },
  });
  return result;
}

/**
 * One entry. While two entries differ, an entry without `invoerder` is the third choice that
 * decides; while only one of two has been made, it is refused, so nobody skips the check.
 */
async function singleEntry(
  trx: Trx,
  round: Round,
  invitation: InvitationRef,
  pending: EntryDraft | undefined,
  entry: Entry,
): Promise<EnterResponseResult> {
  if (pending && pending.entries.length < 2) {
    throw problems.conflict(
      'Dit formulier wordt twee keer ingevoerd. Geef aan of dit invoer 1 of invoer 2 is.',
    );
  }
  await storeResponseFor(trx, round, invitation, entry.channel, entry.answers);
  return { status: 'opgeslagen' };
}

async function doubleEntry(
  trx: Trx,
  round: Round,
  invitation: InvitationRef,
  pending: EntryDraft | undefined,
  entry: Entry,
  code: string,
): Promise<EnterResponseResult> {
  const tenantId = round.survey.tenant_id;
  if (!pending) {
    // An online draft of the same person gives way: the paper form is what they sent in.
    await saveDraft(trx, tenantId, invitation.id, { soort: 'invoer', code, entries: [entry] });
    return { status: 'wacht-op-tweede-invoer' };
  }
  if (pending.entries.length >= 2) {
    throw problems.conflict(
      'De twee invoeren van dit formulier verschillen. Voer het formulier een derde keer in, zonder invoerder, om te kiezen.',
    );
  }
  const other = pending.entries[0]!;
  if (other.slot === entry.slot) {
    throw problems.conflict(`Invoer ${entry.slot} van dit formulier is al gedaan.`);
  }
  if (other.accountId !== null && other.accountId === entry.accountId) {
    throw problems.conflict('De tweede invoer moet iemand anders doen dan de eerste.');
  }
  const differing = differingQuestions(round.questionnaire, other.answers, entry.answers);
  if (other.channel !== entry.channel) differing.unshift('kanaal');
  if (differing.length === 0) {
    await storeResponseFor(trx, round, invitation, entry.channel, entry.answers);
    return { status: 'opgeslagen' };
  }
  const entries = [other, entry].sort((a, b) => a.slot - b.slot);
  await saveDraft(trx, tenantId, invitation.id, { soort: 'invoer', code, entries });
  return { status: 'verschil', verschillen: differing };
}

/** Per code, the questions on which two entries differ; no names of who typed what. */
export async function listEntryConflicts(
  trx: Trx,
  who: Who,
  surveyId: string,
): Promise<EntryConflicts> {
  const round = await openRound(trx, who, surveyId);
  const conflicts: EntryConflicts['verschillen'] = [];
  let waiting = 0;
  for (const row of await listDrafts(trx, who.tenantId, surveyId)) {
    const draft = parseDraft(row.answers);
    if (draft?.soort !== 'invoer') continue;
    const [first, second] = draft.entries;
    if (!first || !second) {
      waiting += 1;
      continue;
    }
    const vragen = differingQuestions(round.questionnaire, first.answers, second.answers).map(
      (vraag) => ({
        vraag,
        invoer1: first.answers[vraag] ?? [],
        invoer2: second.answers[vraag] ?? [],
      }),
    );
    // A form typed in as paper by one and as phone by the other differs too: listed first.
    if (first.channel !== second.channel) {
      vragen.unshift({ vraag: 'kanaal', invoer1: [first.channel], invoer2: [second.channel] });
    }
    const kanaal = second.channel === 'online' ? 'papier' : second.channel;
    // Grouped as printed on the form (K7MF-X3PQ), so it is found on the paper at a glance.
    conflicts.push({ code: formatCode(draft.code), kanaal, vragen });
  }
  return { verschillen: conflicts, wachtOpTweedeInvoer: waiting };
}
