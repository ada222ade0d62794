/**
 * Size classes of gemeenten by number of inhabitants, for the comparison "gemeenten van dezelfde
 * grootte" (docs/results-method.md). `min` inclusive, `max` exclusive.
 */

export interface SizeClass {
  id: number;
  label: string;
  min: number;
  max: number | null;
}

export const SIZE_CLASSES: readonly SizeClass[] = Object.freeze([
  { id: 1, label: 'minder dan 20.000 inwoners', min: 0, max: 20_000 },
  { id: 2, label: '20.000 tot 50.000 inwoners', min: 20_000, max: 50_000 },
  { id: 3, label: '50.000 tot 100.000 inwoners', min: 50_000, max: 100_000 },
  { id: 4, label: '100.000 inwoners of meer', min: 100_000, max: null },
]);

/** The class of a gemeente; null when the number of inhabitants is unknown or invalid. */
export function sizeClassOf(inhabitants: number | null | undefined): SizeClass | null {
  if (inhabitants === null || inhabitants === undefined) return null;
  if (!Number.isFinite(inhabitants) || inhabitants < 0) return null;
  return (
    SIZE_CLASSES.find((c) => inhabitants >= c.min && (c.max === null || inhabitants < c.max)) ??
    null
  );
}
