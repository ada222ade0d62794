import { z } from 'zod';

/** Phone numbers as people write them: digits, spaces, +, - and brackets. */
export const HELP_PHONE_PATTERN = /^[0-9 +()-]{6,30}$/;

export const letterBatchQuerySchema = z.object({
  opnieuw: z
    .enum(['0', '1'], { error: 'Gebruik opnieuw=1 of laat het weg.' })
    .optional()
    .transform((v) => v === '1'),
});

/** Texts every letter of a round shares; saved with the round for the next batches. */
export const letterSettingsBodySchema = z
  .object({
    telefoon: z
      .string()
      .trim()
      .regex(HELP_PHONE_PATTERN, {
        error: 'Vul een telefoonnummer in, bijvoorbeeld 0592 36 69 11.',
      })
      .optional(),
    antwoordVoor: z.iso.date({ error: 'Gebruik een datum als jjjj-mm-dd.' }).optional(),
  })
  .default({});
export type LetterSettingsBody = z.infer<typeof letterSettingsBodySchema>;

export const MAILING_KINDS = ['uitnodiging', 'herinnering'] as const;

export const mailingQuerySchema = z.object({
  soort: z
    .enum(MAILING_KINDS, { error: 'Kies uitnodiging of herinnering.' })
    .default('uitnodiging'),
});

/**
 * The mailing file for a printing house, in this order. `url` is the personal link of the QR
 * code (`<adres>/enquete?code=<code>`), so the printing house can print its own QR code.
 */
export const MAILING_COLUMNS = [
  'klantnummer',
  'naam',
  'adres',
  'postcode',
  'woonplaats',
  'code',
  'url',
  'gemeentecode',
  'gemeente',
] as const;

export const purgeResultSchema = z
  .object({
    verwijderdOp: z.iso.datetime(),
    clienten: z.number().int(),
    codes: z.number().int(),
  })
  .meta({ id: 'PersoonsgegevensVerwijderd' });
export type PurgeResult = z.infer<typeof purgeResultSchema>;
