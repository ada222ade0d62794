import { z } from 'zod';
import {
  DOMAIN_SETS,
  GOAL_STATUSES,
  MARK_MAX,
  MARK_MIN,
  SAME_BAND,
  SELF_SUFFICIENCY_MAX,
  SELF_SUFFICIENCY_MIN,
  TEAM_ROLES,
} from '../outcomes/vocabulary.js';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE, uuid } from './common.schema.js';

/**
 * Leefgebieden-monitor (PRODUCT.md M4): the contract between the server, the web app and the
 * CLI. All routes under `/api/v1`; every body is JSON unless said otherwise.
 *
 * Routes (method, path, access):
 *
 *   Leefgebieden (domains)
 *   GET    /leefgebieden                          session               → domainListSchema (active set + local domains)
 *   PUT    /leefgebieden/set                      organisatie.instellen body domainSetPutSchema → domainListSchema
 *   POST   /leefgebieden                          organisatie.instellen body newLocalDomainSchema → 201 domainSchema
 *   PATCH  /leefgebieden/:code                    organisatie.instellen body localDomainPatchSchema → domainSchema (local `L-` codes only)
 *
 *   Wijkteams
 *   GET    /wijkteams                             session               → teamListSchema (professional: own teams; members only for gebruikers.beheren)
 *   POST   /wijkteams                             organisatie.instellen body newTeamSchema → 201 teamSchema
 *   PATCH  /wijkteams/:id                         organisatie.instellen body teamPatchSchema → teamSchema
 *   PUT    /wijkteams/:id/leden/:accountId        organisatie.instellen body teamMemberPutSchema → teamSchema (account must be a professional of the organisation)
 *   DELETE /wijkteams/:id/leden/:accountId        organisatie.instellen → 204
 *
 *   Residents and their monitor (own teams only; every read is audited as `monitor.gelezen`)
 *   GET    /bewoners                              clientdossiers.lezen  query residentListQuerySchema → residentListSchema
 *   POST   /bewoners                              clientdossiers.lezen  body newResidentSchema → 201 residentSchema
 *   GET    /bewoners/:id                          clientdossiers.lezen  → monitorSchema (resident, measurements, goals, change per domain)
 *   PATCH  /bewoners/:id                          clientdossiers.lezen  body residentPatchSchema → residentSchema (move to another own team)
 *   DELETE /bewoners/:id                          clientdossiers.lezen  → 204 (the resident with every measurement, goal, consent; e.g. on request under the AVG)
 *   POST   /bewoners/:id/code                     clientdossiers.lezen  → 201 residentCodeSchema (new personal code; the old one stops working)
 *   POST   /bewoners/:id/toestemmingen            clientdossiers.lezen  body newConsentSchema → 201 consentSchema
 *   DELETE /bewoners/:id/toestemmingen/:toestemmingId  clientdossiers.lezen → 204 (withdrawn: no new naaste marks)
 *   POST   /bewoners/:id/metingen                 clientdossiers.lezen  body measurementInputSchema → 201 measurementSchema
 *   PUT    /bewoners/:id/metingen/:metingId       clientdossiers.lezen  body measurementInputSchema → measurementSchema
 *   PATCH  /bewoners/:id/doelen/:doelId           clientdossiers.lezen  body goalPatchSchema → goalSchema
 *
 *   Aggregates (suppressed below the organisation's small-cell threshold)
 *   GET    /uitkomsten                            cijfers.lezen         query outcomeQuerySchema → outcomeReportSchema (gemeente + every wijkteam)
 *   GET    /uitkomsten/export                     cijfers.lezen         → text/csv (wijkteam,domein,n,verbeterd,gelijk,verslechterd,pct_verbeterd,onderdrukt)
 *   GET    /wijkteams/:id/uitkomsten              clientdossiers.lezen  → outcomeReportSchema (only for a teamleider of that team; `wijkteams` holds that one team)
 *
 * Why these permissions: the conversation is a professional's work with their own clients
 * (`clientdossiers.lezen`, which only professionals hold); the service narrows it to residents
 * of the professional's own wijkteams and answers 404 for any other resident. Domains and teams
 * are the organisation's set-up (`organisatie.instellen`, beheerder). Aggregates are for policy
 * (`cijfers.lezen`); a team lead is a professional whose team membership has the role
 * `teamleider` and may read the aggregates of that team only (no new role or permission).
 * Monitor pages for residents themselves live outside the API, at `/monitor` (server-rendered,
 * personal code, see docs/adr/0010).
 */

