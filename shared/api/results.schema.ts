import { z } from 'zod';
import { THEMES } from '../surveys/questionnaire.js';
import { CBS_CODE_PATTERN } from './tenants.schema.js';

/**
 * Results of a client experience survey round (PRODUCT.md M2): the contract between the results
 * service, the API, the web app, the public benchmark portal and the reports. Percentages are
 * numbers from 0 to 100 (not rounded here; screens and exports round to one decimal).
 */

/** Kinds of comparison a figure can be set against. */
export const COMPARISON_KINDS = ['vorige', 'project', 'grootteklasse', 'peergroep'] as const;
export type ComparisonKind = (typeof COMPARISON_KINDS)[number];
export const COMPARISON_LABELS: Record<ComparisonKind, string> = {
  vorige: 'Vorige meting',
  project: 'Andere gemeenten in dit onderzoek',
  grootteklasse: 'Gemeenten van dezelfde grootte in dit onderzoek',
  peergroep: 'Zelf gekozen groep gemeenten',
};

/** Dimensions a gemeente's results can be broken down by. */
export const BREAKDOWN_DIMENSIONS = ['leeftijd', 'voorziening', 'kanaal', 'hulp'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
export const BREAKDOWN_LABELS: Record<BreakdownDimension, string> = {
  leeftijd: 'Leeftijdsgroep',
  voorziening: 'Voorziening',
  kanaal: 'Manier van invullen',
  hulp: 'Met of zonder hulp ingevuld',
};

/** The named, versioned rule that decides what counts as positive and as a valid answer. */
export const countingRuleSchema = z
  .object({
    id: z.string(),
    versie: z.number().int(),
    naam: z.string(),
    /** Plain-language description for method sections and footnotes. */
    omschrijving: z.string(),
  })
  .meta({ id: 'Telregel' });
export type CountingRuleInfo = z.infer<typeof countingRuleSchema>;

/**
 * One figure: the share positive among valid answers, with its 95% Wilson interval. When the
 * number of valid answers is below the tenant's threshold, or when it would let a suppressed
 * cell be computed back, every number is null and `onderdrukt` is true.
 */
export const figureSchema = z
  .object({
    nGeldig: z.number().int().nullable(),
    nPositief: z.number().int().nullable(),
    pctPositief: z.number().nullable(),
    ciLaag: z.number().nullable(),
    ciHoog: z.number().nullable(),
    onderdrukt: z.boolean(),
    /** Fewer than 50 valid answers: a signal, not a conclusion. */
    signaal: z.boolean(),
  })
  .meta({ id: 'Cijfer' });
export type Figure = z.infer<typeof figureSchema>;

export const comparisonSchema = z
  .object({
    soort: z.enum(COMPARISON_KINDS),
    /** What was compared with, e.g. "Gemiddelde van 21 andere gemeenten" or "2024". */
    label: z.string(),
    /** Number of gemeenten in the comparison group (1 for the previous round). */
    aantalGemeenten: z.number().int(),
    cijfer: figureSchema,
    /** Own minus comparison, in percentage points; null when either side is suppressed. */
    verschil: z.number().nullable(),
    /** Two-sided p-value of the two-proportion z-test. */
    pWaarde: z.number().nullable(),
    /** p < 0.05. */
    significant: z.boolean().nullable(),
  })
  .meta({ id: 'Vergelijking' });
export type Comparison = z.infer<typeof comparisonSchema>;

export const distributionEntrySchema = z.object({
  code: z.string(),
  label: z.string(),
  n: z.number().int(),
  /** Share of all who answered this question, including "weet niet". */
  pct: z.number(),
});

export const weightedFigureSchema = z
  .object({
    pctPositief: z.number().nullable(),
    ciLaag: z.number().nullable(),
    ciHoog: z.number().nullable(),
    /** Kish effective sample size: (Σw)² / Σw². */
    nEffectief: z.number().nullable(),
  })
  .meta({ id: 'GewogenCijfer' });

export const questionResultSchema = z
  .object({
    vraagId: z.string(),
    tekst: z.string(),
    thema: z.enum(THEMES),
    type: z.string(),
    /** Null for questions without a positive share (choice, number, open questions). */
    cijfer: figureSchema.nullable(),
    /** Null when suppressed. */
    verdeling: z.array(distributionEntrySchema).nullable(),
    vergelijkingen: z.array(comparisonSchema),
    /** Present only when weighting was asked for and is possible. */
    gewogen: weightedFigureSchema.nullable(),
  })
  .meta({ id: 'VraagResultaat' });
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const gemeenteRefSchema = z.object({
  cbsCode: z.string(),
  naam: z.string(),
  provincie: z.string().nullable(),
  inwoners: z.number().int().nullable(),
});

export const gemeenteResultsSchema = z
  .object({
    enquete: z.object({
      id: z.uuid(),
      naam: z.string(),
      jaar: z.number().int(),
      status: z.string(),
    }),
    gemeente: gemeenteRefSchema,
    telregel: countingRuleSchema,
    drempel: z.number().int(),
    respons: z.object({
      uitgenodigd: z.number().int(),
      reacties: z.number().int(),
      /** 0–100; null when nobody was invited through Meetwerk. */
      pct: z.number().nullable(),
      perKanaal: z.array(z.object({ kanaal: z.string(), n: z.number().int() })),
    }),
    /** Several comparisons at once: say that some differences may be chance. */
    meervoudigToetsen: z.object({ aantalToetsen: z.number().int(), toelichting: z.string() }),
    weging: z
      .object({
        gevraagd: z.boolean(),
        mogelijk: z.boolean(),
        toelichting: z.string(),
      })
      .nullable(),
    vragen: z.array(questionResultSchema),
  })
  .meta({ id: 'GemeenteResultaten' });
export type GemeenteResults = z.infer<typeof gemeenteResultsSchema>;

export const breakdownSchema = z
  .object({
    dimensie: z.enum(BREAKDOWN_DIMENSIONS),
    telregel: countingRuleSchema,
    drempel: z.number().int(),
    categorieen: z.array(z.object({ code: z.string(), label: z.string() })),
    vragen: z.array(
      z.object({
        vraagId: z.string(),
        tekst: z.string(),
        /** One figure per category, in the order of `categorieen`. */
        cijfers: z.array(figureSchema),
      }),
    ),
  })
  .meta({ id: 'Uitsplitsing' });
export type Breakdown = z.infer<typeof breakdownSchema>;

/** A round whose results the current organisation may see. */
export const resultRoundSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    jaar: z.number().int(),
    status: z.string(),
    /** The gemeenten whose full results this organisation may open. */
    gemeenten: z.array(gemeenteRefSchema),
  })
  .meta({ id: 'ResultaatRonde' });

