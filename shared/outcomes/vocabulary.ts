/** Words and limits of the Leefgebieden-monitor (M4), shared by server, web and CLI. */

export const DOMAIN_SETS = ['mvo', 'zrm'] as const;
export type DomainSet = (typeof DOMAIN_SETS)[number];

export const TEAM_ROLES = ['lid', 'teamleider'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const GOAL_STATUSES = ['open', 'bereikt', 'niet_bereikt'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  open: 'Open',
  bereikt: 'Bereikt',
  niet_bereikt: 'Niet bereikt',
};

/** The line from the sad to the happy face is stored as a whole number 0–100. */
export const MARK_MIN = 0;
export const MARK_MAX = 100;

/**
 * A change of at most this many points (either way) between the first and the last mark counts
 * as `gelijk`: placing a marker on a line by hand or finger is not more precise than that.
 */
export const SAME_BAND = 5;

export const SELF_SUFFICIENCY_MIN = 1;
export const SELF_SUFFICIENCY_MAX = 5;

/** ZRM-style labels (our own wording of the scale; the official handleiding is not shipped). */
export const SELF_SUFFICIENCY_LABELS: Record<number, string> = {
  1: 'Acute problematiek',
  2: 'Niet zelfredzaam',
  3: 'Beperkt zelfredzaam',
  4: 'Voldoende zelfredzaam',
  5: 'Volledig zelfredzaam',
};
export const NOT_DISCUSSED_LABEL = 'Niet besproken';

/** Self-sufficiency information older than this is shown as outdated (the ZRM ignores it). */
export const SELF_SUFFICIENCY_VALID_DAYS = 30;

export const LOCAL_DOMAIN_PREFIX = 'L-';
