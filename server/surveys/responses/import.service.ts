import type { ResponseImportResult } from '../../../shared/api/responses.schema.js';
import { RESPONSE_CHANNELS } from '../../../shared/api/responses.schema.js';
import { audit, type Who } from '../../audit/audit.service.js';
import type { Trx } from '../../db/database.js';
import type { Rejection } from '../../imports/rejections.js';
import type { Tabular, TabularRow } from '../../imports/tabular.js';
import { hashCode, normaliseCode } from '../../public/personal-code.js';
import { SURVEY_PURPOSE } from '../survey.service.js';
import { checkAnswers, type Answers } from './answers.js';
import type { Channel } from './draft.js';
import { openRound } from './entry.service.js';
import { findInvitation, insertResponses, type InvitationRef } from './response.repository.js';
import { dutchToday, storeResponseFor, type Round } from './response.service.js';

/**
 * A file of returned forms, e.g. scanned by a printing house (format: docs/response-import.md):
 * one row per form, `code`, `kanaal`, optionally `gemeente`, then one column per question id.
 * Bad rows are reported with row number, column and reason; good rows are stored.
 */

const FIXED_COLUMNS = new Set(['code', 'kanaal', 'gemeente']);

interface GoodRow {
  channel: Channel;
  gemeenteId: string;
  invitation: InvitationRef | undefined;
  answers: Answers;
}

type RowOutcome = { ok: true; row: GoodRow } | { ok: false; rejections: Rejection[] };

export async function importResponses(
  trx: Trx,
  who: Who,
  surveyId: string,
  table: Tabular,
): Promise<ResponseImportResult> {
  const round = await openRound(trx, who, surveyId);
  const fileProblems = columnProblems(round, table.headers);
  if (fileProblems.length > 0) {
    return { aanvaard: 0, afgewezen: table.rows.length, afwijzingen: fileProblems };
  }
  const seenCodes = new Set<string>();
  const afwijzingen: Rejection[] = [];
  let aanvaard = 0;
  for (const row of table.rows) {
    const outcome = await checkRow(trx, round, row, seenCodes);
    if (!outcome.ok) {
      afwijzingen.push(...outcome.rejections);
      continue;
    }
    await store(trx, round, outcome.row);
    aanvaard += 1;
  }
  const afgewezen = table.rows.length - aanvaard;
  await audit(trx, who, {
    action: 'reacties.geimporteerd',
    purpose: SURVEY_PURPOSE,
    objectType: 'enquete',
    objectId: surveyId,
    details: { aanvaard, afgewezen },
  });
  return { aanvaard, afgewezen, afwijzingen };
}

/** Columns the whole file needs, and columns nobody can place: a problem of the file. */
function columnProblems(round: Round, headers: string[]): Rejection[] {
  const questions = new Set(round.questionnaire.questions.map((q) => q.id.toLowerCase()));
  const problemsFound: Rejection[] = [];
  if (!headers.includes('kanaal')) {
    problemsFound.push({ rij: 0, veld: 'kanaal', reden: 'De kolom kanaal ontbreekt.' });
  }
  if (!headers.includes('code') && !headers.includes('gemeente')) {
    problemsFound.push({
      rij: 0,
      veld: 'code',
      reden: 'Het bestand heeft een kolom code of een kolom gemeente nodig.',
    });
  }
  for (const header of headers) {
    if (header !== '' && !FIXED_COLUMNS.has(header) && !questions.has(header)) {
      problemsFound.push({
        rij: 0,
        veld: header,
        reden: `Kolom ${header} is geen vraag van deze vragenlijst. Controleer de kopregel.`,
      });
    }
  }
  return problemsFound;
}

async function checkRow(
  trx: Trx,
  round: Round,
  row: TabularRow,
  seenCodes: Set<string>,
): Promise<RowOutcome> {
  const reject = (veld: string, reden: string): RowOutcome => ({
    ok: false,
    rejections: [{ rij: row.rowNumber, veld, reden }],
  });
  const channel = (row.cells.kanaal ?? '').toLowerCase() as Channel;
  if (!RESPONSE_CHANNELS.includes(channel)) {
    return reject('kanaal', 'Vul bij kanaal papier, telefoon of online in.');
  }
  const located = await locate(trx, round, row, seenCodes);
  if ('reden' in located) return reject(located.veld, located.reden);
  const given: Record<string, string> = {};
  for (const [column, value] of Object.entries(row.cells)) {
    if (!FIXED_COLUMNS.has(column) && column !== '') given[column] = value;
  }
  const { answers, problems } = checkAnswers(round.questionnaire, given);
  if (problems.length > 0) {
    return {
      ok: false,
      rejections: problems.map((p) => ({ rij: row.rowNumber, veld: p.question, reden: p.reason })),
    };
  }
  if (Object.keys(answers).length === 0) return reject('', 'Deze rij heeft geen antwoorden.');
  return { ok: true, row: { channel, answers, ...located } };
}

type Located =
  { gemeenteId: string; invitation: InvitationRef | undefined } | { veld: string; reden: string };

/** The gemeente of a row: from its code's invitation, or from the gemeente column. */
async function locate(
  trx: Trx,
  round: Round,
  row: TabularRow,
  seenCodes: Set<string>,
): Promise<Located> {
  const cbs = (row.cells.gemeente ?? '').toUpperCase();
  const named = cbs ? round.gemeenten.find((g) => g.cbsCode === cbs) : undefined;
  if (cbs && !named) {
    return { veld: 'gemeente', reden: `Gemeente ${cbs} doet niet mee aan dit onderzoek.` };
  }
  const code = normaliseCode(row.cells.code ?? '');
  if (code === '') {
    if (!named) return { veld: 'gemeente', reden: 'Vul de code of de gemeente in.' };
    return { gemeenteId: named.id, invitation: undefined };
  }
  if (seenCodes.has(code)) {
    return { veld: 'code', reden: `Code ${code} staat al eerder in dit bestand.` };
  }
  const invitation = await findInvitation(trx, round.survey.tenant_id, hashCode(code), true);
  if (!invitation || invitation.surveyId !== round.survey.id) {
    return { veld: 'code', reden: `Code ${code} hoort niet bij dit onderzoek.` };
  }
  if (invitation.used) {
    return { veld: 'code', reden: `Met code ${code} is de vragenlijst al ingevuld.` };
  }
  if (named && named.id !== invitation.gemeenteId) {
    return { veld: 'gemeente', reden: `Code ${code} hoort bij een andere gemeente.` };
  }
  seenCodes.add(code);
  return { gemeenteId: invitation.gemeenteId, invitation };
}

async function store(trx: Trx, round: Round, row: GoodRow): Promise<void> {
  if (row.invitation) {
    await storeResponseFor(trx, round, row.invitation, row.channel, row.answers);
    return;
  }
  await insertResponses(trx, [
    {
      tenantId: round.survey.tenant_id,
      surveyId: round.survey.id,
      gemeenteId: row.gemeenteId,
      questionnaireVersion: round.version,
      channel: row.channel,
      answers: row.answers,
      submittedOn: dutchToday(),
      // Without a code nothing says which voorziening the form is about.
      productCategory: null,
    },
  ]);
}
