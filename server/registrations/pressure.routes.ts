import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import {
  pressureExportQuerySchema,
  pressureQuerySchema,
  pressureReportSchema,
  pressureSettingsPutSchema,
  pressureSettingsSchema,
} from '../../shared/api/registrations.schema.js';
import { todayInAmsterdam } from '../../shared/registrations/iso-week.js';
import { audit } from '../audit/audit.service.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import {
  changeSettings,
  presentSettings,
  REGISTRATION_PURPOSE,
  settingsOf,
} from './catalogue.service.js';
import {
  pressureCsv,
  pressureExportRows,
  pressureReport,
  pressureXlsx,
} from './pressure.service.js';

const tags = ['Registratie en werkdruk'];

/** The dashboard shows aggregates only, so it needs `cijfers.lezen`, never a record. */
export const pressureRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/werkdruk',
    {
      config: { access: 'cijfers.lezen' },
      schema: {
        summary: 'Werkdruk per locatie, stadsdeel of gemeente en per week of maand',
        description:
          'Vraag (geregistreerde uren + wachturen) tegenover effectieve capaciteit, drukratio, wachttijden, taakmix en aandelen niet digitaal vaardig en taalbarrière. De formule staat in docs/registrations.md.',
        tags,
        querystring: pressureQuerySchema,
        response: { 200: pressureReportSchema, 400: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => pressureReport(trx, actor.tenantId, request.query)),
  );

  app.get(
    '/werkdruk/export',
    {
      config: { access: 'cijfers.lezen' },
      schema: {
        summary: 'Werkdrukcijfers als CSV of Excel',
        tags,
        querystring: pressureExportQuerySchema,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const { formaat, ...query } = request.query;
      const rows = await asActor(db, request, async (trx, actor) => {
        const exported = await pressureExportRows(trx, actor.tenantId, query);
        await audit(trx, actor, {
          action: 'werkdruk.geexporteerd',
          purpose: REGISTRATION_PURPOSE,
          details: { formaat, per: query.per, niveau: query.niveau },
        });
        return exported;
      });
      const name = `werkdruk-${query.per}-${todayInAmsterdam()}`;
      if (formaat === 'xlsx') {
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('Content-Disposition', `attachment; filename="${name}.xlsx"`)
          .send(await pressureXlsx(rows));
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${name}.csv"`)
        .send(pressureCsv(rows));
    },
  );

  app.get(
    '/werkdruk/instellingen',
    {
      config: { access: 'cijfers.lezen' },
      schema: {
        summary: 'Gewichten van de capaciteit en andere instellingen van de werkdrukcijfers',
        tags,
        response: { 200: pressureSettingsSchema },
      },
    },
    async (request) =>
      asActor(db, request, async (trx, actor) =>
        presentSettings(await settingsOf(trx, actor.tenantId)),
      ),
  );

  app.put(
    '/werkdruk/instellingen',
    {
      config: { access: 'registratie.beheren' },
      schema: {
        summary: 'Gewichten, standaardduur van een aanvraag en wijzigtermijn instellen',
        tags,
        body: pressureSettingsPutSchema,
        response: { 200: pressureSettingsSchema, 400: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => changeSettings(trx, actor, request.body)),
  );
};
