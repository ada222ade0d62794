import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import helmet from 'helmet';
import { API_VERSION } from '../../shared/api/version.js';
import { applyDutchValidationMessages } from '../../shared/i18n/zod-nl.js';
import { accountRoutes } from '../accounts/account.routes.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { benchmarkRoutes } from '../benchmark/benchmark.routes.js';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/database.js';
import { jobRoutes } from '../jobs/job.routes.js';
import { JobRunner } from '../jobs/job.runner.js';
import { pressureRoutes } from '../registrations/pressure.routes.js';
import { registrationRoutes } from '../registrations/registration.routes.js';
import { monitorRoutes } from '../outcomes/monitor/monitor.routes.js';
import { outcomeRoutes } from '../outcomes/outcome.routes.js';
import { CodeGuard } from '../public/code-guard.js';
import { residentRoutes } from '../resident/resident.routes.js';
import { resultsRoutes } from '../results/results.routes.js';
import { sessionRoutes } from '../sessions/session.routes.js';
import { clientRoutes } from '../surveys/clients/client.routes.js';
import { invitationRoutes } from '../surveys/invitations/invitation.routes.js';
import { samplingRoutes } from '../surveys/sampling/sampling.routes.js';
import { responseRoutes } from '../surveys/responses/response.routes.js';
import { surveyRoutes } from '../surveys/survey.routes.js';
import { tenantRoutes } from '../tenants/tenant.routes.js';
import authPlugin from './auth.plugin.js';
import { healthRoutes } from './health.routes.js';
import { HttpProblem, problems, type InvalidParam } from './problem.js';

/** Content types of uploaded files: CSV (any separator) and XLSX. */
export const UPLOAD_CONTENT_TYPES = [
  'text/csv',
  'text/plain',
  'application/octet-stream',
  // What browsers on Windows call a .csv file when Excel is installed.
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
export const UPLOAD_LIMIT_BYTES = 100 * 1024 * 1024;

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppOptions {
  database: DatabaseHandle;
  config: Config;
  /** Log requests (off in tests, where the output would only be noise). */
  logRequests?: boolean;
}

/** The log lines carry no personal data: no addresses, no query strings, no cookies. */
function loggerOptions(config: Config, enabled: boolean) {
  if (!enabled) return false;
  return {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: req.url.split('?')[0] }),
    },
  };
}

