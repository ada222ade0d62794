import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../../shared/api/common.schema.js';
import {
  drawSampleBodySchema,
  sampleCalculationQuerySchema,
  sampleCalculationSchema,
  sampleResultSchema,
} from '../../../shared/api/sampling.schema.js';
import { asActor, type RouteContext } from '../../http/route-context.js';
import { calculateSample, drawSurveySample } from './sampling.service.js';

const tags = ['Cliëntervaringsonderzoek'];
const access = 'onderzoek.uitvoeren' as const;
const params = z.object({ id: uuid });

export const samplingRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/enquetes/:id/steekproef/berekening',
    {
      config: { access },
      schema: {
        summary: 'Hoeveel mensen uitnodigen voor een foutmarge',
        description:
          'Respondenten nodig bij 95% betrouwbaarheid met eindige-populatiecorrectie, en de uitnodigingen die daarvoor nodig zijn bij het verwachte responspercentage; per gemeente en voor het geheel. De populatie is het cliëntenbestand zonder afmeldingen (en zonder beëindigde voorzieningen als eindeVoor is gegeven).',
        tags,
        params,
        querystring: sampleCalculationQuerySchema,
        response: { 200: sampleCalculationSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        calculateSample(trx, actor, request.params.id, request.query),
      ),
  );

  app.post(
    '/enquetes/:id/steekproef',
    {
      config: { access },
      schema: {
        summary: 'De steekproef trekken en uitnodigingen met een persoonlijke code maken',
        description:
          'Zelfde seed en zelfde cliëntenbestand geven dezelfde steekproef. Wie al is uitgenodigd voor deze ronde doet niet opnieuw mee: een tweede trekking vult aan.',
        tags,
        params,
        body: drawSampleBodySchema,
        response: {
          201: sampleResultSchema,
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await asActor(db, request, (trx, actor) =>
        drawSurveySample(trx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(result);
    },
  );
};
