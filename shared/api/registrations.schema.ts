import { z } from 'zod';
import {
  AGE_GROUPS,
  CHANNELS,
  CODE_KINDS,
  LOCAL_CODE_PREFIX,
  MINUTES_MAX,
  MINUTES_MIN,
  PERIOD_KINDS,
  PRESSURE_LEVELS,
  REQUEST_STATUSES,
  STAFF_TYPES,
  TASKS_MAX,
} from '../registrations/vocabulary.js';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE } from './common.schema.js';

/**
 * Registration of client support and work pressure (PRODUCT.md M3): the contract between the
 * server, the web app and the CLI. All routes under `/api/v1`; every body is JSON unless said.
 *
 * Routes (method, path, access):
 *
 *   Taxonomy (task and result codes)
 *   GET    /registratiecodes                         session              → registrationCodeListSchema
 *   POST   /registratiecodes                         registratie.beheren  body newRegistrationCodeSchema → 201 registrationCodeSchema
 *   PATCH  /registratiecodes/:code                   registratie.beheren  body registrationCodePatchSchema → registrationCodeSchema
 *
 *   Locations (stadsdelen → wijkcentra / servicepunten)
 *   GET    /locaties                                 session              → locationListSchema
 *   POST   /locaties                                 registratie.beheren  body newLocationSchema → 201 locationSchema
 *   PATCH  /locaties/:id                             registratie.beheren  body locationPatchSchema → locationSchema
 *   POST   /locaties/bestanden                       registratie.beheren  raw CSV/XLSX body, query importQuerySchema → 201 registrationImportResultSchema
 *
 *   Capacity (hours per location, ISO week and staff type)
 *   GET    /capaciteit                               registratie.beheren  query capacityQuerySchema → capacityListSchema
 *   PUT    /capaciteit                               registratie.beheren  body capacityPutSchema → capacitySavedSchema
 *   POST   /capaciteit/bestanden                     registratie.beheren  raw CSV/XLSX body, query importQuerySchema → 201 registrationImportResultSchema
 *
 *   Contacts (a professional's own registrations)
 *   GET    /registraties/formulier                   registraties.invoeren → registrationFormSchema (codes, locations, remembered location, edit window)
 *   GET    /registraties                             registraties.invoeren query registrationListQuerySchema → registrationListSchema (own only)
 *   POST   /registraties                             registraties.invoeren body newRegistrationSchema → 201 registrationSchema
 *   PATCH  /registraties/:id                         registraties.invoeren body registrationPatchSchema → registrationSchema (own, within the edit window)
 *   DELETE /registraties/:id                         registraties.invoeren → 204 (undo; own, within the edit window)
 *   POST   /registraties/bestanden                   registratie.beheren  raw CSV/XLSX body, query importQuerySchema → 201 registrationImportResultSchema
 *
 *   Imports (history and rejected rows of the three imports above)
 *   GET    /registratiebestanden                     registratie.beheren  → registrationImportListSchema
 *   GET    /registratiebestanden/:id/afwijzingen     registratie.beheren  → text/csv (rij;veld;reden)
 *
 *   Waiting list
 *   GET    /wachtlijstaanvragen                      registraties.invoeren query waitingListQuerySchema → waitingListSchema
 *   POST   /wachtlijstaanvragen                      registraties.invoeren body newWaitingRequestSchema → 201 waitingRequestSchema
 *   PATCH  /wachtlijstaanvragen/:id                  registraties.invoeren body waitingRequestPatchSchema → waitingRequestSchema
 *
 *   Pressure dashboard (aggregates only: cijfers.lezen)
 *   GET    /werkdruk                                 cijfers.lezen        query pressureQuerySchema → pressureReportSchema
 *   GET    /werkdruk/export                          cijfers.lezen        query pressureExportQuerySchema → text/csv or XLSX file
 *   GET    /werkdruk/instellingen                    cijfers.lezen        → pressureSettingsSchema
 *   PUT    /werkdruk/instellingen                    registratie.beheren  body pressureSettingsPutSchema → pressureSettingsSchema
 *
 * Why these permissions: entering contacts and the waiting list is the work of professionals
 * (`registraties.invoeren`); a professional sees and changes only the contacts they registered
 * themselves. Codes, locations, capacity, imports and settings belong to the gemeente's
 * beheerder (`registratie.beheren`). The dashboard shows aggregates only (`cijfers.lezen`), never
 * a single registration. Codes and locations carry no personal data, so every logged-in member
 * of the organisation may read them (`session`): the registration form and the dashboard filters
 * need them.
 */

