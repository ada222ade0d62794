import { z } from 'zod';
import { questionnaireSchema } from '../surveys/questionnaire.js';
import { SURVEY_TEMPLATES } from '../surveys/ceo-wmo.template.js';
import { CBS_CODE_PATTERN } from './tenants.schema.js';
import { COUNTING_RULES } from '../results/counting-rules.js';

export const SURVEY_STATUSES = ['concept', 'veldwerk', 'gesloten'] as const;
export const SURVEY_STATUS_LABELS = {
  concept: 'In voorbereiding',
  veldwerk: 'Veldwerk loopt',
  gesloten: 'Gesloten',
} as const;

const templateNames = Object.keys(SURVEY_TEMPLATES) as [keyof typeof SURVEY_TEMPLATES];

export const createSurveyBodySchema = z.object({
  naam: z
    .string()
    .trim()
    .min(2, { error: 'Geef het onderzoek een naam van minstens 2 tekens.' })
    .max(200, { error: 'De naam is te lang (hoogstens 200 tekens).' }),
  jaar: z
    .number({ error: 'Vul een jaartal in.' })
    .int({ error: 'Vul een jaartal in.' })
    .min(2015, { error: 'Het jaar ligt te ver terug (vanaf 2015).' })
    .max(2100, { error: 'Vul een geldig jaartal in.' }),
  sjabloon: z.enum(templateNames, { error: 'Kies een sjabloon uit de lijst.' }),
  gemeenten: z
    .array(
      z
        .string()
        .regex(CBS_CODE_PATTERN, { error: 'Een CBS-code is GM gevolgd door vier cijfers.' }),
    )
    .min(1, { error: 'Kies minstens één gemeente.' })
    .max(400),
});
export type CreateSurveyBody = z.infer<typeof createSurveyBodySchema>;

export const surveySummarySchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    jaar: z.number().int(),
    sjabloon: z.string(),
    status: z.enum(SURVEY_STATUSES),
    gemeenten: z.array(z.object({ id: z.uuid(), cbsCode: z.string(), naam: z.string() })),
    vragenlijstVersie: z.number().int(),
    aantalVragen: z.number().int(),
    aantalClienten: z.number().int(),
    aantalUitgenodigd: z.number().int(),
    aantalReacties: z.number().int(),
    herinneringNaDagen: z.number().int(),
    bewaartermijnDagen: z.number().int(),
    /** Counting rule for results, `id@versie` (GET /api/v1/telregels). */
    telregel: z.string(),
    aangemaaktOp: z.iso.datetime(),
  })
  .meta({ id: 'Enquete' });
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const surveyListSchema = z.object({ enquetes: z.array(surveySummarySchema) });

export const updateSurveyBodySchema = z
  .object({
    naam: createSurveyBodySchema.shape.naam.optional(),
    status: z.enum(SURVEY_STATUSES, { error: 'Kies een status uit de lijst.' }).optional(),
    herinneringNaDagen: z
      .number({ error: 'Vul een aantal dagen in.' })
      .int()
      .min(1, { error: 'Minstens 1 dag.' })
      .max(120, { error: 'Hoogstens 120 dagen.' })
      .optional(),
    bewaartermijnDagen: z
      .number({ error: 'Vul een aantal dagen in.' })
      .int()
      .min(1, { error: 'Minstens 1 dag.' })
      .max(730, { error: 'Hoogstens 730 dagen (twee jaar).' })
      .optional(),
    /** Counting rule for results (`id@versie`, see GET /api/v1/telregels). */
    telregel: z
      .string()
      .refine((key) => COUNTING_RULES.some((rule) => rule.key === key), {
        error: 'Kies een telregel uit de lijst.',
      })
      .optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    error: 'Geef minstens één wijziging op.',
  });
export type UpdateSurveyBody = z.infer<typeof updateSurveyBodySchema>;

export const questionnaireVersionSchema = z
  .object({
    versie: z.number().int(),
    vragenlijst: questionnaireSchema,
    heeftReacties: z.boolean(),
  })
  .meta({ id: 'Vragenlijst' });