function invalidParamsOf(error: FastifyError & { validationContext?: string }): InvalidParam[] {
  return (error.validation ?? []).map((issue) => {
    const name = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return {
      name: name || (error.validationContext ?? 'body'),
      code: issue.keyword,
      reason: issue.message ?? 'Ongeldige waarde.',
    };
  });
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  applyDutchValidationMessages();
  const { config, database } = options;
  const app = Fastify({
    logger: loggerOptions(config, options.logRequests ?? true),
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: HttpProblem;
    if (error instanceof HttpProblem) problem = error;
    else if (hasZodFastifySchemaValidationErrors(error))
      problem = problems.invalid(invalidParamsOf(error));
    else if (error.statusCode === 429) problem = problems.tooMany();
    else if (error.statusCode === 413) {
      const upload = UPLOAD_CONTENT_TYPES.includes(
        (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '',
      );
      problem = new HttpProblem(
        413,
        'Te groot',
        upload
          ? `Het bestand is te groot (hoogstens ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB).`
          : 'Het verzoek is te groot (hoogstens 2 MB).',
      );
    } else if (error.statusCode === 415) {
      problem = new HttpProblem(
        415,
        'Niet ondersteund',
        'Stuur gegevens als JSON (application/json), of een bestand als CSV (text/csv) of Excel (XLSX).',
      );
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      problem = new HttpProblem(
        error.statusCode,
        'Ongeldig verzoek',
        'Het verzoek kan niet worden gelezen.',
      );
    } else {
      request.log.error({ err: error }, 'unhandled error');
      problem = new HttpProblem(
        500,
        'Interne fout',
        'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      );
    }
    void reply
      .code(problem.status)
      .type('application/problem+json')
      .send(problem.toBody(request.url.split('?')[0] ?? request.url));
  });

  // Files (client registers, scanned responses) are sent as the request body itself, with
  // their own content type; routes that accept them get a Buffer and a larger size limit.
  app.addContentTypeParser(
    UPLOAD_CONTENT_TYPES,
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );

  await app.register(fastifyCookie);
  // Security headers (CSP, HSTS behind TLS, nosniff, frame-ancestors none, ...), the same for
  // every response: the helmet middleware is made once here, not once per request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.secureCookies === 'always' ? [] : null,
      },
    },
    hsts: config.secureCookies === 'always',
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, () => done());
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Meetwerk API',
        description: 'De REST-API van Meetwerk: meten wat telt in het sociaal domein.',
        version: API_VERSION,
        contact: { name: 'Meetwerk', url: 'https://meetwerk.nl', email: 'api@meetwerk.nl' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      components: {
        securitySchemes: {
          sessie: { type: 'apiKey', in: 'cookie', name: 'meetwerk_sessie' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(authPlugin, { db: database.db, config });

  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      reply.header('API-Version', API_VERSION);
      reply.header('Cache-Control', 'no-store');
    }
  });

  // Long work runs here, beside the requests, never inside one (ADR 0011). Modules register
  // their kinds while their routes are registered; the runner starts when the app is ready and
  // stops, putting unfinished jobs back in the queue, when the app closes.
  const jobs = new JobRunner(database, {
    log: (message, error) => app.log.error({ err: error }, message),
  });
  app.addHook('onReady', () => jobs.start());
  app.addHook('onClose', () => jobs.stop());
  const context = { db: database.db, config, jobs };
  await app.register(
    async (api) => {
      await api.register(healthRoutes, context);
      await api.register(sessionRoutes, context);
      await api.register(accountRoutes, context);
      await api.register(auditRoutes, context);
      await api.register(tenantRoutes, context);
      await api.register(surveyRoutes, context);
      await api.register(responseRoutes, context);
      await api.register(samplingRoutes, context);
      await api.register(invitationRoutes, context);
      await api.register(clientRoutes, context);
      await api.register(outcomeRoutes, context);
      await api.register(registrationRoutes, context);
      await api.register(pressureRoutes, context);
      await api.register(resultsRoutes, context);
      await api.register(jobRoutes, context);
      api.get(
        '/openapi.json',
        { config: { access: 'public' }, schema: { hide: true } },
        async (_request, reply) => {
          reply.header('Access-Control-Allow-Origin', '*');
          return app.swagger();
        },
      );
    },
    { prefix: '/api/v1' },
  );

  // One limit on wrong codes for /enquete and /monitor together (ADR 0007): a guesser does not
  // get the allowance once per page.
  const codeGuard = new CodeGuard(config.codeFailuresPerMinute);
  await app.register(residentRoutes, { ...context, codeGuard });
  await app.register(monitorRoutes, { ...context, codeGuard });
  await app.register(benchmarkRoutes, { database });
  registerWeb(app);
  return app;
}

/** Serves the built web app; every non-API page path gets its index.html. */
function registerWeb(app: FastifyInstance): void {
  const built = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (built) {
    void app.register(fastifyStatic, {
      root: WEB_DIST,
      // Looks files up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      // `/` is the app itself; other folders are never listed.
      index: ['index.html'],
      list: false,
      setHeaders: (res, filePath) => {
        const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    // A missing file (an old asset, say) is a 404, never the page: that would arrive as HTML.
    const wantsPage =
      request.method === 'GET' && !pathname.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(pathname);
    if (!wantsPage) {
      return reply
        .code(404)
        .type('application/problem+json')
        .send(
          problems.notFound('Deze API-route bestaat niet.').toBody(request.url.split('?')[0] ?? ''),
        );
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('De webapplicatie is nog niet gebouwd. Voer "npm run build" uit en start opnieuw.');
    }
    reply.header('Cache-Control', 'no-cache');
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
