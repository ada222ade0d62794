import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import {
  gemeenteListSchema,
  tenantSettingsSchema,
  updateTenantBodySchema,
} from '../../shared/api/tenants.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { listGemeenten } from './tenant.repository.js';
import { getTenantLogo, getTenantSettings, updateTenantSettings } from './tenant.service.js';

const tags = ['Organisaties'];
const params = z.object({ id: uuid });

export const tenantRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/organisaties/:id',
    {
      config: { access: 'organisatie.instellen' },
      schema: {
        summary: 'Instellingen van de organisatie',
        tags,
        params,
        response: { 200: tenantSettingsSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => getTenantSettings(trx, actor, request.params.id)),
  );

  app.patch(
    '/organisaties/:id',
    {
      config: { access: 'organisatie.instellen' },
      schema: {
        summary: 'Instellingen van de organisatie wijzigen',
        tags,
        params,
        body: updateTenantBodySchema,
        response: { 200: tenantSettingsSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        updateTenantSettings(trx, actor, request.params.id, request.body),
      ),
  );

  app.get(
    '/organisaties/:id/logo',
    {
      config: { access: 'session' },
      schema: { summary: 'Het logo van de organisatie', tags, params },
    },
    async (request, reply) => {
      const logo = await asActor(db, request, (trx, actor) =>
        getTenantLogo(trx, actor, request.params.id),
      );
      // An SVG logo is shown as an image only; this stops it from running as a document.
      reply.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return reply.type(logo.mime).send(Buffer.from(logo.bytes));
    },
  );

  app.get(
    '/gemeenten',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Alle gemeenten (CBS-indeling 2025)',
        tags,
        response: { 200: gemeenteListSchema },
      },
    },
    async () => {
      const rows = await listGemeenten(db);
      return {
        gemeenten: rows.map((r) => ({
          cbsCode: r.cbs_code ?? '',
          naam: r.name,
          provincie: r.province ?? '',
        })),
      };
    },
  );
};
