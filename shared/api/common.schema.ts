import { z } from 'zod';

export const uuid = z.uuid({ error: 'Dit is geen geldige id.' });

/** RFC 9457 problem details, as the Dutch API Design Rules ask. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    invalidParams: z
      .array(z.object({ name: z.string(), code: z.string(), reason: z.string() }))
      .optional(),
  })
  .meta({ id: 'Probleem' });
export type Problem = z.infer<typeof problemSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'fout']),
  database: z.enum(['ok', 'fout']),
  versie: z.string(),
});
