import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema, uuid } from '../../../shared/api/common.schema.js';
import {
  letterBatchQuerySchema,
  letterSettingsBodySchema,
  mailingQuerySchema,
  MAILING_COLUMNS,
  purgeResultSchema,
} from '../../../shared/api/invitations.schema.js';
import type { LetterKind } from '../../documents/letter-text.js';
import { writeLetters } from '../../documents/letters.js';
import { mailingLines } from '../../documents/mailing.js';
import { asActor, type RouteContext } from '../../http/route-context.js';
import {
  dutchDay,
  prepareLetters,
  prepareMailing,
  publicUrl,
  purgePersonalData,
  type PreparedLetters,
} from './invitation.service.js';

const tags = ['Cliëntervaringsonderzoek'];
const access = 'onderzoek.uitvoeren' as const;
const params = z.object({ id: uuid });
// No 200 schema for files: the body is a PDF or CSV stream, not JSON to serialise.
const fileErrors = { 404: problemSchema, 409: problemSchema };

/** Streams the PDF as it is made: 23,000 letters never sit in memory as one file. */
function sendLetters(reply: FastifyReply, prepared: PreparedLetters, name: string) {
  const stream = new PassThrough();
  writeLetters(stream, prepared.recipients, prepared.batch).catch((error: Error) =>
    stream.destroy(error),
  );
  return reply
    .type('application/pdf')
    .header('Content-Disposition', `attachment; filename="${name}-${dutchDay(new Date())}.pdf"`)
    .header('X-Aantal-Brieven', String(prepared.recipients.length))
    .header('X-Zonder-Adres', String(prepared.withoutAddress))
    .send(stream);
}

export const invitationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db }) => {
  const letterRoute = (path: string, kind: LetterKind, summary: string, description: string) =>
    app.post(
      path,
      {
        config: { access },
        schema: {
          summary,
          description,
          tags,
          params,
          querystring: letterBatchQuerySchema,
          // No body at all arrives as null: every setting is optional.
          body: letterSettingsBodySchema.nullable(),
          produces: ['application/pdf'],
          response: fileErrors,
        },
      },
      async (request, reply) => {
        const prepared = await asActor(db, request, (trx, actor) =>
          prepareLetters(trx, actor, request.params.id, kind, {
            again: request.query.opnieuw,
            settings: request.body ?? {},
          }),
        );
        return sendLetters(reply, prepared, kind === 'uitnodiging' ? 'brieven' : 'herinneringen');
      },
    );

  letterRoute(
    '/enquetes/:id/brieven',
    'uitnodiging',
    'Uitnodigingsbrieven als één PDF',
    'Eén A4 per uitgenodigde die nog geen brief had (met opnieuw=1: iedereen die nog niet heeft geantwoord). Telefoonnummer en antwoorddatum worden bij het onderzoek bewaard voor volgende brieven. Het aantal brieven staat in X-Aantal-Brieven; uitgenodigden zonder volledig adres in X-Zonder-Adres.',
  );
  letterRoute(
    '/enquetes/:id/herinneringen',
    'herinnering',
    'Herinneringsbrieven als één PDF',
    'Voor wie nog niet heeft geantwoord en minstens het ingestelde aantal dagen geleden is uitgenodigd, en nog geen herinnering kreeg (met opnieuw=1: ook wie er al een kreeg).',
  );

  app.get(
    '/enquetes/:id/adresbestand',
    {
      config: { access },
      schema: {
        summary: 'Adresbestand (CSV) voor een drukkerij',
        description: `Puntkomma-gescheiden, UTF-8 met BOM. Kolommen: ${MAILING_COLUMNS.join(';')}. url is de persoonlijke link achter de QR-code. soort=uitnodiging: iedereen die nog niet heeft geantwoord; soort=herinnering: wie een herinnering nodig heeft of al kreeg.`,
        tags,
        params,
        querystring: mailingQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const invitees = await asActor(db, request, (trx, actor) =>
        prepareMailing(trx, actor, request.params.id, request.query.soort),
      );
      const csv = [...mailingLines(invitees, publicUrl())].join('');
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="adresbestand-${request.query.soort}-${dutchDay(new Date())}.csv"`,
        )
        .send(csv);
    },
  );

  app.post(
    '/enquetes/:id/persoonsgegevens-verwijderen',
    {
      config: { access },
      schema: {
        summary: 'Namen, adressen en codes van het onderzoek nu verwijderen',
        description:
          'Verwijdert namen, adressen, postcodes, woonplaatsen en de leesbare codes. Gemeente, voorziening en geboortejaar blijven (voor tellingen), en de versleutelde codes, zodat late antwoorden nog meetellen. Dit kan niet ongedaan worden gemaakt.',
        tags,
        params,
        response: { 200: purgeResultSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => purgePersonalData(trx, actor, request.params.id)),
  );
};