const text = (max: number, what: string) =>
  z
    .string({ error: `Vul ${what} in.` })
    .trim()
    .min(1, { error: `Vul ${what} in.` })
    .max(max, { error: `${what[0]?.toUpperCase()}${what.slice(1)} is hoogstens ${max} tekens.` })
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE });

export const isoDate = z.iso.date({ error: 'Gebruik een datum als jjjj-mm-dd.' });

// ---------------------------------------------------------------------------------------------
// Leefgebieden

export const domainSchema = z
  .object({
    /** Default codes (`mvo.wonen`, `zrm.huisvesting`) are the same in every gemeente; local ones start with `L-`. */
    code: z.string(),
    /** The professional's name. */
    naam: z.string(),
    /** The name residents read (B1), e.g. `Geldzaken` for `Financiën`. */
    bewonersnaam: z.string(),
    bron: z.enum(['mvo', 'zrm', 'lokaal']),
    /** An inactive local domain cannot be chosen in new measurements; old ones keep it. */
    actief: z.boolean(),
  })
  .meta({ id: 'Leefgebied' });
export type Domain = z.infer<typeof domainSchema>;

export const domainListSchema = z.object({
  /** The default set this gemeente uses: `mvo` (7 domains) or `zrm` (13). */
  set: z.enum(DOMAIN_SETS),
  /** The default set's domains, then the local ones (also inactive). */
  leefgebieden: z.array(domainSchema),
});
export type DomainList = z.infer<typeof domainListSchema>;

export const domainSetPutSchema = z.object({
  set: z.enum(DOMAIN_SETS, { error: 'Kies de MvO-set of de ZRM-set.' }),
});

export const newLocalDomainSchema = z.object({
  naam: text(80, 'een naam'),
  /** Defaults to `naam`. */
  bewonersnaam: text(80, 'een naam voor bewoners').optional(),
});
export type NewLocalDomain = z.infer<typeof newLocalDomainSchema>;

export const localDomainPatchSchema = z.object({
  bewonersnaam: text(80, 'een naam voor bewoners').optional(),
  actief: z.boolean().optional(),
});

// ---------------------------------------------------------------------------------------------
// Wijkteams

export const teamMemberSchema = z.object({
  accountId: z.uuid(),
  naam: z.string(),
  rol: z.enum(TEAM_ROLES),
});

export const teamSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    /** Residents in the team (a count, no names). */
    bewoners: z.number().int(),
    /** Only for those who manage users (`gebruikers.beheren`); otherwise null. */
    leden: z.array(teamMemberSchema).nullable(),
    /** The asking professional's own role in this team; null when not a member. */
    eigenRol: z.enum(TEAM_ROLES).nullable(),
  })
  .meta({ id: 'Wijkteam' });
export type Team = z.infer<typeof teamSchema>;

export const teamListSchema = z.object({ wijkteams: z.array(teamSchema) });

export const newTeamSchema = z.object({ naam: text(100, 'een naam') });
export const teamPatchSchema = z.object({ naam: text(100, 'een naam') });
export const teamMemberPutSchema = z.object({
  rol: z.enum(TEAM_ROLES, { error: 'Kies lid of teamleider.' }).default('lid'),
});

// ---------------------------------------------------------------------------------------------
// Residents

