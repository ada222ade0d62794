/**
 * The fixed lists of the registration of client support (PRODUCT.md M3): channels, age groups,
 * staff types and waiting-list statuses. Fixed on purpose: they are what makes figures of
 * different gemeenten comparable. Values are the codes in the API, in imports and in exports.
 */

export const CHANNELS = ['inloop', 'telefoon', 'digitaal', 'huisbezoek'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  inloop: 'Inloop (aan de balie of het spreekuur)',
  telefoon: 'Telefoon',
  digitaal: 'Digitaal (e-mail, chat, beeldbellen)',
  huisbezoek: 'Huisbezoek',
};

/**
 * Age groups of the resident, as staff can judge or ask them in a short contact. The bounds
 * follow life stages that matter for support: minors, young adults (18-26, when youth support
 * ends and own administration starts), working age split at 45, young elderly (65-74, AOW) and
 * the oldest residents (75+), who most often need help with digital matters.
 */
export const AGE_GROUPS = ['<18', '18-26', '27-44', '45-64', '65-74', '75+', 'onbekend'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  '<18': 'Jonger dan 18',
  '18-26': '18 tot en met 26',
  '27-44': '27 tot en met 44',
  '45-64': '45 tot en met 64',
  '65-74': '65 tot en met 74',
  '75+': '75 of ouder',
  onbekend: 'Onbekend',
};

export const STAFF_TYPES = ['professional', 'stagiair', 'vrijwilliger'] as const;
export type StaffType = (typeof STAFF_TYPES)[number];
export const STAFF_TYPE_LABELS: Record<StaffType, string> = {
  professional: 'Professionals',
  stagiair: 'Stagiairs',
  vrijwilliger: 'Vrijwilligers',
};

export const REQUEST_STATUSES = ['wachtend', 'gestart', 'vervallen'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  wachtend: 'Wachtend',
  gestart: 'Gestart',
  vervallen: 'Vervallen',
};

export const CODE_KINDS = ['taak', 'resultaat'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

export const PERIOD_KINDS = ['week', 'maand'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PRESSURE_LEVELS = ['locatie', 'stadsdeel', 'gemeente'] as const;
export type PressureLevel = (typeof PRESSURE_LEVELS)[number];

/** Bounds of a single contact's minutes: one minute up to a full working day. */
export const MINUTES_MIN = 1;
export const MINUTES_MAX = 480;
/** At most this many tasks in one contact. */
export const TASKS_MAX = 6;
/** A local code starts with this prefix, so it can never be mistaken for a default code. */
export const LOCAL_CODE_PREFIX = 'L-';
