import { LRUCache } from 'lru-cache';

export interface CacheOptions {
  /** Most entries kept: adding one more drops the least recently used. */
  size: number;
  /** Age (from when an entry was set) after which it is gone; without it only `size` evicts. */
  ttlMs?: number;
  /** A millisecond clock, for tests; the default is `performance.now`. */
  now?: () => number;
}

/**
 * The one in-process cache of the server: bounded in entries, and in age when asked. What a
 * cache keeps, and what makes its user forget an entry (a write, a taken hand-off), stays with
 * the user; this only decides when an entry goes by itself.
 */
export class Cache<V extends NonNullable<unknown>> {
  readonly #entries: LRUCache<string, V>;

  constructor(options: CacheOptions) {
    const { size, ttlMs, now } = options;
    this.#entries = new LRUCache<string, V>({
      max: size,
      ...(ttlMs !== undefined && ttlMs > 0 ? { ttl: ttlMs } : {}),
      // Read the clock on every check: exact ages, and no timer per read (the default debounce).
      ttlResolution: 0,
      ...(now ? { perf: { now } } : {}),
    });
  }

  /** The entry, if kept and not out of date; it becomes the most recently used. */
  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  set(key: string, value: V): void {
    this.#entries.set(key, value);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** The entry, removed: a hand-off is used at most once. */
  take(key: string): V | undefined {
    const value = this.#entries.get(key);
    this.#entries.delete(key);
    return value;
  }

  /** Entries held, out-of-date ones not yet dropped included. */
  get size(): number {
    return this.#entries.size;
  }
}
