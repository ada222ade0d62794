import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';
import {
  createSurveyBodySchema,
  questionnaireVersionSchema,
  surveyListSchema,
  surveySummarySchema,
  updateSurveyBodySchema,
} from '../../shared/api/survey.schema.js';
import { questionnaireSchema } from '../../shared/surveys/questionnaire.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import {
  createSurvey,
  getQuestionnaire,
  getSurvey,
  listSurveys,
  saveQuestionnaire,
  updateSurvey,
} from './survey.service.js';

const tags = ['Cliëntervaringsonderzoek'];
const access = 'onderzoek.uitvoeren' as const;
const params = z.object({ id: uuid });

export const surveyRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.get(
    '/enquetes',
    {
      config: { access },
      schema: {
        summary: 'De onderzoeken van de organisatie',
        tags,
        response: { 200: surveyListSchema },
      },
    },
    async (request) => ({ enquetes: await asActor(db, request, listSurveys) }),
  );

  app.post(
    '/enquetes',
    {
      config: { access },
      schema: {
        summary: 'Een onderzoeksronde aanmaken vanuit een sjabloon',
        tags,
        body: createSurveyBodySchema,
        response: { 201: surveySummarySchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const survey = await asActor(db, request, (trx, actor) =>
        createSurvey(trx, actor, request.body),
      );
      return reply.code(201).send(survey);
    },
  );

  app.get(
    '/enquetes/:id',
    {
      config: { access },
      schema: {
        summary: 'Eén onderzoek',
        tags,
        params,
        response: { 200: surveySummarySchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => getSurvey(trx, actor, request.params.id)),
  );

  app.patch(
    '/enquetes/:id',
    {
      config: { access },
      schema: {
        summary: 'Naam, status, herinnering of bewaartermijn wijzigen',
        tags,
        params,
        body: updateSurveyBodySchema,
        response: { 200: surveySummarySchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        updateSurvey(trx, actor, request.params.id, request.body),
      ),
  );

  app.get(
    '/enquetes/:id/vragenlijst',
    {
      config: { access },
      schema: {
        summary: 'De geldende versie van de vragenlijst',
        tags,
        params,
        response: { 200: questionnaireVersionSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => getQuestionnaire(trx, actor, request.params.id)),
  );

  app.put(
    '/enquetes/:id/vragenlijst',
    {
      config: { access },
      schema: {
        summary: 'Een nieuwe versie van de vragenlijst opslaan',
        description:
          'Zodra er antwoorden zijn, mag een nieuwe versie geen vragen of antwoordcodes verwijderen en geen soort vraag veranderen.',
        tags,
        params,
        body: questionnaireSchema,
        response: { 200: questionnaireVersionSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) =>
        saveQuestionnaire(trx, actor, request.params.id, request.body),
      ),
  );
};
