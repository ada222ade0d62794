import { z } from 'zod';

export const uuid = z.uuid({ error: 'Dit is geen geldige id.' });

/**
 * Text without control characters, for names and other short text. PostgreSQL cannot store the
 * NUL character at all (the request would fail), and a tab or line break in a name only breaks
 * lists and exports.
 */
export const NO_CONTROL_CHARACTERS = /^\P{Cc}*$/u;
export const NO_CONTROL_CHARACTERS_MESSAGE =
  'Gebruik geen onzichtbare tekens, zoals een tab of een regeleinde.';

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
