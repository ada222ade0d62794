import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '../../shared/api/audit.schema.js';
import { CSV_BOM } from '../exports/csv.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { auditCsvLines } from './audit.export.js';
import type { AuditFilter } from './audit.repository.js';
import { audit, PURPOSES, readAuditPage } from './audit.service.js';
import type { AuditQuery } from '../../shared/api/audit.schema.js';

const tags = ['Auditlog'];
const access = 'auditlog.lezen' as const;

function filterOf(query: AuditQuery): AuditFilter {
  return {
    action: query.actie,
    accountId: query.accountId,
    objectType: query.objectType,
    from: query.van,
    to: query.tot,
  };
}

export const auditRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/auditlog',
    {
      config: { access },
      schema: {
        summary: 'De auditlog van de organisatie',
        description: 'Elke verwerking van persoonsgegevens en elke inlog, nieuwste eerst.',
        tags,
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { pagina, perPagina } = request.query;
      const { entries, total } = await asActor(db, request, (trx, actor) =>
        readAuditPage(trx, actor, filterOf(request.query), { page: pagina, perPage: perPagina }),
      );
      return { regels: entries, totaal: total, pagina, perPagina };
    },
  );

  app.get(
    '/auditlog/export',
    {
      config: { access },
      schema: {
        summary: 'De auditlog als CSV',
        tags,
        querystring: auditQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const filter = filterOf(request.query);
      const csv = await asActor(db, request, async (trx, actor) => {
        let text = CSV_BOM;
        for await (const line of auditCsvLines(trx, actor.tenantId, filter)) text += line;
        await audit(trx, actor, {
          action: 'auditlog.geexporteerd',
          purpose: PURPOSES.accountability,
          details: { filter: { ...filter } },
        });
        return text;
      });
      // Today as a Dutch day: just after midnight the UTC date is still yesterday's.
      const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
        new Date(),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="auditlog-${day}.csv"`)
        .send(csv);
    },
  );
};
