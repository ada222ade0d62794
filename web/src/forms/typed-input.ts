/*
 * Numbers as staff type them in a Dutch form. The form keeps the text as typed, so a wrong value
 * can be shown back with its message; these turn the text into what the schema checks.
 */

/**
 * A number box for the schema: empty is undefined (so the schema says "vul … in"), anything
 * else goes through `Number`, so "abc" or "1,5" becomes NaN and the schema rejects it.
 */
export function typedNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** Only digits, such as "15"; anything else (empty, "1,5", "-2") is null. */
export function typedWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * A decimal with a comma or a point ("12,5", "12.5", " 8 "), with at most `integerDigits`
 * digits before and `fractionDigits` after the separator. Empty is null; anything else 'fout'.
 */
export function typedDecimal(
  text: string,
  integerDigits: number,
  fractionDigits: number,
): number | null | 'fout' {
  const normalised = text.trim().replace(',', '.');
  if (!normalised) return null;
  const pattern = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${fractionDigits}})?$`);
  return pattern.test(normalised) ? Number(normalised) : 'fout';
}
