import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../../shared/api/common.schema.js';
import {
  enterResponseBodySchema,
  enterResponseResultSchema,
  entryConflictsSchema,
  fieldworkProgressSchema,
  responseImportResultSchema,
} from '../../../shared/api/responses.schema.js';
import { HttpProblem, problems } from '../../http/problem.js';
import { asActor, type RouteContext } from '../../http/route-context.js';
import { readTabular, TabularError, type Tabular } from '../../imports/tabular.js';
import { enterResponse, listEntryConflicts } from './entry.service.js';
import { importResponses } from './import.service.js';
import { fieldworkProgress } from './monitor.service.js';

const tags = ['Cliëntervaringsonderzoek'];
const access = 'onderzoek.uitvoeren' as const;
const params = z.object({ id: uuid });

/** The uploaded file is the request body itself (see the upload parser in `app.ts`). */
function uploadedBytes(request: FastifyRequest): Buffer {
  if (Buffer.isBuffer(request.body)) return request.body;
  if (request.body === undefined || request.body === null) return Buffer.alloc(0);
  throw new HttpProblem(
    415,
    'Niet ondersteund',
    'Stuur het bestand zelf als inhoud van het verzoek, als CSV (text/csv) of als Excel-werkmap (.xlsx).',
  );
}

/** Reads the file outside any transaction: parsing must not hold the database. */
export async function readResponseFile(bytes: Buffer, fileName: string): Promise<Tabular> {
  try {
    return await readTabular(bytes, fileName);
  } catch (error) {
    if (error instanceof TabularError) throw problems.invalidField('bestand', error.message);
    throw error;
  }
}

export const responseRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.post(
    '/enquetes/:id/reacties',
    {
      config: { access },
      schema: {
        summary: 'Een papieren of telefonische vragenlijst invoeren',
        description:
          'Met `invoerder` (1 of 2) wordt het formulier twee keer ingevoerd, door twee mensen. ' +
          'Zijn de invoeren gelijk, dan wordt de reactie opgeslagen; zo niet, dan staat het verschil ' +
          'bij invoerverschillen en beslist een derde invoer zonder invoerder.',
        tags,
        params,
        body: enterResponseBodySchema,
        response: {
          201: enterResponseResultSchema,
          202: enterResponseResultSchema,
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await asActor(db, request, (trx, actor) =>
        enterResponse(trx, actor, request.params.id, request.body),
      );
      return reply.code(result.status === 'opgeslagen' ? 201 : 202).send(result);
    },
  );

  app.get(
    '/enquetes/:id/invoerverschillen',
    {
      config: { access },
      schema: {
        summary: 'Formulieren waarvan de twee invoeren verschillen',
        tags,
        params,
        response: { 200: entryConflictsSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => listEntryConflicts(trx, actor, request.params.id)),
  );

  app.post(
    '/enquetes/:id/reactiebestanden',
    {
      config: { access },
      schema: {
        summary: 'Een bestand met ingevulde vragenlijsten inlezen (CSV of XLSX)',
        description:
          'Eén rij per formulier: code;kanaal;Q1;Q2;… (zie docs/response-import.md). Goede rijen ' +
          'worden opgeslagen; van elke afgewezen rij staan rij, veld en reden in het antwoord.',
        tags,
        params,
        querystring: z.object({ bestandsnaam: z.string().max(200).optional() }),
        consumes: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: {
          201: responseImportResultSchema,
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
          415: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const fileName = request.query.bestandsnaam ?? 'reacties';
      const table = await readResponseFile(uploadedBytes(request), fileName);
      const result = await asActor(db, request, (trx, actor) =>
        importResponses(trx, actor, request.params.id, table),
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/enquetes/:id/voortgang',
    {
      config: { access },
      schema: {
        summary: 'Voortgang van het veldwerk: uitgenodigd, gereageerd, respons, herinneringen',
        tags,
        params,
        response: { 200: fieldworkProgressSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => fieldworkProgress(trx, actor, request.params.id)),
  );
};
