import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../shared/api/common.schema.js';
import { jobParamsSchema, jobSchema } from '../../shared/api/jobs.schema.js';
import { requireActor } from '../http/auth.plugin.js';
import { asActor, type RouteContext } from '../http/route-context.js';
import { jobResult, jobStatus, type JobFile } from './job.service.js';

const tags = ['Taken'];

/** The file streams from the database piece by piece; its size is known up front. */
function sendFile(reply: FastifyReply, file: JobFile) {
  return reply
    .type(file.type)
    .header('Content-Disposition', `attachment; filename="${file.name}"`)
    .header('Content-Length', String(file.size))
    .send(Readable.from(file.chunks));
}

/**
 * Jobs are read by the account that started them. The route is open to any session; the job's
 * kind names the permission needed, checked with the job itself (else 404).
 */
export const jobRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, jobs }) => {
  app.get(
    '/taken/:id',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Een taak op de achtergrond: status, voortgang en bestand',
        description:
          'Lang werk (zoals brieven voor een hele ronde) loopt als taak. Vraag de status op tot die klaar of mislukt is; resultaat.href is dan het bestand. Alleen wie de taak startte, ziet hem.',
        tags,
        params: jobParamsSchema,
        response: { 200: jobSchema, 404: problemSchema },
      },
    },
    async (request) =>
      asActor(db, request, (trx, actor) => jobStatus(trx, actor, jobs, request.params.id)),
  );

  app.get(
    '/taken/:id/resultaat',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Het bestand van een klare taak',
        description:
          'Het bestand dat de taak maakte (bijvoorbeeld een PDF met brieven). Het wordt een paar dagen bewaard; beschikbaarTot in de taak zegt tot wanneer.',
        tags,
        params: jobParamsSchema,
        response: { 404: problemSchema, 409: problemSchema },
      },
    },
    async (request, reply) => {
      const file = await jobResult(db, requireActor(request), jobs, request.params.id);
      return sendFile(reply, file);
    },
  );
};
