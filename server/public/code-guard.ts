import type { RouteContext } from '../http/route-context.js';
import { CODE_ALPHABET, CODE_LENGTH, hashCode, normaliseCode } from './personal-code.js';

/**
 * The global limit on wrong codes (ADR 0007), next to the limit per address: when more wrong
 * codes than `limit` came in over the last minute, from all addresses together, new codes are
 * not looked up until the minute has calmed down. Residents who are already answering (their
 * code passed before and sits in their cookie) go on; a code in a cookie that was not admitted
 * before is a new guess and waits like the code form.
 */

/** Alphabet size to the power of the code length (ADR 0007): 31⁸ possible codes. */
export const CODE_SPACE = CODE_ALPHABET.length ** CODE_LENGTH;
/** The largest round of the source documents: live codes at once. */
export const LIVE_CODES = 23_000;
/** A fieldwork period: six weeks, in minutes. */
export const FIELDWORK_MINUTES = 6 * 7 * 24 * 60;
/** Accepted chance that guessing at the limit for a whole fieldwork finds one code. */
export const ACCEPTED_CHANCE = 0.05;

/**
 * Where the default limit comes from: the number of wrong codes per minute at which someone
 * guessing without pause for a whole fieldwork expects to find at most `ACCEPTED_CHANCE` codes:
 * 0.05 × 31⁸ / (23,000 × 60,480) = 30.7, rounded down to 30. The configuration owns the default
 * (`DEFAULT_CODE_FAILURES_PER_MINUTE` in config.ts); the test keeps it equal to this.
 */
export const DERIVED_CODE_FAILURES_PER_MINUTE = Math.floor(
  (ACCEPTED_CHANCE * CODE_SPACE) / (LIVE_CODES * FIELDWORK_MINUTES),
);

/**
 * Failures in a sliding window, in a ring of the last `limit` failure times: the window is full
 * when the oldest of those is less than `windowMs` old. Constant time and memory per failure.
 */
export class FailureWindow {
  private readonly times: number[];
  private next = 0;
  private stored = 0;

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.times = new Array<number>(Math.max(0, limit)).fill(0);
  }

  record(): void {
    if (this.limit <= 0) return;
    this.times[this.next] = this.now();
    this.next = (this.next + 1) % this.limit;
    this.stored = Math.min(this.stored + 1, this.limit);
  }

  /** True when `limit` or more failures fell in the last window (never when the limit is 0). */
  isFull(): boolean {
    if (this.limit <= 0 || this.stored < this.limit) return false;
    // `next` points at the oldest of the last `limit` failures.
    return this.now() - this.times[this.next]! < this.windowMs;
  }
}

/** Codes that passed recently, as hashes; the oldest are forgotten first. */
class AdmittedCodes {
  private readonly hashes = new Set<string>();
  constructor(private readonly max: number) {}

  add(hash: string): void {
    this.hashes.delete(hash);
    this.hashes.add(hash);
    if (this.hashes.size > this.max) {
      const oldest = this.hashes.values().next().value;
      if (oldest !== undefined) this.hashes.delete(oldest);
    }
  }

  has(hash: string): boolean {
    return this.hashes.has(hash);
  }
}

/** Enough for every respondent of several large rounds answering on the same days. */
const ADMITTED_MAX = 50_000;

export class CodeGuard {
  private readonly failures: FailureWindow;
  private readonly admitted = new AdmittedCodes(ADMITTED_MAX);

  /** `failuresPerMinute` is `config.codeFailuresPerMinute` (0: no global limit). */
  constructor(failuresPerMinute: number, now: () => number = Date.now) {
    this.failures = new FailureWindow(failuresPerMinute, 60_000, now);
  }

  /** Too many wrong codes over the last minute: no new codes now. */
  busy(): boolean {
    return this.failures.isFull();
  }

  /** Whether this code may be looked up now: always, unless busy and the code is new. */
  mayTry(code: string): boolean {
    return !this.busy() || this.admitted.has(hashCode(normaliseCode(code)));
  }

  failed(): void {
    this.failures.record();
  }

  passed(code: string): void {
    this.admitted.add(hashCode(normaliseCode(code)));
  }
}

/** What the public pages that take a personal code are registered with: one guard for all. */
export interface CodePagesContext extends RouteContext {
  codeGuard: CodeGuard;
}
