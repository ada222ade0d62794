import type { Db, Trx } from '../../db/database.js';
import {
  askedPages,
  askedQuestions,
  checkAnswer,
  routedAnswers,
  type Answers,
  type Page,
} from './answers.js';
import { parseDraft, type OnlineDraft } from './draft.js';
import { hashCode, normaliseCode } from '../invitations/codes.js';
import {
  enterTenantOfCode,
  findRespondent,
  saveDraft,
  type InvitationRef,
} from './response.repository.js';
import { roundAt, storeResponseFor, type Round } from './response.service.js';

/**
 * Answering online with a code from the letter. Every step looks the code up again, so a code
 * that was used on paper meanwhile, or a round that closed, stops the respondent at once.
 */

/** Why a code cannot be used; each has its own Dutch message on the page. */
export type Refusal = 'onbekend' | 'gebruikt' | 'gesloten';

export interface Respondent {
  tenantId: string;
  invitation: InvitationRef;
  round: Round;
  pages: Page[];
  draft: OnlineDraft;
  /** Whether the draft was stored already (a first visit has none yet). */
  hasDraft: boolean;
}

/** Codes are 10-20 characters; anything much longer is not worth a database round trip. */
const MAX_CODE_LENGTH = 40;

export function isRefusal(value: unknown): value is Refusal {
  return value === 'onbekend' || value === 'gebruikt' || value === 'gesloten';
}

/**
 * Runs `work` for the respondent with this code, in one transaction under the code's tenant,
 * with the invitation locked so two tabs cannot submit the same code twice. A page that is only
 * shown (`readOnly`: `work` writes nothing) takes no lock, so it writes nothing at all.
 *
 * Two statements before `work` (after `begin`): the code's tenant found and set for row-level
 * security (like `inTenant`, but without a round trip outside the transaction), then the
 * invitation together with its survey's status, latest questionnaire version and the draft.
 * The questionnaire itself comes from the round cache (response.service.ts) for that version.
 */
