import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import {
  domainListSchema,
  domainSchema,
  domainSetPutSchema,
  localDomainPatchSchema,
  newLocalDomainSchema,
} from '../../shared/api/outcomes.schema.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import {
  addLocalDomain,
  changeLocalDomain,
  chooseDomainSet,
  readDomains,
} from './domain.service.js';
import { errors, setup, tags } from './outcome.http.js';

/** Leefgebieden: the default set and local domains of the gemeente. */
export const domainRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/leefgebieden',
    {
      config: { access: 'session' },
      schema: {
        summary: 'De leefgebieden van de gemeente',
        tags,
        response: { 200: domainListSchema },
      },
    },
    async (request) => asActor(db, request, (trx, actor) => readDomains(trx, actor.tenantId)),
  );

  app.put(
    '/leefgebieden/set',
    {
      config: { access: setup },
      schema: {
        summary: 'De standaardset kiezen (MvO of ZRM)',
        tags,
        body: domainSetPutSchema,
        response: { 200: domainListSchema, 400: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => chooseDomainSet(trx, actor, request.body.set)),
  );

  app.post(
    '/leefgebieden',
    {
      config: { access: setup },
      schema: {
        summary: 'Een eigen leefgebied toevoegen',
        tags,
        body: newLocalDomainSchema,
        response: { 201: domainSchema, ...errors },
      },
    },
    async (request, reply) => {
      const domain = await asActor(db, request, (trx, actor) =>
        addLocalDomain(trx, actor, request.body),
      );
      return reply.code(201).send(domain);
    },
  );

  app.patch(
    '/leefgebieden/:code',
    {
      config: { access: setup },
      schema: {
        summary: 'Een eigen leefgebied aan- of uitzetten',
        tags,
        params: z.object({ code: z.string().max(40) }),
        body: localDomainPatchSchema,
        response: { 200: domainSchema, ...errors },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        changeLocalDomain(trx, actor, request.params.code, request.body),
      ),
  );
};
