import type { FastifyInstance, FastifyReply } from 'fastify';
import { optionsOf, type Question } from '../../shared/surveys/questionnaire.js';
import {
  askedPages,
  askedQuestions,
  isRefusal,
  viewRespondent,
  savePage,
  start,
  submit,
  viewPage,
  type Move,
  type PageView,
  type Answers,
  type Refusal,
  type SaveResult,
} from '../surveys/responses/online.service.js';
import { codeFormRoute, codeInAddress, postedCode, withCodeRoute } from '../public/code-entry.js';
import type { CodePagesContext } from '../public/code-guard.js';
import { errorPages } from '../public/error-pages.js';
import {
  first,
  formOf,
  isCrossSite,
  pageRoute,
  send,
  see,
  useFormBodies,
} from '../public/page-http.js';
import { areaStylesheet, serveStylesheet } from '../public/stylesheet.js';
import { NL } from './messages.js';
import {
  codePage,
  messagePage,
  questionPage,
  reviewPage,
  STYLESHEET_PATH,
  SURVEY_PATH,
  type ReviewItem,
} from './resident.pages.js';
import {
  clearRespondentCookie,
  formToken,
  respondentCode,
  setRespondentCookie,
  validFormToken,
} from './resident.session.js';

/**
 * The resident's side of the survey: `/enquete` and the pages after it. Public (no account),
 * server-rendered, no JavaScript, plain form posts. Answers are saved on every page, so a
 * respondent can stop at any time and continue later with the same code.
 */

const CSS = areaStylesheet(new URL('./resident.css', import.meta.url));
const pages = errorPages({ messagePage, texts: NL, home: SURVEY_PATH });

function refusalPage(reply: FastifyReply, refusal: Refusal): FastifyReply {
  clearRespondentCookie(reply);
  if (refusal === 'gebruikt') {
    // A mistyped code can be someone else's: the way back to the code form is on the page.
    const link = { href: SURVEY_PATH, text: NL.otherCode };
    return send(reply, messagePage({ title: NL.usedTitle, lines: [NL.codeUsed], link }), 409);
  }
  if (refusal === 'nietopen') {
    const lines = [NL.codeNotOpen, NL.askByPhone];
    return send(reply, messagePage({ title: NL.notOpenTitle, lines }), 403);
  }
  if (refusal === 'gesloten') {
    const lines = [NL.codeClosed, NL.askByPhone];
    return send(reply, messagePage({ title: NL.closedTitle, lines }), 410);
  }
  return send(reply, codePage({ notice: NL.expired }), 200);
}

/** Without the cookie the code is unknown: ask for it again (the answers are kept). */
function askCodeAgain(reply: FastifyReply): FastifyReply {
  return send(reply, codePage({ notice: NL.expired }));
}

/** Too many wrong codes over all addresses: no new codes for a while (ADR 0007). */
const busyPage = pages.busy;
const refuseForgery = pages.forbidden;

/**
 * A wrong answer code only comes from a broken or forged form; the resident gets a plain
 * sentence instead of codes. Number and text messages are written for residents already.
 */
function residentErrors(questions: Question[], errors: Record<string, string>) {
  const plain: Record<string, string> = {};
  for (const question of questions) {
    const error = errors[question.id];
    if (error) plain[question.id] = optionsOf(question).length > 0 ? NL.chooseFromList : error;
  }
  return plain;
}

/** A question page as the service worked it out, with the answers and messages to show. */
function showPage(
  reply: FastifyReply,
  code: string,
  view: PageView,
  shown: { answers: Answers; errors: Record<string, string>; intro?: string | undefined },
  status = 200,
): FastifyReply {
  const page = questionPage({
    key: view.page.key,
    token: formToken(code),
    questions: view.questions,
    answers: shown.answers,
    errors: shown.errors,
    position: view.position,
    total: view.total,
    isFirst: view.isFirst,
    ...(shown.intro ? { intro: shown.intro } : {}),
  });
  return send(reply, page, status);
}

const MOVES = new Set<Move>(['volgende', 'vorige', 'pauze']);

