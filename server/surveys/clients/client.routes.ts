import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clientCountSchema,
  clientFileColumnsSchema,
  clientImportListSchema,
  clientImportQuerySchema,
  clientImportResultSchema,
} from '../../../shared/api/clients.schema.js';
import { problemSchema, uuid } from '../../../shared/api/common.schema.js';
import { asActor, type RouteContext } from '../../http/route-context.js';
import { HttpProblem, problems } from '../../http/problem.js';
import { readTabular, TabularError, type Tabular } from '../../imports/tabular.js';
import {
  countClients,
  describeColumns,
  importClients,
  listClientImports,
  parseColumnMapping,
  presentImport,
  rejectionsCsvOf,
} from './client-import.service.js';

const tags = ['Cliëntervaringsonderzoek'];
const access = 'onderzoek.uitvoeren' as const;
const params = z.object({ id: uuid });

/**
 * The uploaded file: the request body itself, as the upload parser in `app.ts` hands it over
 * (a Buffer). A JSON body means the client sent the wrong content type.
 */
function uploadedBytes(request: FastifyRequest): Buffer {
  if (request.body === undefined || request.body === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(request.body)) return request.body;
  throw new HttpProblem(
    415,
    'Niet ondersteund',
    'Stuur het bestand zelf als inhoud van het verzoek, als CSV (text/csv) of als Excel-werkmap (.xlsx).',
  );
}

async function readUpload(bytes: Buffer, fileName: string): Promise<Tabular> {
  try {
    return await readTabular(bytes, fileName);
  } catch (error) {
    if (error instanceof TabularError) throw problems.invalidField('bestand', error.message);
    throw error;
  }
}

export const clientRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  app.post(
    '/enquetes/:id/clientenbestanden',
    {
      config: { access },
      schema: {
        summary: 'Een cliëntenbestand (CSV of XLSX) inlezen',
        description:
          'Stuur het bestand als inhoud van het verzoek (Content-Type text/csv of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). ' +
          'Query: bestandsnaam; gemeente (CBS-code) als het hele bestand bij één gemeente hoort; kolommen: de kolomindeling als JSON, ' +
          'bijvoorbeeld {"klantnummer":"Cliëntnr"}. Goede rijen worden altijd opgeslagen; van elke afgewezen rij staan rij, veld en reden in het antwoord.',
        tags,
        params,
        querystring: clientImportQuerySchema,
        consumes: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: {
          201: clientImportResultSchema,
          400: problemSchema,
          404: problemSchema,
          409: problemSchema,
          415: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { bestandsnaam, gemeente, kolommen } = request.query;
      const mapping = kolommen === undefined ? undefined : parseColumnMapping(kolommen);
      const fileName = bestandsnaam ?? 'clientenbestand';
      // Read the file before the transaction: parsing a large file must not hold the database.
      const table = await readUpload(uploadedBytes(request), fileName);
      const outcome = await asActor(db, request, (trx, actor) =>
        importClients(trx, actor, request.params.id, { fileName, table, gemeente, mapping }),
      );
      return reply.code(201).send(presentImport(outcome));
    },
  );

  app.post(
    '/enquetes/:id/clientenbestanden/kolommen',
    {
      config: { access },
      schema: {
        summary: 'De kolommen van een cliëntenbestand bekijken, zonder het in te lezen',
        description:
          'Voor het scherm waarin u kolommen aan velden koppelt. Stuur het bestand zoals bij het inlezen. Er wordt niets opgeslagen; het antwoord bevat geen gegevens van personen.',
        tags,
        params,
        querystring: clientImportQuerySchema.pick({ bestandsnaam: true }),
        consumes: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: clientFileColumnsSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const fileName = request.query.bestandsnaam ?? 'clientenbestand';
      const table = await readUpload(uploadedBytes(request), fileName);
      return asActor(db, request, (trx, actor) =>
        describeColumns(trx, actor, request.params.id, table),
      );
    },
  );

  app.get(
    '/enquetes/:id/clientenbestanden',
    {
      config: { access },
      schema: {
        summary: 'De ingelezen cliëntenbestanden van een onderzoek',
        tags,
        params,
        response: { 200: clientImportListSchema, 404: problemSchema },
      },
    },
    async (request) => ({
      clientenbestanden: await asActor(db, request, (trx, actor) =>
        listClientImports(trx, actor, request.params.id),
      ),
    }),
  );

  app.get(
    '/enquetes/:id/clientenbestanden/:importId/afwijzingen',
    {
      config: { access },
      schema: {
        summary: 'De afgewezen rijen van een ingelezen bestand, als CSV (rij;veld;reden)',
        tags,
        params: z.object({ id: uuid, importId: uuid }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await asActor(db, request, (trx, actor) =>
        rejectionsCsvOf(trx, actor, request.params.id, request.params.importId),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .send(csv);
    },
  );

  app.get(
    '/enquetes/:id/clienten/telling',
    {
      config: { access },
      schema: {
        summary: 'Aantal cliënten per gemeente en productcategorie',
        description: 'Alleen aantallen, geen gegevens van personen.',
        tags,
        params,
        response: { 200: clientCountSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => countClients(trx, actor, request.params.id)),
  );
};
