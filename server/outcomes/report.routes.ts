import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import { outcomeQuerySchema, outcomeReportSchema } from '../../shared/api/outcomes.schema.js';
import { csvLine } from '../exports/csv.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { dossier, figures, idParams, tags } from './outcome.http.js';
import { today } from './outcome.service.js';
import {
  auditExport,
  EXPORT_COLUMNS,
  exportRows,
  outcomeReport,
  teamLeadReport,
} from './report.service.js';

/** Outcome figures: per wijkteam and for the gemeente, for a team lead, as CSV. */
export const reportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/wijkteams/:id/uitkomsten',
    {
      config: { access: dossier },
      schema: {
        summary: 'Uitkomsten van het eigen wijkteam (alleen voor de teamleider)',
        tags,
        params: idParams,
        response: { 200: outcomeReportSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => teamLeadReport(trx, actor, request.params.id)),
  );

  app.get(
    '/uitkomsten',
    {
      config: { access: figures },
      schema: {
        summary: 'Uitkomsten per wijkteam en voor de gemeente (kleine aantallen onderdrukt)',
        tags,
        querystring: outcomeQuerySchema,
        response: { 200: outcomeReportSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        outcomeReport(
          trx,
          actor.tenantId,
          request.query.wijkteam ? { teamIds: [request.query.wijkteam] } : {},
        ),
      ),
  );

  app.get(
    '/uitkomsten/export',
    {
      config: { access: figures },
      schema: {
        summary: 'Uitkomsten per wijkteam en leefgebied als CSV',
        tags,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const rows = await asActor(db, request, async (trx, actor) => {
        const lines = exportRows(await outcomeReport(trx, actor.tenantId));
        await auditExport(trx, actor, lines.length);
        return lines;
      });
      const body = [EXPORT_COLUMNS, ...rows].map((r) => csvLine(r, ',')).join('');
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="uitkomsten-${today()}.csv"`)
        .send(body);
    },
  );
};
