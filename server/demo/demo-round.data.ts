/**
 * The finished demo survey round: what the source documents describe for the client experience
 * survey Wmo in Groningen and Drenthe (CMO STAMM, 2015: 29 gemeenten, over 23,000 clients
 * invited, 37% response, about three quarters positive, four in five cope better, 24% knew of
 * the onafhankelijke cliëntondersteuner, ~20% of carers cannot cope), set in 2025 over the
 * gemeenten those 29 are today (DEMO_ROUND_GEMEENTEN).
 *
 * These are the inputs of the generator (`demo-round.generate.ts`), not results: the figures a
 * report shows are worked out from the synthetic answers, as for a real round.
 */
/**
 * The 29 gemeenten of the 2015 round as they are today: the 18 of Groningen merged into 8 —
 * Eemsdelta (Appingedam, Delfzijl, Loppersum), Het Hogeland (Bedum, De Marne, Eemsmond, Winsum),
 * Westerkwartier (Grootegast, Leek, Marum, Zuidhorn), Midden-Groningen (Hoogezand-Sappemeer,
 * Menterwolde, Slochteren), Groningen (which Haren joined in 2019), Pekela, Stadskanaal and
 * Veendam — and the 11 of Drenthe are unchanged. Oldambt, Westerwolde and Westerveld were not in
 * that round, and are not in this one (the demo bureau works for them all the same).
 */
export const DEMO_ROUND_GEMEENTEN: readonly string[] = [
  'GM1979', // Eemsdelta
  'GM1966', // Het Hogeland
  'GM1969', // Westerkwartier
  'GM1952', // Midden-Groningen
  'GM0014', // Groningen (for Haren)
  'GM0765', // Pekela
  'GM0037', // Stadskanaal
  'GM0047', // Veendam
  'GM1680', // Aa en Hunze
  'GM0106', // Assen
  'GM1681', // Borger-Odoorn
  'GM0109', // Coevorden
  'GM1690', // De Wolden
  'GM0114', // Emmen
  'GM0118', // Hoogeveen
  'GM0119', // Meppel
  'GM1731', // Midden-Drenthe
  'GM1699', // Noordenveld
  'GM1730', // Tynaarlo
];

export const DEMO_ROUND = {
  name: 'Cliëntervaringsonderzoek Wmo 2025 – 19 gemeenten Groningen en Drenthe',
  year: 2025,
  template: 'ceo-wmo',
  /** Every fresh demo draws the same register and the same answers. */
  seed: 'meetwerk-demo-cliëntervaringsonderzoek-wmo-2025',
  /** Clients in the register, all invited ("ruim 23.000"). */
  clients: 23_100,
  /** Share of clients who respond, over all gemeenten; each gemeente varies around it. */
  responseRate: 0.37,
  /** Lowest and highest response rate of a gemeente. */
  responseRange: [0.31, 0.44] as const,
  /** Published: De Wolden 2021, 254 of 593 (43%). */
  responseRateOf: { GM1690: 0.43 } as Record<string, number>,
  helpPhone: '050 000 12 34',
  createdAt: '2025-01-27T10:12:00+01:00',
  importedAt: '2025-02-17T14:05:00+01:00',
  invitedAt: '2025-02-24T11:30:00+01:00',
  /** Monday: the letters went to the printer; they arrive two days later. */
  letterDay: '2025-03-03',
  letterAt: '2025-03-03T09:00:00+01:00',
  reminderAfterDays: 14,
  reminderAt: '2025-03-17T09:00:00+01:00',
  answerBefore: '2025-03-31',
  /** Last answer counted: six weeks after the letters. */
  lastDayOffset: 42,
  /** Letters and reminders were done; the daily retention job ran 60 days after the reminder. */
  retentionDays: 60,
  personalDataDeletedAt: '2025-05-16T03:00:00+02:00',
  /** The register holds clients whose voorziening started in this window (days after 2024-01-01). */
  startWindow: { from: '2024-01-01', days: 396 },
} as const;

/** WMO020 productcategorie and its share of the register. */
export const PRODUCT_MIX: [code: string, share: number][] = [
  ['01', 0.38], // hulp bij het huishouden
  ['02', 0.18], // begeleiding
  ['13', 0.11], // woonvoorzieningen
  ['12', 0.09], // vervoervoorzieningen
  ['08', 0.08], // vervoerdiensten (regiotaxi)
  ['11', 0.06], // rolstoelen
  ['07', 0.05], // dagbesteding
  ['14', 0.03], // overige hulpmiddelen
  ['03', 0.02], // persoonlijke verzorging
];

