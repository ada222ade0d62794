/**
 * The Dutch citizen service number (BSN) and its check: the elfproef. Nine digits d1..d9 with
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9) mod 11 = 0. Old systems drop the leading zero, so eight
 * digits are read with a 0 in front. 000000000 passes the sum but is no number anyone has.
 */

/** Nine digits, or undefined when the text cannot be a BSN at all (letters, wrong length). */
export function normaliseBsn(text: string): string | undefined {
  // Spreadsheets and letters show 1234.56.782 or 1234 56 782; the digits are what count.
  const digits = text.trim().replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return undefined;
  return digits.padStart(9, '0');
}

/** True when the nine digits pass the elfproef. */
export function passesElfproef(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits) || nineDigits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(nineDigits[i]);
  sum -= Number(nineDigits[8]);
  return sum % 11 === 0;
}

export type BsnCheck = { ok: true; bsn: string } | { ok: false; reason: string };

/** Checks a BSN as typed; the reason is Dutch and never repeats the number itself. */
export function checkBsn(text: string): BsnCheck {
  const bsn = normaliseBsn(text);
  if (!bsn)
    return { ok: false, reason: 'Een BSN bestaat uit 9 cijfers (of 8 zonder de 0 vooraan).' };
  if (!passesElfproef(bsn)) {
    return {
      ok: false,
      reason: 'Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.',
    };
  }
  return { ok: true, bsn };
}
