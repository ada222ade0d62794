/**
 * Proportional allocation of a sample over strata, with largest-remainder (Hamilton) rounding:
 * every stratum gets floor(n · N_h / N), and the places left go to the strata with the largest
 * fractions. Ties go to the larger stratum, then to the stratum key that sorts first, so the
 * result never depends on the order strata arrive in.
 */
export function allocateProportionally(
  sizes: ReadonlyMap<string, number>,
  total: number,
): Map<string, number> {
  const population = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  const target = Math.min(total, population);
  const allocation = new Map<string, number>();
  if (population === 0) {
    for (const key of sizes.keys()) allocation.set(key, 0);
    return allocation;
  }
  const parts = [...sizes.entries()].map(([key, size]) => {
    // Integer arithmetic: exact floors and remainders, no floating-point ties.
    const share = target * size;
    return { key, size, floor: Math.floor(share / population), remainder: share % population };
  });
  let left = target - parts.reduce((sum, p) => sum + p.floor, 0);
  const byRemainder = [...parts].sort(
    (x, y) =>
      y.remainder - x.remainder || y.size - x.size || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
  for (const part of byRemainder) {
    if (left === 0) break;
    if (part.remainder > 0) {
      part.floor += 1;
      left -= 1;
    }
  }
  for (const part of parts) allocation.set(part.key, part.floor);
  return allocation;
}

export type AgeGroup = '<65' | '65-74' | '75-84' | '85+' | 'onbekend';

/** Age group in the survey year, from the birth year the register gives. */
export function ageGroup(birthYear: number | null, surveyYear: number): AgeGroup {
  if (birthYear === null) return 'onbekend';
  const age = surveyYear - birthYear;
  if (age < 65) return '<65';
  if (age < 75) return '65-74';
  if (age < 85) return '75-84';
  return '85+';
}
