/**
 * The statistics behind every results figure (PRODUCT.md M2, docs/results-method.md): the Wilson
 * score interval for a share, the standard normal distribution, the pooled two-proportion z-test
 * and the note on many tests at once. Pure functions without dependencies, so the server, the
 * public portal and the reports compute exactly the same numbers.
 */

/** z for a two-sided 95% interval: Φ⁻¹(0.975), to full double precision. */
export const Z_95 = 1.959963984540054;

/** A share's interval, as proportions from 0 to 1. */
export interface Interval {
  low: number;
  high: number;
}

function requireFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} moet een eindig getal zijn.`);
}

/**
 * Wilson score interval for `successes` out of `n`:
 *   centre = (p̂ + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p̂(1−p̂)/n + z²/4n² )
 * Null when n = 0. `successes` need not be whole (weighted figures pass p·n_eff). The bounds are
 * clamped to [0, 1], and are exactly 0 at 0 successes and exactly 1 when all succeed.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  requireFinite(successes, 'Het aantal positieve antwoorden');
  requireFinite(n, 'Het aantal geldige antwoorden');
  requireFinite(z, 'z');
  if (n < 0) throw new RangeError('Het aantal geldige antwoorden kan niet negatief zijn.');
  if (successes < 0 || successes > n * (1 + 1e-12)) {
    throw new RangeError(
      'Het aantal positieve antwoorden moet tussen 0 en het aantal geldige liggen.',
    );
  }
  if (n === 0) return null;
  const p = Math.min(1, successes / n);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    low: p === 0 ? 0 : Math.max(0, centre - half),
    high: p === 1 ? 1 : Math.min(1, centre + half),
  };
}

const SQRT_PI = Math.sqrt(Math.PI);

/**
 * Complementary error function erfc(x) = 1 − erf(x), accurate to about 1e-15 absolute and, in
 * the tail, relative as well (so small p-values keep their digits).
 * - |x| < 3: erf from the everywhere-positive series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) /
 *   (1·3·…·(2n+1)), which has no cancellation;
 * - x ≥ 3: the continued fraction erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …)))),
 *   evaluated from the back;
 * - erfc(−x) = 2 − erfc(x).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 3) {
    let term = x;
    let sum = x;
    for (let k = 1; k < 500; k++) {
      term *= (2 * x * x) / (2 * k + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x * x) * sum;
  }
  if (x > 27) return 0; // e^(−729) underflows
  let t = x;
  for (let k = 80; k >= 1; k--) t = x + k / 2 / t;
  return Math.exp(-x * x) / SQRT_PI / t;
}

/** Standard normal distribution function Φ(x) = ½ · erfc(−x/√2). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Result of the two-proportion test: difference as a proportion (−1 … 1), two-sided p. */
export interface ProportionTest {
  difference: number;
  z: number;
  p: number;
}

/**
 * Pooled two-proportion z-test of x1/n1 against x2/n2:
 *   p̄ = (x1 + x2)/(n1 + n2),  z = (x1/n1 − x2/n2) / √( p̄(1−p̄)(1/n1 + 1/n2) ),
 *   p = 2 · Φ(−|z|).
 * Null when either group has no valid answers. When p̄ is 0 or 1 both shares are equal and
 * there is nothing to test: { difference: 0, z: 0, p: 1 }.
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): ProportionTest | null {
  for (const [x, n] of [
    [x1, n1],
    [x2, n2],
  ] as const) {
    requireFinite(x, 'Het aantal positieve antwoorden');
    requireFinite(n, 'Het aantal geldige antwoorden');
    if (n < 0 || x < 0 || x > n) {
      throw new RangeError(
        'Het aantal positieve antwoorden moet tussen 0 en het aantal geldige liggen.',
      );
    }
  }
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled <= 0 || pooled >= 1) return { difference: 0, z: 0, p: 1 };
  const difference = x1 / n1 - x2 / n2;
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { difference, z, p: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}

/** The significance level used throughout. */
export const ALPHA = 0.05;

const nl = (value: number) => value.toLocaleString('nl-NL');

/**
 * A plain-Dutch note for policy officers on testing many differences at once: at p < 0.05 about
 * one test in twenty comes out "significant" by chance alone, even when nothing differs.
 */
export function multipleTestingNote(tests: number): string {
  const count = Number.isFinite(tests) ? Math.max(0, Math.floor(tests)) : 0;
  if (count === 0) {
    return 'Er is geen verschil getoetst.';
  }
  if (count <= 1) {
    return (
      'Er is één verschil getoetst. Een verschil heet significant als p kleiner is dan 0,05: ' +
      'de kans dat zo’n verschil alleen door toeval ontstaat, is dan kleiner dan 1 op 20.'
    );
  }
  const expected = count * ALPHA;
  const start =
    `Er zijn ${nl(count)} verschillen tegelijk getoetst. Bij elke toets is er een kans van ` +
    '1 op 20 dat een verschil "significant" lijkt, terwijl het alleen toeval is.';
  if (expected < 0.5) {
    const chance = Math.round((1 - Math.pow(1 - ALPHA, count)) * 100);
    return (
      `${start} Bij ${nl(count)} toetsen is de kans ongeveer ${nl(chance)}% dat minstens één ` +
      'van de significante verschillen door toeval komt. Trek dus geen harde conclusie uit één ' +
      'los verschil.'
    );
  }
  const rounded = Math.round(expected);
  const what = rounded === 1 ? 'één verschil' : `${nl(rounded)} verschillen`;
  return (
    `${start} Bij ${nl(count)} toetsen kunt u dus ongeveer ${what} als significant verwachten ` +
    'door toeval alleen. Kijk daarom vooral naar verschillen die groot zijn of die bij meer ' +
    'vragen terugkomen.'
  );
}