/** A pseudonymous reference: the team's own case number, never a name or BSN. */
export const residentReference = z
  .string({ error: 'Vul een referentie in.' })
  .trim()
  .min(1, { error: 'Vul een referentie in.' })
  .max(40, { error: 'Een referentie is hoogstens 40 tekens.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, {
    error:
      'Een referentie bestaat uit letters, cijfers, punt, streepje en schuine streep, zonder spaties. Gebruik geen naam of BSN.',
  })
  .refine((value) => !/^\d{9}$/.test(value), {
    error: 'Dit lijkt een BSN. Gebruik een eigen dossiernummer, geen BSN.',
  });

const birthYear = z
  .number({ error: 'Vul een jaartal in.' })
  .int({ error: 'Vul een heel jaartal in.' })
  .min(1900, { error: 'Het geboortejaar is 1900 of later.' })
  .max(2100, { error: 'Het geboortejaar ligt niet in de toekomst.' });

export const residentSchema = z
  .object({
    id: z.uuid(),
    referentie: z.string(),
    wijkteam: z.object({ id: z.uuid(), naam: z.string() }),
    geboortejaar: z.number().int().nullable(),
    metingen: z.number().int(),
    laatsteMeting: z.iso.date().nullable(),
    /** True when the resident has a personal code for `/monitor` (the code itself is shown once). */
    heeftCode: z.boolean(),
  })
  .meta({ id: 'Bewoner' });
export type Resident = z.infer<typeof residentSchema>;

export const residentListQuerySchema = z.object({ wijkteam: uuid.optional() });
export const residentListSchema = z.object({ bewoners: z.array(residentSchema) });

export const newResidentSchema = z.object({
  referentie: residentReference,
  wijkteamId: uuid,
  geboortejaar: birthYear.nullable().optional(),
});
export type NewResident = z.infer<typeof newResidentSchema>;

export const residentPatchSchema = z.object({
  wijkteamId: uuid.optional(),
  geboortejaar: birthYear.nullable().optional(),
});

export const residentCodeSchema = z.object({
  /** Shown once, e.g. `K7MF-X3PQ`; only its hash is stored. */
  code: z.string(),
  /** The address to give the resident, e.g. `/monitor?code=K7MF-X3PQ` (relative). */
  link: z.string(),
});

// ---------------------------------------------------------------------------------------------
// Consent for a naaste's marks

