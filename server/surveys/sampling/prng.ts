import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random generator, so that a sample can be drawn again and checked: the same
 * seed and the same register give the same sample on any machine and any Node version.
 *
 * Algorithm: sfc32 (Chris Doty-Humphrey's "Small Fast Counting" generator from PractRand,
 * public domain), 128 bits of state, passes PractRand and BigCrush. The seed text is turned into
 * the four 32-bit state words with SHA-256, then 12 outputs are discarded, as its author advises.
 * Math.random cannot be seeded; this is not for secrets (codes use crypto.randomInt).
 */
export interface Random {
  /** A 32-bit unsigned integer. */
  nextUint32(): number;
  /** An integer in [0, n), without modulo bias. */
  below(n: number): number;
}

export function seededRandom(seed: string): Random {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);

  function nextUint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }

  for (let i = 0; i < 12; i++) nextUint32();

  return {
    nextUint32,
    below(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`below(${n})`);
      // Rejection sampling: values in the incomplete last block would favour small results.
      const limit = 2 ** 32 - (2 ** 32 % n);
      for (;;) {
        const value = nextUint32();
        if (value < limit) return value % n;
      }
    },
  };
}

/**
 * A simple random sample of `size` items, in the items' own order: the first `size` steps of a
 * Fisher-Yates shuffle (Durstenfeld), which takes each subset with equal probability.
 */
export function drawSample<T>(items: readonly T[], size: number, random: Random): T[] {
  if (size >= items.length) return [...items];
  const indexes = items.map((_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + random.below(indexes.length - i);
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes
    .slice(0, size)
    .sort((x, y) => x - y)
    .map((i) => items[i]!);
}