export async function residentRoutes(
  app: FastifyInstance,
  { db, config, codeGuard: guard }: CodePagesContext,
) {
  /** Counts a wrong code towards the global limit (ADR 0007); remembers a code that passed. */
  function note(code: string, result: unknown): void {
    if (result === 'onbekend') guard.failed();
    else if (!isRefusal(result)) guard.passed(code);
  }

  // Resident pages answer errors as pages, never as JSON: a 429 after too many codes, a 500.
  useFormBodies(app);
  pages.use(app, 'resident page failed');

  const withCode = withCodeRoute(config.loginRatePerMinute);

  serveStylesheet(app, STYLESHEET_PATH, CSS);

  app.get(SURVEY_PATH, pageRoute, async (request, reply) =>
    send(reply, codePage({ code: codeInAddress(request) })),
  );

  app.post(SURVEY_PATH, codeFormRoute(config.loginRatePerMinute), async (request, reply) => {
    if (isCrossSite(request)) return refuseForgery(reply);
    const code = postedCode(request);
    if (code === '') return send(reply, codePage({ error: NL.codeEmpty }), 400);
    if (!guard.mayTry(code)) return busyPage(reply);
    const result = await start(db, code);
    note(code, result);
    if (result === 'onbekend') {
      return send(reply, codePage({ code, error: NL.codeUnknown }), 400);
    }
    if (isRefusal(result)) return refusalPage(reply, result);
    setRespondentCookie(reply, request, config, code);
    return see(reply, `/enquete/vraag/${result.resumeAt}`);
  });

  app.get<{ Params: { key: string } }>('/enquete/vraag/:key', withCode, async (request, reply) => {
    const code = respondentCode(request);
    if (!code) return askCodeAgain(reply);
    if (!guard.mayTry(code)) return busyPage(reply);
    const respondent = await viewRespondent(db, code);
    note(code, respondent);
    if (isRefusal(respondent)) return refusalPage(reply, respondent);
    const view = viewPage(respondent, request.params.key);
    if (!view) return see(reply, '/enquete/verder');
    const firstQuestion = respondent.round.questionnaire.questions[0];
    const intro =
      view.isFirst && view.page.questions[0] === firstQuestion
        ? respondent.round.questionnaire.intro
        : undefined;
    return showPage(reply, code, view, { answers: view.answers, errors: {}, intro });
  });

  app.post<{ Params: { key: string } }>('/enquete/vraag/:key', withCode, async (request, reply) => {
    const code = respondentCode(request);
    if (!code) return askCodeAgain(reply);
    const form = formOf(request);
    if (isCrossSite(request) || !validFormToken(code, first(form, 'token'))) {
      return refuseForgery(reply);
    }
    const requested = first(form, 'actie') as Move | undefined;
    const move: Move = requested && MOVES.has(requested) ? requested : 'volgende';
    const given: Answers = { ...form };
    delete given.token;
    delete given.actie;
    if (!guard.mayTry(code)) return busyPage(reply);
    const result = await savePage(db, code, request.params.key, given, move);
    note(code, result);
    if (isRefusal(result)) return refusalPage(reply, result);
    if (result.kind === 'fouten') return renderWithErrors(reply, code, result);
    if (result.kind === 'pauze') {
      clearRespondentCookie(reply);
      return see(reply, '/enquete/bewaard');
    }
    if (result.kind === 'controle') return see(reply, '/enquete/controle');
    return see(reply, `/enquete/vraag/${result.key}`);
  });

  /** The page again with the answers given and what is wrong, from what the post just read. */
  function renderWithErrors(
    reply: FastifyReply,
    code: string,
    result: Extract<SaveResult, { kind: 'fouten' }>,
  ) {
    const { view, values, errors } = result;
    const shown = { answers: values, errors: residentErrors(view.questions, errors) };
    return showPage(reply, code, view, shown, 400);
  }

  /** Back to where the respondent was, e.g. after routing made a page disappear. */
  app.get('/enquete/verder', withCode, async (request, reply) => {
    const code = respondentCode(request);
    if (!code) return askCodeAgain(reply);
    if (!guard.mayTry(code)) return busyPage(reply);
    const result = await start(db, code);
    note(code, result);
    if (isRefusal(result)) return refusalPage(reply, result);
    return see(reply, `/enquete/vraag/${result.resumeAt}`);
  });

  app.get('/enquete/controle', withCode, async (request, reply) => {
    const code = respondentCode(request);
    if (!code) return askCodeAgain(reply);
    if (!guard.mayTry(code)) return busyPage(reply);
    const respondent = await viewRespondent(db, code);
    note(code, respondent);
    if (isRefusal(respondent)) return refusalPage(reply, respondent);
    const answers = respondent.draft.answers;
    const items = askedPages(respondent.pages, answers).flatMap((page) =>
      askedQuestions(page, answers).map((question): ReviewItem => ({
        question,
        pageKey: page.key,
        answer: answers[question.id] ?? [],
      })),
    );
    return send(reply, reviewPage(items, formToken(code)));
  });

  app.post('/enquete/versturen', withCode, async (request, reply) => {
    const code = respondentCode(request);
    if (!code) return askCodeAgain(reply);
    if (isCrossSite(request) || !validFormToken(code, first(formOf(request), 'token'))) {
      return refuseForgery(reply);
    }
    if (!guard.mayTry(code)) return busyPage(reply);
    const result = await submit(db, code);
    note(code, result);
    if (isRefusal(result)) return refusalPage(reply, result);
    clearRespondentCookie(reply);
    return see(reply, '/enquete/klaar');
  });

  app.get('/enquete/klaar', pageRoute, async (_request, reply) =>
    send(reply, messagePage({ title: NL.doneTitle, lines: NL.done })),
  );

  app.get('/enquete/bewaard', pageRoute, async (_request, reply) =>
    send(
      reply,
      messagePage({
        title: NL.pausedTitle,
        lines: NL.paused,
        link: { href: '/enquete', text: NL.again },
      }),
    ),
  );
}
