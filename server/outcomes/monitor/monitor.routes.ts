import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  codeFormRoute,
  codeInAddress,
  postedCode,
  withCodeRoute,
} from '../../public/code-entry.js';
import type { CodePagesContext } from '../../public/code-guard.js';
import { errorPages } from '../../public/error-pages.js';
import {
  first,
  formOf,
  isCrossSite,
  pageRoute,
  send,
  see,
  useFormBodies,
} from '../../public/page-http.js';
import { areaStylesheet, serveStylesheet } from '../../public/stylesheet.js';
import { today } from '../outcome.service.js';
import { MONITOR_NL as NL } from './monitor.messages.js';
import {
  choosePage,
  codePage,
  donePage,
  idOf,
  LINE_POINTS,
  linePage,
  messagePage,
  MONITOR_PATH,
  MONITOR_STYLESHEET_PATH,
  type FieldError,
  type LineDomain,
} from './monitor.pages.js';
import { saveSelf, withMonitorCode, type SelfView } from './monitor.service.js';
import {
  clearMonitorCookie,
  monitorCode,
  monitorFormToken,
  setMonitorCookie,
  validMonitorToken,
} from './monitor.session.js';

/**
 * The resident's own monitor at `/monitor`: public (a personal code instead of an account),
 * server-rendered, no JavaScript, plain form posts (docs/adr/0010). Three steps: the code,
 * choosing and ordering the domains, then a point on the line per domain with an optional goal,
 * and the life satisfaction mark. Saving replaces the resident's own measurement of that day.
 */

const CSS = areaStylesheet(new URL('./monitor.css', import.meta.url));
const pages = errorPages({ messagePage, texts: NL, home: MONITOR_PATH });

const askCodeAgain = (reply: FastifyReply) => {
  clearMonitorCookie(reply);
  return send(reply, codePage({ notice: NL.expired }));
};

const refuseForgery = pages.forbidden;
/** Too many wrong codes over all addresses: no new codes for a while (ADR 0007, 0010). */
const busyPage = pages.busy;

/** `31-12-2026`, `31/12/2026` or `2026-12-31` → `2026-12-31`; undefined when not a real date. */
export function parseDutchDate(input: string): string | undefined {
  const text = input.trim();
  let y: number, m: number, d: number;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dutch) [d, m, y] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** The chosen codes in order, from `?keuze=a~b~c`, kept to codes the resident may choose. */
function chosenFrom(view: SelfView, keuze: string | undefined): string[] {
  const allowed = new Set(view.choosable.map((d) => d.code));
  const codes = (keuze ?? '').split('~').filter((c) => allowed.has(c));
  return [...new Set(codes)];
}

function lineDomains(view: SelfView, codes: string[]): LineDomain[] {
  const names = new Map(view.choosable.map((d) => [d.code, d.name]));
  return codes.map((code) => {
    const saved = view.todays?.domains.find((d) => d.domain_code === code);
    const goal = view.todays?.goals.get(code);
    return {
      code,
      name: names.get(code) ?? code,
      mark: saved?.resident_mark ?? null,
      previous: view.previous.get(code) ?? null,
      goal: goal?.description ?? '',
      goalDate: goal?.targetDate ? goal.targetDate.split('-').reverse().join('-') : '',
    };
  });
}

