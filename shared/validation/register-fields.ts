import { isProductCategorie, type ProductCategorie } from './wmo020.js';

/**
 * Readers for the cells of a client register, one per kind of field. Each takes the text of a
 * non-empty cell and returns the value to store, or a Dutch reason (B1) why it cannot be used.
 * Reasons quote a value only when it says nothing about a person by itself (a date, a code).
 */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (reason: string): FieldResult<never> => ({ ok: false, reason });

/** A value as it may appear inside a reason: short, and without invisible characters. */
export function quoted(text: string): string {
  const clean = text.replace(/\p{Cc}/gu, ' ').trim();
  return `"${clean.length > 30 ? `${clean.slice(0, 30)}…` : clean}"`;
}

/** Dutch postcode: four digits (not starting with 0) and two letters; stored as `1234 AB`. */
export function readPostcode(text: string): FieldResult<string> {
  const match = /^([1-9]\d{3})\s*([a-z]{2})$/i.exec(text.trim());
  if (!match) {
    return fail(
      `Postcode ${quoted(text)} klopt niet. Schrijf 4 cijfers en 2 letters, zoals 9401 AB.`,
    );
  }
  return ok(`${match[1]} ${match[2]!.toUpperCase()}`);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as `jjjj-mm-dd` (ISO, also what XLSX dates become) or as Dutch people write it,
 * `dd-mm-jjjj` or `d-m-jjjj` (also with / or .). Stored as `jjjj-mm-dd`.
 */
export function readDate(text: string): FieldResult<string> {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const parts = iso
    ? { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) }
    : dutch
      ? { y: Number(dutch[3]), m: Number(dutch[2]), d: Number(dutch[1]) }
      : undefined;
  if (!parts) {
    return fail(
      `Datum ${quoted(text)} klopt niet. Schrijf de datum als dd-mm-jjjj, zoals 31-01-2026.`,
    );
  }
  if (parts.y < 1900 || parts.y > 2100 || !isRealDate(parts.y, parts.m, parts.d)) {
    return fail(`Datum ${quoted(text)} bestaat niet. Controleer dag, maand en jaar.`);
  }
  return ok(`${parts.y}-${pad(parts.m)}-${pad(parts.d)}`);
}

/**
 * A birth year between 1900 and this year. A full birth date is accepted too, and only its
 * year is kept: the survey needs no more (data minimisation).
 */
export function readBirthYear(text: string, currentYear: number): FieldResult<number> {
  const value = text.trim();
  let year: number | undefined;
  if (/^\d{4}$/.test(value)) year = Number(value);
  else {
    const date = readDate(value);
    if (date.ok) year = Number(date.value.slice(0, 4));
  }
  if (year === undefined) {
    return fail(`Geboortejaar ${quoted(text)} klopt niet. Schrijf een jaartal, zoals 1948.`);
  }
  if (year < 1900 || year > currentYear) {
    return fail(`Geboortejaar ${year} kan niet: het moet tussen 1900 en ${currentYear} liggen.`);
  }
  return ok(year);
}

const SEXES: Record<string, 'm' | 'v' | 'x' | null> = {
  m: 'm',
  man: 'm',
  mannelijk: 'm',
  v: 'v',
  vrouw: 'v',
  vrouwelijk: 'v',
  x: 'x',
  o: null,
  onbekend: null,
};

/** m, v or x; man/vrouw are read as m/v, onbekend as no value. */
export function readSex(text: string): FieldResult<'m' | 'v' | 'x' | null> {
  const key = text.trim().toLowerCase();
  if (!Object.hasOwn(SEXES, key)) {
    return fail(`Geslacht ${quoted(text)} kennen we niet. Gebruik m, v, x of onbekend.`);
  }
  return ok(SEXES[key]!);
}

const YES_NO: Record<string, boolean> = {
  ja: true,
  j: true,
  yes: true,
  y: true,
  '1': true,
  x: true,
  waar: true,
  true: true,
  afgemeld: true,
  nee: false,
  n: false,
  no: false,
  '0': false,
  onwaar: false,
  false: false,
};

/** Whether a client asked not to be approached for research: ja/nee (and 1/0, x, true/false). */
export function readOptedOut(text: string): FieldResult<boolean> {
  const key = text.trim().toLowerCase();
  if (!Object.hasOwn(YES_NO, key)) {
    return fail(`Afgemeld ${quoted(text)} kennen we niet. Gebruik ja of nee.`);
  }
  return ok(YES_NO[key]!);
}

/**
 * The iWmo productcategorie (WMO020): two digits, `1` read as `01`. A label after the code
 * ("02 Begeleiding") is allowed, since some systems export code and name together.
 */
export function readProductCategorie(text: string): FieldResult<ProductCategorie> {
  const match = /^(\d{1,2})(?:\s*[-:]?\s+\D.*)?$/.exec(text.trim());
  const code = match ? match[1]!.padStart(2, '0') : '';
  if (!isProductCategorie(code)) {
    return fail(
      `Productcategorie ${quoted(text)} bestaat niet. Gebruik een code van 01 tot en met 18 (iWmo-lijst WMO020).`,
    );
  }
  return ok(code);
}

/**
 * A gemeente code as CBS writes it (`GM0106`), or only its digits (`0106`, or `106` when a
 * spreadsheet dropped the zero). Returns `GM` and four digits; whether the gemeente takes part
 * is for the caller to say.
 */
export function readGemeenteCode(text: string): FieldResult<string> {
  const match = /^(?:gm)?\s*(\d{1,4})$/i.exec(text.trim());
  if (!match) {
    return fail(`Gemeentecode ${quoted(text)} klopt niet. Schrijf de CBS-code, zoals GM0106.`);
  }
  return ok(`GM${match[1]!.padStart(4, '0')}`);
}