export async function withRespondent<T>(
  db: Db,
  code: string,
  work: (trx: Trx, respondent: Respondent) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T | Refusal> {
  const normalised = normaliseCode(code);
  if (normalised.length < 4 || normalised.length > MAX_CODE_LENGTH) return 'onbekend';
  const codeHash = hashCode(normalised);
  return db.transaction().execute(async (trx): Promise<T | Refusal> => {
    const tenantId = await enterTenantOfCode(trx, codeHash);
    if (!tenantId) return 'onbekend';
    const found = await findRespondent(trx, tenantId, codeHash, !options.readOnly);
    if (!found) return 'onbekend';
    if (found.used) return 'gebruikt';
    if (found.version === null) return 'onbekend';
    if (found.surveyStatus === 'gesloten') return 'gesloten';
    const stored = parseDraft(found.draft);
    // Staff are typing in this person's paper form: the answers are already on their way.
    if (stored?.soort === 'invoer') return 'gebruikt';
    const round = await roundAt(trx, tenantId, found.surveyId, {
      status: found.surveyStatus,
      version: found.version,
    });
    if (!round) return 'onbekend';
    const invitation: InvitationRef = {
      id: found.id,
      surveyId: found.surveyId,
      gemeenteId: found.gemeenteId,
      used: found.used,
      productCategory: found.productCategory,
    };
    const draft = stored ?? { soort: 'online', answers: {} };
    return work(trx, {
      tenantId,
      invitation,
      round,
      pages: round.pages,
      draft,
      hasDraft: !!stored,
    });
  });
}

/** Where a respondent continues: the page they left, or the first page. */
export function resumeKey(respondent: Respondent): string {
  const asked = askedPages(respondent.pages, respondent.draft.answers);
  const left = asked.find((p) => p.key === respondent.draft.page);
  return (left ?? asked[0])?.key ?? '';
}

/** Starts or resumes answering: keeps a draft so the same code can continue later. */
export function start(db: Db, code: string): Promise<{ resumeAt: string } | Refusal> {
  return withRespondent(db, code, async (trx, respondent) => {
    // A resumed draft is already there as it is; only a first visit writes one.
    if (!respondent.hasDraft) {
      await saveDraft(trx, respondent.tenantId, respondent.invitation.id, respondent.draft);
    }
    return { resumeAt: resumeKey(respondent) };
  });
}

export interface PageView {
  page: Page;
  questions: Page['questions'];
  answers: Answers;
  position: number;
  total: number;
  isFirst: boolean;
}

/** A page as the respondent sees it, or undefined when routing does not ask it (now). */
export function viewPage(respondent: Respondent, key: string): PageView | undefined {
  const asked = askedPages(respondent.pages, respondent.draft.answers);
  const index = asked.findIndex((p) => p.key === key);
  const page = asked[index];
  if (!page) return undefined;
  return {
    page,
    questions: askedQuestions(page, respondent.draft.answers),
    answers: respondent.draft.answers,
    position: index + 1,
    total: asked.length,
    isFirst: index === 0,
  };
}

export type Move = 'volgende' | 'vorige' | 'pauze';

export type SaveResult =
  | { kind: 'fouten'; errors: Record<string, string>; values: Answers; view: PageView }
  | { kind: 'pagina'; key: string }
  | { kind: 'controle' }
  | { kind: 'pauze' };

/**
 * Saves the answers given on one page and says where to go. Leaving a question empty is
 * allowed (it clears an earlier answer); only answers that cannot be right are refused.
 */
export async function savePage(
  db: Db,
  code: string,
  key: string,
  given: Answers,
  move: Move,
): Promise<SaveResult | Refusal> {
  return withRespondent(db, code, async (trx, respondent) => {
    const view = viewPage(respondent, key);
    if (!view) return { kind: 'pagina', key: resumeKey(respondent) };
    const { answers, errors } = applyPage(view, given);
    if (Object.keys(errors).length > 0 && move !== 'vorige') {
      return { kind: 'fouten', errors, values: { ...answers, ...given }, view };
    }
    const routed = routedAnswers(respondent.round.questionnaire, answers);
    const target = move === 'pauze' ? key : neighbour(respondent.pages, routed, key, move);
    const draft: OnlineDraft = { soort: 'online', answers: routed, page: target ?? key };
    await saveDraft(trx, respondent.tenantId, respondent.invitation.id, draft);
    if (move === 'pauze') return { kind: 'pauze' };
    if (target) return { kind: 'pagina', key: target };
    return move === 'vorige' ? { kind: 'pagina', key } : { kind: 'controle' };
  });
}

function applyPage(view: PageView, given: Answers) {
  const answers: Answers = { ...view.answers };
  const errors: Record<string, string> = {};
  for (const question of view.questions) {
    const checked = checkAnswer(question, given[question.id] ?? []);
    if (!checked.ok) errors[question.id] = checked.reason;
    else if (checked.value.length > 0) answers[question.id] = checked.value;
    else delete answers[question.id];
  }
  return { answers, errors };
}

/** The next or previous page that routing asks, given the answers just saved. */
function neighbour(pages: Page[], answers: Answers, key: string, move: Move): string | undefined {
  const index = pages.findIndex((p) => p.key === key);
  const candidates = move === 'volgende' ? pages.slice(index + 1) : pages.slice(0, index).reverse();
  return candidates.find((p) => askedQuestions(p, answers).length > 0)?.key;
}

/** Stores the response and uses up the code, in one transaction. */
export function submit(db: Db, code: string): Promise<'verstuurd' | Refusal> {
  return withRespondent(db, code, async (trx, respondent) => {
    await storeResponseFor(
      trx,
      respondent.round,
      respondent.invitation,
      'online',
      respondent.draft.answers,
    );
    return 'verstuurd' as const;
  });
}
