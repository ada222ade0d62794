import { createHash, randomInt } from 'node:crypto';

/**
 * Every personal code a resident types in (ADR 0007, 0010): the survey invitation in the letter,
 * the monitor code from the wijkteam, and whatever public page asks for a code next. One alphabet
 * and one generator, so the code guard's arithmetic holds for all of them. 31 characters without
 * the ones people confuse when reading a letter or typing it in: no 0/O, no 1/I/L. Eight
 * characters give 31^8 ≈ 8.5 · 10^11 codes, far over the 10^9 a live code needs; two groups of
 * four are read and typed like a postcode.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
const GROUP = 4;

/** A new code such as `K7MF-X3PQ`, drawn with the operating system's secure random source. */
export function newCode(): string {
  let plain = '';
  for (let i = 0; i < CODE_LENGTH; i++) plain += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return formatCode(plain);
}

/** `K7MFX3PQ` → `K7MF-X3PQ`: groups for reading aloud and typing. */
export function formatCode(normalised: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalised.length; i += GROUP) groups.push(normalised.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * What a code is compared as: upper-case, without the dashes and spaces people type or leave
 * out. The answering module uses this exact function, so both sides always agree.
 */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

/** True when the input can be a code at all: saves a database lookup for typos. */
export function isWellFormedCode(input: string): boolean {
  const code = normaliseCode(input);
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/**
 * What is stored and looked up: the SHA-256 (hex) of the normalised code. A fast hash is
 * enough here, because the code itself is random with ~40 bits and entry is rate-limited; it
 * keeps a database copy from being typed in after the plain codes are deleted.
 */
export function hashCode(input: string): string {
  return createHash('sha256').update(normaliseCode(input), 'utf8').digest('hex');
}
