/**
 * Small-cell protection for one breakdown (docs/results-method.md): the categories of a
 * breakdown partition a total that is published elsewhere, so hiding only the small cells is not
 * enough when a hidden count could be computed back by subtraction.
 */

function hiddenSum(counts: readonly number[], hide: readonly boolean[]): number {
  return counts.reduce((sum, count, i) => (hide[i] ? sum + count : sum), 0);
}

/** Index of the smallest visible cell (ties: the first), or −1 when none is visible. */
function smallestVisible(counts: readonly number[], hide: readonly boolean[]): number {
  let best = -1;
  counts.forEach((count, i) => {
    if (!hide[i] && (best < 0 || count < (counts[best] ?? 0))) best = i;
  });
  return best;
}

/**
 * For the categories of one breakdown whose counts add up to a published total: which to hide
 * (true = hide), one boolean per cell.
 * 1. Primary: every count below the threshold (0 included).
 * 2. Secondary: while the hidden cells together hold fewer than `threshold` respondents (which is
 *    always so when exactly one cell is hidden) hide the smallest visible one too (ties: the
 *    first), so that neither a hidden cell nor a small group of hidden cells can be computed back
 *    from the total. Once the hidden cells hold at least `threshold` respondents together, only
 *    their sum can be derived, which is no more than a figure that would be shown anyway.
 */
export function suppressPartition(counts: readonly number[], threshold: number): boolean[] {
  for (const count of counts) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(
        'Een aantal in een uitsplitsing moet een heel getal van 0 of meer zijn.',
      );
    }
  }
  const hide = counts.map((count) => count < threshold);
  const anyHidden = () => hide.some(Boolean);
  while (anyHidden() && hiddenSum(counts, hide) < threshold) {
    const next = smallestVisible(counts, hide);
    if (next < 0) break;
    hide[next] = true;
  }
  return hide;
}
