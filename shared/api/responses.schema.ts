import { z } from 'zod';

/** Responses entered by staff (paper, phone), imported from files, and the fieldwork monitor. */

export const STAFF_CHANNELS = ['papier', 'telefoon'] as const;
export const RESPONSE_CHANNELS = ['online', 'papier', 'telefoon'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

const answerValue = z.union([z.string().max(2000), z.array(z.string().max(2000)).max(50)]);

export const enterResponseBodySchema = z
  .object({
    code: z
      .string({ error: 'Vul de code van het formulier in.' })
      .trim()
      .min(1, { error: 'Vul de code van het formulier in.' })
      .max(40, { error: 'Deze code is te lang.' }),
    kanaal: z.enum(STAFF_CHANNELS, { error: 'Kies papier of telefoon.' }),
    /** Per question id the answer code(s), e.g. `{ "Q1": "2", "M1": ["1", "3"] }`. */
    antwoorden: z.record(z.string().max(40), answerValue),
    /** Double entry: which of the two independent entries this is. */
    invoerder: z.union([z.literal(1), z.literal(2)]).optional(),
  })
  .meta({ id: 'ReactieInvoer' });
export type EnterResponseBody = z.infer<typeof enterResponseBodySchema>;

export const ENTRY_STATUSES = ['opgeslagen', 'wacht-op-tweede-invoer', 'verschil'] as const;

export const enterResponseResultSchema = z
  .object({
    status: z.enum(ENTRY_STATUSES),
    /** With `verschil`: the questions on which the two entries differ. */
    verschillen: z.array(z.string()).optional(),
  })
  .meta({ id: 'ReactieInvoerResultaat' });
export type EnterResponseResult = z.infer<typeof enterResponseResultSchema>;

export const entryConflictsSchema = z
  .object({
    verschillen: z.array(
      z.object({
        code: z.string(),
        kanaal: z.enum(STAFF_CHANNELS),
        vragen: z.array(
          z.object({
            vraag: z.string(),
            invoer1: z.array(z.string()),
            invoer2: z.array(z.string()),
          }),
        ),
      }),
    ),
    /** Forms entered once that wait for the second entry. */
    wachtOpTweedeInvoer: z.number().int(),
  })
  .meta({ id: 'Invoerverschillen' });
export type EntryConflicts = z.infer<typeof entryConflictsSchema>;

export const responseImportResultSchema = z
  .object({
    aanvaard: z.number().int(),
    afgewezen: z.number().int(),
    afwijzingen: z.array(z.object({ rij: z.number().int(), veld: z.string(), reden: z.string() })),
  })
  .meta({ id: 'ReactiebestandResultaat' });
export type ResponseImportResult = z.infer<typeof responseImportResultSchema>;

const byChannel = z.object({
  online: z.number().int(),
  papier: z.number().int(),
  telefoon: z.number().int(),
  totaal: z.number().int(),
});

export const fieldworkProgressSchema = z
  .object({
    gemeenten: z.array(
      z.object({
        gemeente: z.object({ id: z.uuid(), cbsCode: z.string(), naam: z.string() }),
        uitgenodigd: z.number().int(),
        gereageerd: byChannel,
        /** Responses ÷ invited, in percent with one decimal; null when nobody was invited. */
        responspercentage: z.number().nullable(),
        /**
         * The cumulative response rate of this gemeente at the end of each day in `perDag`, in
         * the same order (one number per day keeps 30 gemeenten × 6 weeks small).
         */
        responspercentagePerDag: z.array(z.number().nullable()),
        herinneringen: z.object({ verstuurd: z.number().int(), nodig: z.number().int() }),
      }),
    ),
    totaal: z.object({
      uitgenodigd: z.number().int(),
      gereageerd: byChannel,
      responspercentage: z.number().nullable(),
    }),
    /** The days with responses, oldest first. */
    perDag: z.array(
      z.object({
        datum: z.iso.date(),
        online: z.number().int(),
        papier: z.number().int(),
        telefoon: z.number().int(),
        totaal: z.number().int(),
        /** Responses up to and including this day. */
        cumulatief: z.number().int(),
        /** `cumulatief` ÷ all invited, in percent with one decimal; null when nobody was invited. */
        responspercentage: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Veldwerkvoortgang' });
export type FieldworkProgress = z.infer<typeof fieldworkProgressSchema>;