const text = (max: number, what: string) =>
  z
    .string({ error: `Vul ${what} in.` })
    .trim()
    .min(1, { error: `Vul ${what} in.` })
    .max(max, { error: `${what[0]?.toUpperCase()}${what.slice(1)} is hoogstens ${max} tekens.` })
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE });

export const isoDate = z.iso.date({ error: 'Gebruik een datum als jjjj-mm-dd.' });
/** An ISO week such as `2026-W05`. */
export const isoWeek = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, {
  error: 'Gebruik een week als jjjj-Wnn, zoals 2026-W05.',
});

/** A location code: letters, digits and dashes, as people type it in a spreadsheet. */
export const locationCode = z
  .string({ error: 'Vul de code van de locatie in.' })
  .trim()
  .min(1, { error: 'Vul de code van de locatie in.' })
  .max(20, { error: 'Een locatiecode is hoogstens 20 tekens.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, {
    error: 'Een locatiecode bestaat uit letters, cijfers, - en _ (zonder spaties).',
  });

// ---------------------------------------------------------------------------------------------
// Taxonomy

export const registrationCodeSchema = z
  .object({
    soort: z.enum(CODE_KINDS),
    /** Default codes (`T01`, `R03`, …) are the same in every gemeente; local ones start with `L-`. */
    code: z.string(),
    naam: z.string(),
    definitie: z.string(),
    /** False for a code the gemeente added itself. */
    standaard: z.boolean(),
    /** An inactive code cannot be chosen for new contacts; old contacts keep it. */
    actief: z.boolean(),
    /** For a result "doorverwezen naar …": where to (e.g. `wijkteam`); otherwise null. */
    verwijzing: z.string().nullable(),
  })
  .meta({ id: 'Registratiecode' });
export type RegistrationCode = z.infer<typeof registrationCodeSchema>;

export const registrationCodeListSchema = z.object({
  taken: z.array(registrationCodeSchema),
  resultaten: z.array(registrationCodeSchema),
});
export type RegistrationCodeList = z.infer<typeof registrationCodeListSchema>;

export const newRegistrationCodeSchema = z.object({
  soort: z.enum(CODE_KINDS, { error: 'Kies taak of resultaat.' }),
  /** Must start with `L-`; then capitals, digits and dashes, e.g. `L-TAALCAFE`. */
  code: z
    .string({ error: 'Vul een code in.' })
    .trim()
    .toUpperCase()
    .regex(new RegExp(`^${LOCAL_CODE_PREFIX}[A-Z0-9][A-Z0-9-]{0,28}$`), {
      error: `Een eigen code begint met ${LOCAL_CODE_PREFIX} en bestaat verder uit hoofdletters, cijfers en streepjes, zoals ${LOCAL_CODE_PREFIX}TAALCAFE.`,
    }),
  naam: text(100, 'een naam'),
  definitie: text(1000, 'een definitie'),
});
export type NewRegistrationCode = z.infer<typeof newRegistrationCodeSchema>;

/** Only switching on and off: the meaning of a code never changes once it is in use. */
export const registrationCodePatchSchema = z.object({ actief: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Locations

export const locationSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    naam: z.string(),
    stadsdeel: z.string(),
    actief: z.boolean(),
  })
  .meta({ id: 'Locatie' });
export type Location = z.infer<typeof locationSchema>;

