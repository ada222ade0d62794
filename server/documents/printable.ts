/**
 * Text as a PDF font can show it. Control characters go, so a hostile name cannot break the
 * layout; a letter the font lacks loses its accent (ş → s) if that helps, or becomes "?".
 *
 * The standard fonts (Helvetica, Courier) know the Windows-1252 characters only: all Dutch
 * letters, é, ë, ç, ñ, …; reports use them. Letters to residents use an embedded font with every
 * Latin, Greek and Cyrillic letter (fonts.ts), so names print as they are written.
 */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);

/** Whether a standard PDF font (Windows-1252) can show this character. */
export function inStandardFont(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)
  );
}

export function printable(text: string, fits: (char: string) => boolean = inStandardFont): string {
  let result = '';
  for (const char of text.replace(/\p{Cc}+/gu, ' ')) {
    if (fits(char)) {
      result += char;
      continue;
    }
    const bare = char.normalize('NFKD').replace(/\p{M}/gu, '');
    result += [...bare].every(fits) && bare.length > 0 ? bare : '?';
  }
  return result.trim();
}
