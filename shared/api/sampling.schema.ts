import { z } from 'zod';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE } from './common.schema.js';

export const SAMPLE_METHODS = ['alles', 'aselect', 'gestratificeerd'] as const;
export const STRATA = ['gemeente', 'voorziening', 'leeftijdsgroep'] as const;
export type Stratum = (typeof STRATA)[number];

const isoDate = z.iso.date({ error: 'Gebruik een datum als jjjj-mm-dd.' });

export const sampleCalculationQuerySchema = z.object({
  marge: z.coerce
    .number({ error: 'Vul de foutmarge in procenten in, bijvoorbeeld 5.' })
    .min(1, { error: 'De foutmarge is minstens 1%.' })
    .max(20, { error: 'De foutmarge is hoogstens 20%.' })
    .default(5),
  responspercentage: z.coerce
    .number({ error: 'Vul het verwachte responspercentage in, bijvoorbeeld 35.' })
    .min(1, { error: 'Het responspercentage is minstens 1%.' })
    .max(100, { error: 'Het responspercentage is hoogstens 100%.' })
    .default(35),
  eindeVoor: isoDate.optional(),
});
export type SampleCalculationQuery = z.infer<typeof sampleCalculationQuerySchema>;

const adviceSchema = z.object({
  populatie: z.number().int(),
  respondentenNodig: z.number().int(),
  uitnodigingenNodig: z.number().int(),
  iedereenUitnodigen: z.boolean(),
});

export const sampleCalculationSchema = z
  .object({
    marge: z.number(),
    responspercentage: z.number(),
    perGemeente: z.array(
      adviceSchema.extend({ gemeente: z.object({ cbsCode: z.string(), naam: z.string() }) }),
    ),
    /** Every gemeente its own margin: the sum of the per-gemeente figures. */
    somPerGemeente: adviceSchema,
    /** One margin for the whole round (all gemeenten together). */
    geheel: adviceSchema,
  })
  .meta({ id: 'SteekproefBerekening' });
export type SampleCalculation = z.infer<typeof sampleCalculationSchema>;

export const drawSampleBodySchema = z
  .object({
    methode: z.enum(SAMPLE_METHODS, { error: 'Kies alles, aselect of gestratificeerd.' }),
    omvang: z
      .number({ error: 'Vul het aantal uitnodigingen in.' })
      .int({ error: 'Vul een heel aantal in.' })
      .min(1, { error: 'Trek minstens 1 persoon.' })
      .max(1_000_000)
      .optional(),
    strata: z
      .array(z.enum(STRATA, { error: 'Kies gemeente, voorziening of leeftijdsgroep.' }))
      .max(3)
      .optional(),
    seed: z
      .union([
        z.string().trim().min(1).max(100).regex(NO_CONTROL_CHARACTERS, {
          error: NO_CONTROL_CHARACTERS_MESSAGE,
        }),
        z.number().int(),
      ])
      .transform(String),
    uitsluiten: z
      .object({
        eindeVoor: isoDate.optional(),
        eerderUitgenodigdMaanden: z
          .number()
          .int()
          .min(1, { error: 'Minstens 1 maand.' })
          .max(60, { error: 'Hoogstens 60 maanden.' })
          .optional(),
      })
      .default({}),
  })
  .superRefine((body, ctx) => {
    if (body.methode !== 'alles' && body.omvang === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['omvang'],
        message: 'Geef aan hoeveel mensen u wilt uitnodigen.',
      });
    }
    if (body.methode === 'gestratificeerd' && (body.strata ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['strata'],
        message: 'Kies minstens één indeling: gemeente, voorziening of leeftijdsgroep.',
      });
    }
  });
export type DrawSampleBody = z.infer<typeof drawSampleBodySchema>;

export const sampleResultSchema = z
  .object({
    methode: z.enum(SAMPLE_METHODS),
    seed: z.string(),
    /** Everyone in the register of this round. */
    inRegister: z.number().int(),
    uitgesloten: z.object({
      beeindigd: z.number().int(),
      afgemeld: z.number().int(),
      alUitgenodigd: z.number().int(),
      eerderUitgenodigd: z.number().int(),
    }),
    populatie: z.number().int(),
    getrokken: z.number().int(),
    perGemeente: z.array(
      z.object({
        gemeente: z.object({ cbsCode: z.string(), naam: z.string() }),
        populatie: z.number().int(),
        getrokken: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Steekproef' });
export type SampleResult = z.infer<typeof sampleResultSchema>;