/** Categories where clients are mostly younger than 65. */
export const YOUNGER_PRODUCTS = new Set(['02', '07']);

/** Age groups as in question A2: 1 < 65, 2 65–74, 3 75–84, 4 85+. Share per group. */
export const AGE_MIX = {
  younger: [0.55, 0.2, 0.17, 0.08],
  other: [0.16, 0.2, 0.36, 0.28],
} as const;
export const AGE_BOUNDS: [min: number, max: number][] = [
  [19, 64],
  [65, 74],
  [75, 84],
  [85, 101],
];

/** Who responds more: older clients do, up to 85. Relative weights per age group. */
export const RESPONSE_PROPENSITY = [0.8, 1.1, 1.15, 0.95];

/** Share answering online per age group; telephone is a flat 3%, the rest is paper. */
export const ONLINE_BY_AGE = [0.48, 0.38, 0.22, 0.1];
export const TELEPHONE_SHARE = 0.03;

/** Share of women per age group (more women at higher ages); 'x' is rare. */
export const WOMEN_BY_AGE = [0.52, 0.58, 0.65, 0.72];
export const SEX_X_SHARE = 0.002;

/**
 * The ten standard statements: target share positive ((helemaal) mee eens of the valid
 * answers, before the gemeente's own shift), share "weet niet / n.v.t." (code 9).
 */
export const STATEMENTS: { id: string; positive: number; dontKnow: number }[] = [
  { id: 'Q1', positive: 0.74, dontKnow: 0.05 },
  { id: 'Q2', positive: 0.74, dontKnow: 0.06 },
  { id: 'Q3', positive: 0.78, dontKnow: 0.04 },
  { id: 'Q4', positive: 0.74, dontKnow: 0.08 },
  { id: 'Q6', positive: 0.77, dontKnow: 0.05 },
  { id: 'Q7', positive: 0.76, dontKnow: 0.05 },
  { id: 'Q8', positive: 0.73, dontKnow: 0.07 },
  { id: 'Q9', positive: 0.8, dontKnow: 0.06 },
  { id: 'Q10', positive: 0.73, dontKnow: 0.08 },
];

/**
 * How the valid answers to a statement with 75% positive spread over the scale 1–5; other
 * targets shift the same latent scale.
 */
export const STATEMENT_SHAPE = [0.2, 0.55, 0.15, 0.07, 0.03];

/** How strongly general satisfaction drives each statement (latent correlation). */
export const SATISFACTION_LOADING = 0.72;

/** Gemeente differences on the latent satisfaction scale: ±0.14 is about ±5 points. */
export const GEMEENTE_SHIFT = 0.14;

/** Q5 "Wist u van de onafhankelijke cliëntondersteuner?": share ja by age group. */
export const KNEW_CLIENT_SUPPORT_BY_AGE = [0.34, 0.24, 0.22, 0.2];

/** A1: share "met hulp" (2) and "iemand anders" (3) per age group; the rest answered alone. */
export const HELPED_BY_AGE = [0.25, 0.27, 0.38, 0.47];
export const PROXY_BY_AGE = [0.08, 0.05, 0.09, 0.16];

/** A4 mantelzorg ja per age group. */
export const CARER_BY_AGE = [0.55, 0.54, 0.62, 0.68];

/** A5 "Mijn mantelzorger kan de zorg aan" (valid answers 1–5): ~20% (helemaal) niet mee eens. */
export const CARER_COPES_SHAPE = [0.25, 0.42, 0.13, 0.14, 0.06];
export const CARER_COPES_DONT_KNOW = 0.03;

/** A6 living situation (codes 1–5) per age group. */
export const LIVING_BY_AGE = [
  [0.45, 0.2, 0.15, 0.08, 0.12],
  [0.45, 0.46, 0.03, 0.03, 0.03],
  [0.55, 0.39, 0.01, 0.03, 0.02],
  [0.7, 0.22, 0.005, 0.045, 0.03],
];

/** Chance that a question is left empty, per channel (paper forms have the most gaps). */
export const SKIP_BY_CHANNEL = { papier: 0.035, online: 0.015, telefoon: 0.005 } as const;
