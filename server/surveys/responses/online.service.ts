import type { Db } from '../../db/database.js';
import { Cache } from '../../platform/cache.js';
import {
  askedPages,
  askedQuestions,
  checkAnswer,
  routedAnswers,
  type Answers,
  type Page,
} from './answers.js';
import { parseDraft, type OnlineDraft } from './draft.js';
import { hashCode, normaliseCode } from '../../public/personal-code.js';
import {
  findRespondentByCode,
  saveRespondentDraft,
  submitRespondent,
  type InvitationRef,
  type RespondentWriteRefusal,
} from './response.repository.js';
import { responseFor, roundOf, type Round } from './response.service.js';

/** The questionnaire's routing, for the pages that ask the questions (/enquete). */
export { askedPages, askedQuestions, type Answers } from './answers.js';

/**
 * Answering online with a code from the letter. Every step looks the code up again, so a code
 * that was used on paper meanwhile, or a round that closed, stops the respondent at once.
 *
 * A page view is one statement; a saved page two: the read, then a write that the database
 * refuses when the invitation was used or the draft saved again since that read (a second tab,
 * staff typing the paper form). Then the step starts again from a fresh read. No transaction
 * is held open while the page is worked out.
 */

/** Why a code cannot be used; each has its own Dutch message on the page. */
export type Refusal = 'onbekend' | 'gebruikt' | 'gesloten' | 'nietopen';

export interface Respondent {
  tenantId: string;
  codeHash: string;
  invitation: InvitationRef;
  round: Round;
  pages: Page[];
  draft: OnlineDraft;
  /** The stored draft's revision; null when there is none yet (a first visit). */
  revision: number | null;
}

/** Codes are 10-20 characters; anything much longer is not worth a database round trip. */
const MAX_CODE_LENGTH = 40;

/** Reads after which a write that keeps meeting another save gives up (never seen in use). */
const WRITE_ATTEMPTS = 5;

export function isRefusal(value: unknown): value is Refusal {
  return (
    value === 'onbekend' || value === 'gebruikt' || value === 'gesloten' || value === 'nietopen'
  );
}

/**
 * The respondent with this code, in one statement (`meetwerk_respondent` sets the code's tenant
 * for row-level security): the invitation with its round's status, latest questionnaire version
 * and the draft. The questionnaire itself comes from the round cache (response.service.ts).
 */
export async function readRespondent(db: Db, code: string): Promise<Respondent | Refusal> {
  const codeHash = codeHashOf(code);
  return codeHash ? readByHash(db, codeHash) : 'onbekend';
}

/** The hash a code is looked up by; undefined for text that cannot be a code. */
function codeHashOf(code: string): string | undefined {
  const normalised = normaliseCode(code);
  if (normalised.length < 4 || normalised.length > MAX_CODE_LENGTH) return undefined;
  return hashCode(normalised);
}

async function readByHash(db: Db, codeHash: string): Promise<Respondent | Refusal> {
  const found = await findRespondentByCode(db, codeHash);
  if (!found) return 'onbekend';
  if (found.used) return 'gebruikt';
  if (found.version === null) return 'onbekend';
  if (found.surveyStatus === 'gesloten') return 'gesloten';
  // Letters may be printed before fieldwork starts; answers only count once it has.
  if (found.surveyStatus !== 'veldwerk') return 'nietopen';
  const stored = parseDraft(found.draft);
  // Staff are typing in this person's paper form: the answers are already on their way.
  if (stored?.soort === 'invoer') return 'gebruikt';
  const round = await roundOf(db, found.tenantId, found.surveyId, {
    status: found.surveyStatus,
    version: found.version,
  });
  if (!round) return 'onbekend';
  return {
    tenantId: found.tenantId,
    codeHash,
    invitation: {
      id: found.id,
      surveyId: found.surveyId,
      gemeenteId: found.gemeenteId,
      used: found.used,
      productCategory: found.productCategory,
    },
    round,
    pages: round.pages,
    draft: stored ?? { soort: 'online', answers: {} },
    revision: found.draft === null || found.draft === undefined ? null : found.revision,
  };
}

/**
 * What a step leaves for the page its redirect asks for next: the respondent as the step just
 * read or wrote it. A browser follows the 303 at once, so reading the same rows again would only
 * repeat what the step saw a moment before. Taken once, by this process, within HANDOFF_MS; a
 * page shown from here cannot store anything stale, because every write is checked again in the
 * database (the draft's revision, the invitation unused).
 */
