import { z } from 'zod';
import { uuid } from './common.schema.js';

export const JOB_STATUSES = ['wachtend', 'bezig', 'klaar', 'mislukt'] as const;
export type JobStatusName = (typeof JOB_STATUSES)[number];

/** A background job as its starter sees it: how far it is, why it failed, where its file is. */
export const jobSchema = z
  .object({
    id: uuid,
    soort: z.string(),
    status: z.enum(JOB_STATUSES),
    voortgang: z.object({
      gedaan: z.number().int(),
      totaal: z.number().int().nullable(),
      /** What the job is doing now, in Dutch. */
      stap: z.string().nullable(),
    }),
    /** Why the job failed, in Dutch; null unless status is mislukt. */
    reden: z.string().nullable(),
    /** Small facts about the outcome, e.g. { brieven: 29, zonderAdres: 1 }. */
    samenvatting: z.record(z.string(), z.union([z.number(), z.string()])).nullable(),
    resultaat: z
      .object({
        href: z.string(),
        bestandsnaam: z.string(),
        type: z.string(),
        grootte: z.number().int(),
        /** After this moment the file (with its personal data) is deleted. */
        beschikbaarTot: z.iso.datetime(),
      })
      .nullable(),
    aangemaaktOp: z.iso.datetime(),
    klaarOp: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Taak' });
export type Job = z.infer<typeof jobSchema>;

export const jobParamsSchema = z.object({ id: uuid });