export const locationListSchema = z.object({
  /** Names of the stadsdelen, alphabetical. */
  stadsdelen: z.array(z.string()),
  /** All locations (also inactive), by stadsdeel, then name. */
  locaties: z.array(locationSchema),
});
export type LocationList = z.infer<typeof locationListSchema>;

export const newLocationSchema = z.object({
  stadsdeel: text(100, 'de naam van het stadsdeel'),
  code: locationCode,
  naam: text(150, 'de naam van de locatie'),
});
export type NewLocation = z.infer<typeof newLocationSchema>;

/** The code stays: imports and exports refer to it. */
export const locationPatchSchema = z.object({
  stadsdeel: text(100, 'de naam van het stadsdeel').optional(),
  naam: text(150, 'de naam van de locatie').optional(),
  actief: z.boolean().optional(),
});

// ---------------------------------------------------------------------------------------------
// Capacity

export const capacityQuerySchema = z.object({
  van: isoWeek.optional(),
  tot: isoWeek.optional(),
  /** Location code. */
  locatie: locationCode.optional(),
});

export const capacityEntrySchema = z
  .object({
    /** Location code. */
    locatie: locationCode,
    week: isoWeek,
    soort: z.enum(STAFF_TYPES, { error: 'Kies professional, stagiair of vrijwilliger.' }),
    uren: z
      .number({ error: 'Vul het aantal uren in.' })
      .min(0, { error: 'Uren kunnen niet negatief zijn.' })
      .max(2000, { error: 'Hoogstens 2000 uren per week per soort medewerker.' }),
  })
  .meta({ id: 'Capaciteit' });
export type CapacityEntry = z.infer<typeof capacityEntrySchema>;

export const capacityListSchema = z.object({ capaciteit: z.array(capacityEntrySchema) });

/** Replaces the hours of each (locatie, week, soort) given; others stay as they were. */
export const capacityPutSchema = z.object({
  regels: z.array(capacityEntrySchema).min(1).max(5000),
});
export const capacitySavedSchema = z.object({ opgeslagen: z.number().int() });

// ---------------------------------------------------------------------------------------------
// Contacts

export const registrationSchema = z
  .object({
    id: z.uuid(),
    datum: isoDate,
    /** Location code. */
    locatie: z.string(),
    kanaal: z.enum(CHANNELS),
    /** Task codes, one or more. */
    taken: z.array(z.string()),
    minuten: z.number().int(),
    /** Result code. */
    resultaat: z.string(),
    leeftijdsgroep: z.enum(AGE_GROUPS),
    nietDigitaalVaardig: z.boolean(),
    taalbarriere: z.boolean(),
    /** The professional's own reference to a client file, or null (anonymous: the default). */
    clientReferentie: z.string().nullable(),
    geregistreerdOp: z.iso.datetime(),
    /** Until when the professional may change or undo it. */
    bewerkbaarTot: z.iso.datetime(),
    bewerkbaar: z.boolean(),
  })
  .meta({ id: 'Registratie' });
export type Registration = z.infer<typeof registrationSchema>;

export const newRegistrationSchema = z.object({
  /** Default: today (Europe/Amsterdam). Not in the future. */
  datum: isoDate.optional(),
  locatie: locationCode,
  kanaal: z.enum(CHANNELS, { error: 'Kies inloop, telefoon, digitaal of huisbezoek.' }),
  taken: z
    .array(z.string().trim().toUpperCase().min(1).max(30), { error: 'Kies ten minste één taak.' })
    .min(1, { error: 'Kies ten minste één taak.' })
    .max(TASKS_MAX, { error: `Kies hoogstens ${TASKS_MAX} taken.` }),
  minuten: z
    .number({ error: 'Vul het aantal minuten in.' })
    .int({ error: 'Vul hele minuten in.' })
    .min(MINUTES_MIN, { error: `Ten minste ${MINUTES_MIN} minuut.` })
    .max(MINUTES_MAX, { error: `Hoogstens ${MINUTES_MAX} minuten.` }),
  resultaat: z.string({ error: 'Kies een resultaat.' }).trim().toUpperCase().min(1).max(30),
  leeftijdsgroep: z
    .enum(AGE_GROUPS, { error: 'Kies een leeftijdsgroep (of onbekend).' })
    .default('onbekend'),
  nietDigitaalVaardig: z.boolean().default(false),
  taalbarriere: z.boolean().default(false),
  /**
   * Optional, for the professional only: a case number in their own system. Never a name or a
   * BSN (refused when it looks like one); never shown in figures, exports or to others.
   */
  clientReferentie: z
    .string()
    .trim()
    .max(40, { error: 'Een cliëntreferentie is hoogstens 40 tekens.' })
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE })
    .nullable()
    .optional(),
});
export type NewRegistration = z.input<typeof newRegistrationSchema>;