export const consentSchema = z
  .object({
    id: z.uuid(),
    /** Who the naaste is to the resident, e.g. `partner`, `dochter` (no names). */
    naaste: z.string(),
    vastgelegdDoor: z.string(),
    vastgelegdOp: z.iso.datetime(),
    ingetrokkenOp: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Toestemming' });
export type Consent = z.infer<typeof consentSchema>;

export const newConsentSchema = z.object({
  naaste: text(60, 'wie de naaste is (bijvoorbeeld partner of dochter)'),
});

// ---------------------------------------------------------------------------------------------
// Measurements (the conversation)

const mark = (who: string) =>
  z
    .number({ error: `Het punt van ${who} is een getal van ${MARK_MIN} tot en met ${MARK_MAX}.` })
    .int({ error: `Het punt van ${who} is een heel getal.` })
    .min(MARK_MIN, { error: `Het punt van ${who} is ${MARK_MIN} of meer.` })
    .max(MARK_MAX, { error: `Het punt van ${who} is hoogstens ${MARK_MAX}.` });

/** 1 acute problematiek · 2 niet · 3 beperkt · 4 voldoende · 5 volledig zelfredzaam; null = niet besproken. */
export const selfSufficiencyInputSchema = z.object({
  score: z
    .number({ error: 'Kies een score van 1 tot en met 5, of niet besproken.' })
    .int()
    .min(SELF_SUFFICIENCY_MIN, { error: 'De score is 1 of meer.' })
    .max(SELF_SUFFICIENCY_MAX, { error: 'De score is hoogstens 5.' })
    .nullable(),
  datum: isoDate,
});

export const measurementDomainInputSchema = z.object({
  code: z.string({ error: 'Kies een leefgebied.' }).min(1).max(40),
  /** The resident's own mark on the line from sad (0) to happy (100). */
  bewoner: mark('de bewoner').nullable().optional(),
  professional: mark('de professional').nullable().optional(),
  /** Only with a recorded, not withdrawn consent of the resident. */
  naaste: mark('de naaste').nullable().optional(),
  zelfredzaamheid: selfSufficiencyInputSchema.nullable().optional(),
});

export const newGoalInputSchema = z.object({
  leefgebied: z.string({ error: 'Kies het leefgebied van het doel.' }).min(1).max(40),
  omschrijving: text(500, 'het doel'),
  streefdatum: isoDate.nullable().optional(),
});

export const measurementInputSchema = z.object({
  datum: isoDate,
  /** The chosen domains in the resident's order (most important first); each at most once. */
  leefgebieden: z
    .array(measurementDomainInputSchema)
    .min(1, { error: 'Kies ten minste één leefgebied.' })
    .max(20, { error: 'Kies hoogstens 20 leefgebieden.' }),
  levenstevredenheid: z
    .number({ error: 'De tevredenheid met het leven is een cijfer van 1 tot en met 10.' })
    .int({ error: 'Geef een heel cijfer.' })
    .min(1, { error: 'Het cijfer is 1 of meer.' })
    .max(10, { error: 'Het cijfer is hoogstens 10.' })
    .nullable()
    .optional(),
  /** New goals set in this conversation. Existing goals change through PATCH /doelen/:id. */
  doelen: z.array(newGoalInputSchema).max(40).default([]),
});
export type MeasurementInput = z.infer<typeof measurementInputSchema>;

export const selfSufficiencySchema = z.object({
  /** 1–5, or null when not discussed. */
  score: z.number().int().nullable(),
  label: z.string(),
  datum: z.iso.date(),
  /** True when `datum` is more than 30 days before today: the ZRM ignores such information. */
  verouderd: z.boolean(),
});

export const measurementDomainSchema = z.object({
  code: z.string(),
  naam: z.string(),
  bewonersnaam: z.string(),
  volgorde: z.number().int(),
  bewoner: z.number().int().nullable(),
  professional: z.number().int().nullable(),
  naaste: z.number().int().nullable(),
  zelfredzaamheid: selfSufficiencySchema.nullable(),
});

export const measurementSchema = z
  .object({
    id: z.uuid(),
    datum: z.iso.date(),
    /** `gesprek` with a professional, or `zelf` through the resident's code. */
    bron: z.enum(['gesprek', 'zelf']),
    levenstevredenheid: z.number().int().nullable(),
    leefgebieden: z.array(measurementDomainSchema),
  })
  .meta({ id: 'Meting' });
export type Measurement = z.infer<typeof measurementSchema>;

export const goalSchema = z
  .object({
    id: z.uuid(),
    leefgebied: z.string(),
    leefgebiedNaam: z.string(),
    omschrijving: z.string(),
    streefdatum: z.iso.date().nullable(),
    status: z.enum(GOAL_STATUSES),
    /** The date the status became bereikt or niet_bereikt. */
    afgerondOp: z.iso.date().nullable(),
    /** The measurement in which the goal was set. */
    metingId: z.uuid().nullable(),
  })
  .meta({ id: 'Doel' });
export type Goal = z.infer<typeof goalSchema>;

export const goalPatchSchema = z.object({
  status: z.enum(GOAL_STATUSES, { error: 'Kies open, bereikt of niet bereikt.' }).optional(),
  omschrijving: text(500, 'het doel').optional(),
  streefdatum: isoDate.nullable().optional(),
  /** Defaults to today when the status becomes bereikt or niet_bereikt. */
  afgerondOp: isoDate.optional(),
});

/** The change per domain between the first and the last measurement that marked it. */
export const domainChangeSchema = z.object({
  code: z.string(),
  naam: z.string(),
  /** The resident's marks over time (measurements without a mark for this domain are left out). */
  verloop: z.array(
    z.object({ metingId: z.uuid(), datum: z.iso.date(), bewoner: z.number().int() }),
  ),
  eerste: z.number().int().nullable(),
  laatste: z.number().int().nullable(),
  verschil: z.number().int().nullable(),
  /** Null with fewer than two marks. `gelijk` means a change within ±SAME_BAND points. */
  richting: z.enum(['verbeterd', 'gelijk', 'verslechterd']).nullable(),
});

export const monitorSchema = z
  .object({
    bewoner: residentSchema,
    /** Oldest first. */
    metingen: z.array(measurementSchema),
    doelen: z.array(goalSchema),
    doelenBereikt: z.number().int(),
    veranderingen: z.array(domainChangeSchema),
    toestemmingen: z.array(consentSchema),
    /** True when a naaste may place marks now. */
    naasteToegestaan: z.boolean(),
  })
  .meta({ id: 'Monitor' });
export type Monitor = z.infer<typeof monitorSchema>;

// ---------------------------------------------------------------------------------------------
// Aggregates

export const outcomeQuerySchema = z.object({
  /** Only this wijkteam (the gemeente block then covers that team too). */
  wijkteam: uuid.optional(),
});

const share = z.number().nullable();

export const domainOutcomeSchema = z.object({
  code: z.string(),
  naam: z.string(),
  /** Residents with a mark on this domain in two measurements or more; null when suppressed. */
  n: z.number().int().nullable(),
  verbeterd: z.number().int().nullable(),
  gelijk: z.number().int().nullable(),
  verslechterd: z.number().int().nullable(),
  /** Percentages with one decimal. */
  pctVerbeterd: share,
  pctGelijk: share,
  pctVerslechterd: share,
  onderdrukt: z.boolean(),
});

export const indicatorSchema = z.object({
  code: z.string(),
  naam: z.string(),
  /** `uitkomst` (outcomes for the client) or `kwaliteit` (quality of the trajectory). */
  soort: z.enum(['uitkomst', 'kwaliteit']),
  teller: z.number().int().nullable(),
  noemer: z.number().int().nullable(),
  pct: share,
  onderdrukt: z.boolean(),
});

export const outcomeBlockSchema = z.object({
  /** Residents with at least one measurement (a count: shown even when small). */
  bewoners: z.number().int(),
  /** Residents with two measurements or more. */
  gevolgd: z.number().int(),
  leefgebieden: z.array(domainOutcomeSchema),
  doelen: z.object({
    /** Residents with a goal that is bereikt or niet bereikt. */
    n: z.number().int().nullable(),
    afgerond: z.number().int().nullable(),
    bereikt: z.number().int().nullable(),
    pctBereikt: share,
    onderdrukt: z.boolean(),
  }),
  trajectduur: z.object({
    n: z.number().int().nullable(),
    mediaanDagen: z.number().nullable(),
    onderdrukt: z.boolean(),
  }),
  levenstevredenheid: z.object({
    n: z.number().int().nullable(),
    gemiddeldeVerandering: z.number().nullable(),
    onderdrukt: z.boolean(),
  }),
  indicatoren: z.array(indicatorSchema),
});

export const outcomeReportSchema = z
  .object({
    gemeente: z.object({ cbsCode: z.string().nullable(), naam: z.string() }),
    /** The small-cell threshold: figures over fewer residents are suppressed. */
    drempel: z.number().int(),
    /** Changes within ± this many points (of 0–100) count as `gelijk`. */
    gelijkMarge: z.literal(SAME_BAND),
    totaal: outcomeBlockSchema,
    wijkteams: z.array(outcomeBlockSchema.extend({ id: z.uuid(), naam: z.string() })),
  })
  .meta({ id: 'Uitkomsten' });
export type OutcomeReport = z.infer<typeof outcomeReportSchema>;
