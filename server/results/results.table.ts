import type { Generated } from 'kysely';

/** Dimensions of the count tables: the total, the four breakdowns, and the weighting strata. */
export const COUNT_DIMENSIONS = [
  'totaal',
  'leeftijd',
  'voorziening',
  'kanaal',
  'hulp',
  'leeftijd_geslacht',
] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

/**
 * The counts of one category of one dimension of a gemeente in a round (migration
 * 2026-11-24T0900, ADR 0009): `counts` is `{ question id: { answer code: n } }`. Question `*`
 * holds the number of responses (answer ''); answer `+` the respondents of a meervoudig
 * question. Not answered = responses − answered; it is not stored.
 */
export interface ResultCountTable {
  tenant_id: string;
  survey_id: string;
  gemeente_id: string;
  dimension: CountDimension;
  category: string;
  counts: unknown;
}

/** `counts` of a row: question id → answer code → number of responses. */
export type CountsByQuestion = Record<string, Record<string, number>>;

/** What the counts of one gemeente were built from, and when. */
export interface ResultBuildTable {
  tenant_id: string;
  survey_id: string;
  gemeente_id: string;
  /** Responses counted: the counts are stale when the live number differs. */
  responses: number;
  invited: number;
  /** Built after the round was closed: no response can be added any more. */
  final: Generated<boolean>;
  built_at: Generated<Date>;
}

/**
 * The round's clients per age group × sex ('<A2>|<A3>', as the answers code them): the
 * population for weighting, kept when names and addresses are deleted after fieldwork.
 */
export interface ResultPopulationTable {
  tenant_id: string;
  survey_id: string;
  gemeente_id: string;
  stratum: string;
  n: number;
}
