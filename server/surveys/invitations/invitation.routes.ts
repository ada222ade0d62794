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
import { jobSchema } from '../../../shared/api/jobs.schema.js';
import { scopeOf } from '../../auth/actor.js';
import type { LetterKind } from '../../documents/letter-text.js';
import { enqueueJob, jobPath } from '../../jobs/job.service.js';
import { mailingLines } from '../../documents/mailing.js';
import { asActor, type RouteContext } from '../../http/route-context.js';
import { letterJob, LETTERS_BUSY } from './invitation.job.js';
import {
  checkLetters,
  dutchDay,
  letterJobKey,
  prepareMailing,
  publicUrl,
  purgePersonalData,
} from './invitation.service.js';

const tags = ['Cliëntervaringsonderzoek'];
const access = 'onderzoek.uitvoeren' as const;
const params = z.object({ id: uuid });

export const invitationRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, jobs }) => {
  jobs.register(letterJob);

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
          response: { 202: jobSchema, 400: problemSchema, 404: problemSchema, 409: problemSchema },
        },
      },
      async (request, reply) => {
        const job = await asActor(db, request, async (trx, actor) => {
          const letters = await checkLetters(trx, actor, request.params.id, kind, {
            again: request.query.opnieuw,
            settings: request.body ?? {},
          });
          return enqueueJob(trx, scopeOf(actor), {
            kind: letterJob,
            params: letters,
            singletonKey: letterJobKey(request.params.id),
            busy: LETTERS_BUSY,
          });
        });
        jobs.wake();
        return reply.code(202).header('Location', jobPath(job.id)).send(job);
      },
    );

  letterRoute(
    '/enquetes/:id/brieven',
    'uitnodiging',
    'Uitnodigingsbrieven als één PDF',
    'Start een taak die één PDF maakt met één A4 per uitgenodigde die nog geen brief had (met opnieuw=1: iedereen die nog niet heeft geantwoord). Telefoonnummer en antwoorddatum worden bij het onderzoek bewaard voor volgende brieven. Antwoord 202 met de taak (Location: /api/v1/taken/{id}); als die klaar is, staan het aantal brieven (brieven) en de uitgenodigden zonder volledig adres (zonderAdres) in de samenvatting en is de PDF te downloaden. De brieven tellen als gemaakt zodra de hele PDF klaar is.',
  );
  letterRoute(
    '/enquetes/:id/herinneringen',
    'herinnering',
    'Herinneringsbrieven als één PDF',
    'Start een taak, zoals bij brieven, voor wie nog niet heeft geantwoord en minstens het ingestelde aantal dagen geleden is uitgenodigd, en nog geen herinnering kreeg (met opnieuw=1: ook wie er al een kreeg).',
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