/** Every gemeente × question of a round at a glance (totals only, suppressed where needed). */
export const roundOverviewSchema = z
  .object({
    enquete: z.object({ id: z.uuid(), naam: z.string(), jaar: z.number().int() }),
    telregel: countingRuleSchema,
    vragen: z.array(z.object({ vraagId: z.string(), tekst: z.string() })),
    gemeenten: z.array(
      z.object({
        gemeente: gemeenteRefSchema,
        /** One figure per question, in the order of `vragen`. */
        cijfers: z.array(figureSchema),
      }),
    ),
  })
  .meta({ id: 'RondeOverzicht' });

export const resultsQuerySchema = z.object({
  /** Comma-separated comparison kinds, e.g. `project,vorige`. Default: `project,vorige`. */
  vergelijk: z.string().optional(),
  /** Comma-separated CBS codes for the peer group. */
  peergroep: z.string().optional(),
  /** `ja` for post-stratification weighting by age group × sex. */
  gewogen: z.enum(['ja', 'nee']).optional(),
});

export const cbsCodeParam = z
  .string()
  .regex(CBS_CODE_PATTERN, { error: 'Een CBS-code is GM gevolgd door vier cijfers.' });

/** Columns of the results export (CSV), exactly as documented in docs/results.md. */
export const RESULTS_EXPORT_COLUMNS = [
  'gemeente',
  'vraag',
  'n_geldig',
  'n_positief',
  'pct_positief',
  'ci_laag',
  'ci_hoog',
  'vergelijking',
  'pct_vergelijking',
  'p_waarde',
  'significant',
  'onderdrukt',
] as const;

/** A counting rule as a setting offers it (GET /api/v1/telregels). */
export const countingRuleOptionSchema = countingRuleSchema
  .extend({
    /** How a round's setting `telregel` refers to the rule: `id@versie`. */
    sleutel: z.string(),
    standaard: z.boolean(),
  })
  .meta({ id: 'TelregelKeuze' });
export type CountingRuleOption = z.infer<typeof countingRuleOptionSchema>;

/** Comparisons the CSV export offers (`meetwerk results export --compare`). */
export const exportQuerySchema = z.object({
  vergelijk: z
    .enum(['project', 'grootteklasse', 'vorige'], {
      error: 'Kies bij vergelijk project, grootteklasse of vorige.',
    })
    .optional(),
});
