/**
 * How many clients to invite for a survey, as the CEO Wmo practice computes it
 * (reference/ceo-wmo.md): the respondents needed for a margin of error at 95% confidence, with
 * the finite-population correction, and the invitations needed at an expected response rate.
 * Pure functions: the web app shows the same figures as the server.
 */

/** z for 95% confidence, as the published formula rounds it. */
export const Z_95 = 1.96;

/** Most uncertain proportion: the sample is large enough whatever the answers turn out to be. */
const P = 0.5;

/**
 * Guards Math.ceil against floating-point noise: 70 / 0.7 is 100.00000000000001 in binary,
 * which must stay 100 invitations, not become 101.
 */
function ceilClean(value: number): number {
  return Math.max(0, Math.ceil(value - 1e-9));
}

/** Respondents needed without the finite-population correction: n0 = z²·p(1−p)/e². */
export function infiniteSampleSize(margin: number, z = Z_95): number {
  if (!(margin > 0 && margin < 1)) throw new RangeError('margin must be between 0 and 1');
  return (z * z * P * (1 - P)) / (margin * margin);
}

/**
 * Respondents needed in a population of N for margin e (a fraction: 0.05 for 5%):
 * n = n0 / (1 + (n0 − 1)/N), rounded up, and never more than N.
 */
export function requiredRespondents(population: number, margin: number, z = Z_95): number {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError('population must be a whole number ≥ 0');
  }
  if (population === 0) return 0;
  const n0 = infiniteSampleSize(margin, z);
  return Math.min(population, ceilClean(n0 / (1 + (n0 - 1) / population)));
}

/**
 * Invitations needed to expect `respondents` answers at a response rate (a fraction: 0.35 for
 * 35%), never more than the population: beyond that, invite everyone.
 */
export function invitationsNeeded(
  respondents: number,
  responseRate: number,
  population: number,
): number {
  if (!(responseRate > 0 && responseRate <= 1)) {
    throw new RangeError('response rate must be above 0 and at most 1');
  }
  return Math.min(population, ceilClean(respondents / responseRate));
}

export interface SampleSizeAdvice {
  population: number;
  respondents: number;
  invitations: number;
  /** True when the population is too small: everyone must be invited and still may not answer. */
  inviteEveryone: boolean;
}

export function sampleSizeAdvice(
  population: number,
  margin: number,
  responseRate: number,
): SampleSizeAdvice {
  const respondents = requiredRespondents(population, margin);
  const invitations = invitationsNeeded(respondents, responseRate, population);
  return {
    population,
    respondents,
    invitations,
    inviteEveryone: population > 0 && invitations >= population,
  };
}