export const registrationPatchSchema = newRegistrationSchema
  .extend({
    datum: isoDate,
    leeftijdsgroep: z.enum(AGE_GROUPS, { error: 'Kies een leeftijdsgroep (of onbekend).' }),
    nietDigitaalVaardig: z.boolean(),
    taalbarriere: z.boolean(),
  })
  .partial();
export type RegistrationPatch = z.infer<typeof registrationPatchSchema>;

export const registrationListQuerySchema = z.object({
  van: isoDate.optional(),
  tot: isoDate.optional(),
  /** Newest first; at most this many. */
  aantal: z.coerce.number().int().min(1).max(500).default(50),
});

export const registrationListSchema = z.object({
  registraties: z.array(registrationSchema),
  /** Own registrations in the range (may be more than listed). */
  totaal: z.number().int(),
});

/** Everything the quick-entry form needs, in one call. */
export const registrationFormSchema = z
  .object({
    /** Active codes only. */
    taken: z.array(registrationCodeSchema),
    resultaten: z.array(registrationCodeSchema),
    /** Active locations only. */
    locaties: z.array(locationSchema),
    /** The location this professional used last (code), or null. */
    laatsteLocatie: z.string().nullable(),
    kanalen: z.array(z.object({ code: z.enum(CHANNELS), naam: z.string() })),
    leeftijdsgroepen: z.array(z.object({ code: z.enum(AGE_GROUPS), naam: z.string() })),
    /** Own registrations can be changed or undone this many hours after registering. */
    bewerkTermijnUren: z.number().int(),
    vandaag: isoDate,
  })
  .meta({ id: 'Registratieformulier' });
export type RegistrationForm = z.infer<typeof registrationFormSchema>;

// ---------------------------------------------------------------------------------------------
// Imports

export const importQuerySchema = z.object({
  bestandsnaam: z
    .string()
    .trim()
    .min(1)
    .max(200, { error: 'De bestandsnaam is te lang (hoogstens 200 tekens).' })
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE })
    .optional(),
});