export async function monitorRoutes(
  app: FastifyInstance,
  { db, config, codeGuard: guard }: CodePagesContext,
) {
  useFormBodies(app);
  pages.use(app, 'monitor page failed');

  /** Looks a code up and counts a wrong one towards the global limit; remembers one that passed. */
  async function lookUp<T>(
    code: string,
    work: (...args: Parameters<Parameters<typeof withMonitorCode>[2]>) => Promise<T>,
  ): Promise<T | 'onbekend'> {
    const result = await withMonitorCode(db, code, work);
    if (result === 'onbekend') guard.failed();
    else guard.passed(code);
    return result;
  }

  // Pages after the code read it from the cookie: they are limited too (ADR 0008, decision 8).
  const withCode = withCodeRoute(config.loginRatePerMinute);

  serveStylesheet(app, MONITOR_STYLESHEET_PATH, CSS);

  app.get(MONITOR_PATH, pageRoute, async (request, reply) =>
    send(reply, codePage({ code: codeInAddress(request) })),
  );

  app.post(MONITOR_PATH, codeFormRoute(config.loginRatePerMinute), async (request, reply) => {
    if (isCrossSite(request)) return refuseForgery(reply);
    const code = postedCode(request);
    if (code === '') return send(reply, codePage({ error: NL.codeEmpty }), 400);
    if (!guard.mayTry(code)) return busyPage(reply);
    const found = await lookUp(code, async () => true);
    if (found === 'onbekend') return send(reply, codePage({ code, error: NL.codeUnknown }), 400);
    setMonitorCookie(reply, request, config, code);
    return see(reply, '/monitor/kiezen');
  });

  app.get('/monitor/kiezen', withCode, async (request, reply) => {
    const code = monitorCode(request);
    if (!code) return askCodeAgain(reply);
    if (!guard.mayTry(code)) return busyPage(reply);
    const page = await lookUp(code, async (_trx, view) => {
      const start = view.todays ? view.todays.domains.map((d) => d.domain_code) : view.lastChoice;
      return choosePage({
        token: monitorFormToken(code),
        choosable: view.choosable,
        places: new Map(start.map((c, i) => [c, i + 1])),
      });
    });
    if (page === 'onbekend') return askCodeAgain(reply);
    return send(reply, page);
  });

  app.post('/monitor/kiezen', withCode, async (request, reply) => {
    const code = monitorCode(request);
    if (!code) return askCodeAgain(reply);
    if (!guard.mayTry(code)) return busyPage(reply);
    const form = formOf(request);
    if (isCrossSite(request) || !validMonitorToken(code, first(form, 'token'))) {
      return refuseForgery(reply);
    }
    const result = await lookUp(code, async (_trx, view) => {
      const places = new Map<string, number>();
      view.choosable.forEach((d) => {
        const place = Number(first(form, `plaats.${d.code}`) ?? '');
        if (Number.isInteger(place) && place >= 1 && place <= view.choosable.length) {
          places.set(d.code, place);
        }
      });
      if (places.size === 0) {
        return {
          page: choosePage({
            token: monitorFormToken(code),
            choosable: view.choosable,
            places,
            error: NL.chooseEmpty,
          }),
        };
      }
      // Same number twice: the gemeente's order decides between them.
      const order = view.choosable.map((d) => d.code).filter((c) => places.has(c));
      order.sort((a, b) => (places.get(a) ?? 0) - (places.get(b) ?? 0));
      return {
        page: undefined,
        to: `/monitor/lijn?keuze=${order.map(encodeURIComponent).join('~')}`,
      };
    });
    if (result === 'onbekend') return askCodeAgain(reply);
    if (result.page !== undefined) return send(reply, result.page, 400);
    return see(reply, result.to ?? '/monitor/kiezen');
  });

  app.get<{ Querystring: { keuze?: string } }>(
    '/monitor/lijn',
    withCode,
    async (request, reply) => {
      const code = monitorCode(request);
      if (!code) return askCodeAgain(reply);
      if (!guard.mayTry(code)) return busyPage(reply);
      const page = await lookUp(code, async (_trx, view) => {
        const codes = chosenFrom(view, request.query.keuze);
        if (codes.length === 0) return undefined;
        return linePage({
          token: monitorFormToken(code),
          domains: lineDomains(view, codes),
          life: view.todays?.lifeSatisfaction ?? null,
          errors: [],
        });
      });
      if (page === 'onbekend') return askCodeAgain(reply);
      if (page === undefined) return see(reply, '/monitor/kiezen');
      return send(reply, page);
    },
  );

  app.post('/monitor/lijn', withCode, async (request, reply) => {
    const code = monitorCode(request);
    if (!code) return askCodeAgain(reply);
    if (!guard.mayTry(code)) return busyPage(reply);
    const form = formOf(request);
    if (isCrossSite(request) || !validMonitorToken(code, first(form, 'token'))) {
      return refuseForgery(reply);
    }
    const result = await lookUp(code, async (trx, view) => {
      const codes = chosenFrom(view, (form.gebied ?? []).join('~'));
      if (codes.length === 0) return { page: undefined, to: '/monitor/kiezen' };
      const errors: FieldError[] = [];
      const domains = lineDomains(view, codes).map((d) => {
        const raw = first(form, `punt.${d.code}`);
        const mark = raw !== undefined && LINE_POINTS.includes(Number(raw)) ? Number(raw) : null;
        const goal = (first(form, `doel.${d.code}`) ?? '').replace(/\p{Cc}/gu, ' ').trim();
        const dateText = (first(form, `datum.${d.code}`) ?? '').trim();
        const shown: LineDomain = { ...d, mark, goal, goalDate: dateText };
        if (mark === null) {
          shown.markError = NL.markMissing(d.name);
          errors.push({ target: `punt-${idOf(d.code)}-0`, message: shown.markError });
        }
        if (goal.length > 500) {
          shown.goalError = NL.goalTooLong(d.name);
          errors.push({ target: `doel-${idOf(d.code)}`, message: shown.goalError });
        }
        if (dateText !== '') {
          const iso = parseDutchDate(dateText);
          if (!iso) shown.dateError = NL.goalDateWrong(d.name);
          else if (iso < today()) shown.dateError = NL.goalDatePast(d.name);
          if (shown.dateError)
            errors.push({ target: `datum-${idOf(d.code)}`, message: shown.dateError });
        }
        return shown;
      });
      const lifeRaw = Number(first(form, 'leven') ?? '');
      const life = Number.isInteger(lifeRaw) && lifeRaw >= 1 && lifeRaw <= 10 ? lifeRaw : null;
      if (errors.length > 0) {
        return { page: linePage({ token: monitorFormToken(code), domains, life, errors }) };
      }
      await saveSelf(trx, view, {
        domains: domains.map((d) => ({ code: d.code, mark: d.mark as number })),
        goals: domains
          .filter((d) => d.goal !== '')
          .map((d) => ({
            domain: d.code,
            description: d.goal,
            targetDate: d.goalDate ? (parseDutchDate(d.goalDate) ?? null) : null,
          })),
        lifeSatisfaction: life,
      });
      return { page: undefined, to: '/monitor/klaar' };
    });
    if (result === 'onbekend') return askCodeAgain(reply);
    if (result.page !== undefined) return send(reply, result.page, 400);
    return see(reply, result.to ?? '/monitor/kiezen');
  });

  app.get('/monitor/klaar', withCode, async (request, reply) => {
    const code = monitorCode(request);
    if (!code) return askCodeAgain(reply);
    if (!guard.mayTry(code)) return busyPage(reply);
    const page = await lookUp(code, async (_trx, view) => {
      if (!view.todays) return undefined;
      const names = new Map(view.choosable.map((d) => [d.code, d.name]));
      return donePage({
        token: monitorFormToken(code),
        marks: view.todays.domains
          .filter((d) => d.resident_mark !== null)
          .map((d) => ({
            name: names.get(d.domain_code) ?? view.catalogue.nameOf(d.domain_code).bewonersnaam,
            mark: d.resident_mark as number,
          })),
        life: view.todays.lifeSatisfaction,
      });
    });
    if (page === 'onbekend') return askCodeAgain(reply);
    if (page === undefined) return see(reply, '/monitor/kiezen');
    return send(reply, page);
  });

  app.post('/monitor/stoppen', withCode, async (request, reply) => {
    const code = monitorCode(request);
    if (
      code &&
      (isCrossSite(request) || !validMonitorToken(code, first(formOf(request), 'token')))
    ) {
      return refuseForgery(reply);
    }
    clearMonitorCookie(reply);
    return send(
      reply,
      messagePage({
        title: NL.stoppedTitle,
        lines: [NL.stopped],
        link: { href: '/monitor', text: NL.again },
      }),
    );
  });
}
