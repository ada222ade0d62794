import { describe, expect, it } from 'vitest';
import { Cache } from './cache.js';

describe('Cache', () => {
  it('drops the least recently used entry when it is full', () => {
    const cache = new Cache<string>({ size: 2 });
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // a is now used more recently than b
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toBe(2);
  });

  it('forgets an entry once it is older than its time to live', () => {
    let clock = 1_000;
    const cache = new Cache<number>({ size: 10, ttlMs: 5_000, now: () => clock });
    cache.set('x', 1);
    clock += 5_000;
    expect(cache.get('x')).toBe(1);
    expect(cache.has('x')).toBe(true);
    clock += 1;
    expect(cache.has('x')).toBe(false);
    expect(cache.get('x')).toBeUndefined();
  });

  it('counts the time to live from the last set, not from reads', () => {
    let clock = 1_000;
    const cache = new Cache<number>({ size: 10, ttlMs: 100, now: () => clock });
    cache.set('x', 1);
    clock += 80;
    cache.get('x');
    clock += 80;
    expect(cache.get('x')).toBeUndefined();
    cache.set('x', 2);
    clock += 80;
    cache.set('x', 3);
    clock += 80;
    expect(cache.get('x')).toBe(3);
  });

  it('hands an entry out once with take, and forgets a deleted one', () => {
    const cache = new Cache<string>({ size: 10, ttlMs: 1_000 });
    cache.set('k', 'v');
    expect(cache.take('k')).toBe('v');
    expect(cache.take('k')).toBeUndefined();
    cache.set('k', 'w');
    cache.delete('k');
    expect(cache.get('k')).toBeUndefined();
  });

  it('keeps entries without a time to live until size pushes them out', () => {
    let clock = 1_000;
    const cache = new Cache<string>({ size: 1, now: () => clock });
    cache.set('a', 'A');
    clock += 1e9;
    expect(cache.get('a')).toBe('A');
  });
});