export const IMPORT_KINDS = ['locaties', 'registraties', 'capaciteit'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const registrationImportResultSchema = z
  .object({
    importId: z.uuid(),
    soort: z.enum(IMPORT_KINDS),
    aanvaard: z.number().int(),
    /** Rows not stored; one row may have several rejections (one per wrong field). */
    afgewezen: z.number().int(),
    /** The first 1,000 rejections; all are in the CSV download. */
    afwijzingen: z.array(z.object({ rij: z.number().int(), veld: z.string(), reden: z.string() })),
    aantalAfwijzingen: z.number().int(),
  })
  .meta({ id: 'RegistratieImport' });
export type RegistrationImportResult = z.infer<typeof registrationImportResultSchema>;

export const registrationImportListSchema = z.object({
  bestanden: z.array(
    z.object({
      id: z.uuid(),
      soort: z.enum(IMPORT_KINDS),
      bestandsnaam: z.string(),
      aanvaard: z.number().int(),
      afgewezen: z.number().int(),
      ingelezenOp: z.iso.datetime(),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Waiting list

export const waitingRequestSchema = z
  .object({
    id: z.uuid(),
    /** Location code. */
    locatie: z.string(),
    aanvraagdatum: isoDate,
    /** Task code. */
    taak: z.string(),
    status: z.enum(REQUEST_STATUSES),
    /** The day support started (status gestart), else null. */
    startdatum: isoDate.nullable(),
    /** The day the request lapsed (status vervallen), else null. */
    vervallenOp: isoDate.nullable(),
    /** Start − request, or today − request while waiting; null for a lapsed request. */
    wachttijdDagen: z.number().int().nullable(),
  })
  .meta({ id: 'Wachtlijstaanvraag' });
export type WaitingRequest = z.infer<typeof waitingRequestSchema>;

export const waitingListQuerySchema = z.object({
  locatie: locationCode.optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
});

export const waitingListSchema = z.object({
  aanvragen: z.array(waitingRequestSchema),
  /** Per location: how many wait now, and their waiting time so far (median, p90, days). */
  samenvatting: z.array(
    z.object({
      locatie: z.string(),
      wachtend: z.number().int(),
      mediaanDagen: z.number().nullable(),
      p90Dagen: z.number().nullable(),
    }),
  ),
});

export const newWaitingRequestSchema = z.object({
  locatie: locationCode,
  /** Default: today. Not in the future. */
  aanvraagdatum: isoDate.optional(),
  taak: z.string({ error: 'Kies een taak.' }).trim().toUpperCase().min(1).max(30),
});

/** `gestart` needs `startdatum`; `vervallen` needs `vervallenOp` (default today). */
export const waitingRequestPatchSchema = z.object({
  status: z.enum(REQUEST_STATUSES, { error: 'Kies wachtend, gestart of vervallen.' }),
  startdatum: isoDate.optional(),
  vervallenOp: isoDate.optional(),
});

// ---------------------------------------------------------------------------------------------
// Pressure

export const pressureWeightsSchema = z.object({
  professional: z.number().min(0).max(2),
  stagiair: z.number().min(0).max(2),
  vrijwilliger: z.number().min(0).max(2),
});

export const pressureSettingsSchema = z
  .object({
    /** How much one hour of each staff type counts as effective capacity. */
    gewichten: pressureWeightsSchema,
    /**
     * Expected minutes of a waiting request when a location has no contacts in the period (else
     * the location's mean minutes per contact in that period is used).
     */
    standaardMinutenPerAanvraag: z.number().int(),
    /** Own registrations can be changed or undone this many hours after registering. */
    bewerkTermijnUren: z.number().int(),
    /** True when these are the defaults, not set by the gemeente. */
    standaard: z.boolean(),
  })
  .meta({ id: 'WerkdrukInstellingen' });
export type PressureSettings = z.infer<typeof pressureSettingsSchema>;

export const pressureSettingsPutSchema = z.object({
  gewichten: pressureWeightsSchema,
  standaardMinutenPerAanvraag: z
    .number()
    .int()
    .min(MINUTES_MIN, { error: `Ten minste ${MINUTES_MIN} minuut.` })
    .max(MINUTES_MAX, { error: `Hoogstens ${MINUTES_MAX} minuten.` }),
  bewerkTermijnUren: z
    .number()
    .int()
    .min(1, { error: 'Ten minste 1 uur.' })
    .max(24 * 14, { error: 'Hoogstens 14 dagen (336 uur).' }),
});

export const pressureQuerySchema = z.object({
  per: z.enum(PERIOD_KINDS, { error: 'Kies week of maand.' }).default('week'),
  /** First day of the range; widened to the start of its week or month. Default: a year before `tot`. */
  van: isoDate.optional(),
  /** Last day of the range; widened to the end of its week or month. Default: today. */
  tot: isoDate.optional(),
  /** Which units the series are for. */
  niveau: z
    .enum(PRESSURE_LEVELS, { error: 'Kies locatie, stadsdeel of gemeente.' })
    .default('stadsdeel'),
  /** Only this stadsdeel (name). */
  stadsdeel: z.string().trim().max(100).optional(),
  /** Only this location (code). */
  locatie: locationCode.optional(),
});
export type PressureQuery = z.infer<typeof pressureQuerySchema>;

export const pressureExportQuerySchema = pressureQuerySchema.extend({
  formaat: z.enum(['csv', 'xlsx'], { error: 'Kies csv of xlsx.' }).default('csv'),
});

/** The figures of one unit (location, stadsdeel or gemeente) in one period (or the whole range). */
export const pressureFiguresSchema = z
  .object({
    /** `2026-W05` or `2026-02`; for totals over the range: `van/tot` as `2026-W01/2026-W52`. */
    periode: z.string(),
    start: isoDate,
    eind: isoDate,
    contacten: z.number().int(),
    geregistreerdeMinuten: z.number().int(),
    geregistreerdeUren: z.number(),
    /** Requests waiting at the end of the period (or today, if that is earlier). */
    wachtend: z.number().int(),
    /** Expected minutes per waiting request used (see the formula). */
    verwachteMinutenPerAanvraag: z.number(),
    wachtUren: z.number(),
    vraagUren: z.number(),
    capaciteitUren: z.object({
      professional: z.number(),
      stagiair: z.number(),
      vrijwilliger: z.number(),
      totaal: z.number(),
    }),
    effectieveCapaciteitUren: z.number(),
    /** Demand ÷ effective capacity; null without capacity. */
    drukratio: z.number().nullable(),
    /** Waiting time of requests started in the period and of those still waiting at its end. */
    wachttijdMediaanDagen: z.number().nullable(),
    wachttijdP90Dagen: z.number().nullable(),
    wachttijdAantal: z.number().int(),
    /**
     * Shares 0–1. Null when the unit had fewer contacts than the gemeente's small-cell threshold
     * (`onderdrukt` true): characteristics of a handful of residents are not shown.
     */
    aandeelNietDigitaal: z.number().nullable(),
    aandeelTaalbarriere: z.number().nullable(),
    /** Share of each task among all tasks registered (sums to 1); empty when suppressed. */
    taakmix: z.array(z.object({ code: z.string(), aantal: z.number().int(), aandeel: z.number() })),
    onderdrukt: z.boolean(),
  })
  .meta({ id: 'WerkdrukCijfers' });
export type PressureFigures = z.infer<typeof pressureFiguresSchema>;

export const pressureSeriesSchema = z
  .object({
    niveau: z.enum(PRESSURE_LEVELS),
    /** Location code, stadsdeel name, or the gemeente's CBS code. */
    sleutel: z.string(),
    naam: z.string(),
    /** For a location: its stadsdeel; else null. */
    stadsdeel: z.string().nullable(),
    perioden: z.array(pressureFiguresSchema),
    /** The whole range at once. */
    totaal: pressureFiguresSchema,
  })
  .meta({ id: 'WerkdrukReeks' });
export type PressureSeries = z.infer<typeof pressureSeriesSchema>;

export const pressureReportSchema = z
  .object({
    per: z.enum(PERIOD_KINDS),
    niveau: z.enum(PRESSURE_LEVELS),
    van: isoDate,
    tot: isoDate,
    /** Period keys in order, e.g. ['2026-W01', …]. */
    perioden: z.array(z.string()),
    instellingen: pressureSettingsSchema,
    /** Names of task codes in the task mix (also inactive and local ones). */
    taaknamen: z.record(z.string(), z.string()),
    reeksen: z.array(pressureSeriesSchema),
    /** Every stadsdeel over the whole range, for comparison (filters on stadsdeel/locatie apply). */
    vergelijking: z.array(pressureSeriesSchema.omit({ perioden: true })),
    /** The small-cell threshold used for the shares. */
    drempel: z.number().int(),
  })
  .meta({ id: 'Werkdruk' });
export type PressureReport = z.infer<typeof pressureReportSchema>;