const HANDOFF_MS = 5_000;
const HANDOFF_LIMIT = 10_000;
const handoffs = new Cache<Respondent>({ size: HANDOFF_LIMIT, ttlMs: HANDOFF_MS });

function handOff(respondent: Respondent): void {
  handoffs.set(respondent.codeHash, respondent);
}

/**
 * The respondent for a page view: what the step before this request left (once), or else read
 * from the database like every other request.
 */
export async function viewRespondent(db: Db, code: string): Promise<Respondent | Refusal> {
  const codeHash = codeHashOf(code);
  if (!codeHash) return 'onbekend';
  return handoffs.take(codeHash) ?? readByHash(db, codeHash);
}

/**
 * Reads the respondent and runs `step`, whose write names the draft revision it read; when the
 * database answers that another save came in between, reads again and runs `step` anew.
 */
async function stepAsRespondent<T>(
  db: Db,
  code: string,
  step: (respondent: Respondent) => Promise<T | RespondentWriteRefusal>,
): Promise<T | Refusal> {
  for (let attempt = 1; ; attempt++) {
    const respondent = await readRespondent(db, code);
    if (isRefusal(respondent)) return respondent;
    const result = await step(respondent);
    if (result !== 'gewijzigd') return result;
    if (attempt >= WRITE_ATTEMPTS) {
      throw new Error(`draft changed under ${WRITE_ATTEMPTS} saves in a row`);
    }
  }
}

function saveDraftOf(db: Db, respondent: Respondent, draft: OnlineDraft) {
  return saveRespondentDraft(
    db,
    respondent.codeHash,
    respondent.invitation.id,
    respondent.revision,
    draft,
  );
}

/** Where a respondent continues: the page they left, or the first page. */
export function resumeKey(respondent: Respondent): string {
  const asked = askedPages(respondent.pages, respondent.draft.answers);
  const left = asked.find((p) => p.key === respondent.draft.page);
  return (left ?? asked[0])?.key ?? '';
}

/** Starts or resumes answering: keeps a draft so the same code can continue later. */
export function start(db: Db, code: string): Promise<{ resumeAt: string } | Refusal> {
  return stepAsRespondent(db, code, async (respondent) => {
    // A resumed draft is already there as it is; only a first visit writes one.
    if (respondent.revision === null) {
      const saved = await saveDraftOf(db, respondent, respondent.draft);
      if (saved !== 'bewaard') return saved;
      handOff({ ...respondent, revision: 0 });
    } else {
      handOff(respondent);
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
  return stepAsRespondent(
    db,
    code,
    async (respondent): Promise<SaveResult | RespondentWriteRefusal> => {
      const view = viewPage(respondent, key);
      if (!view) return { kind: 'pagina', key: resumeKey(respondent) };
      const { answers, errors } = applyPage(view, given);
      if (Object.keys(errors).length > 0 && move !== 'vorige') {
        return { kind: 'fouten', errors, values: { ...answers, ...given }, view };
      }
      const routed = routedAnswers(respondent.round.questionnaire, answers);
      const target = move === 'pauze' ? key : neighbour(respondent.pages, routed, key, move);
      const draft: OnlineDraft = { soort: 'online', answers: routed, page: target ?? key };
      const saved = await saveDraftOf(db, respondent, draft);
      if (saved !== 'bewaard') return saved;
      if (move === 'pauze') return { kind: 'pauze' };
      // A new draft starts at revision 0; every save after it adds one.
      handOff({ ...respondent, draft, revision: (respondent.revision ?? -1) + 1 });
      if (target) return { kind: 'pagina', key: target };
      return move === 'vorige' ? { kind: 'pagina', key } : { kind: 'controle' };
    },
  );
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

/**
 * Stores the response and uses up the code, in one statement: unless the draft changed since it
 * was read, the response exactly as the review page showed it.
 */
export function submit(db: Db, code: string): Promise<'verstuurd' | Refusal> {
  return stepAsRespondent(db, code, (respondent) => {
    handoffs.delete(respondent.codeHash);
    return submitRespondent(
      db,
      respondent.codeHash,
      responseFor(respondent.round, respondent.invitation, 'online', respondent.draft.answers),
      respondent.invitation.id,
      respondent.revision,
    );
  });
}
