/**
 * Text as the PDF's standard fonts can show it. Helvetica and Courier in a PDF know the
 * Windows-1252 characters only (all Dutch letters, é, ë, ç, ñ, …); other letters would print as
 * wrong glyphs, so they lose their accent (ş → s) or become "?". Control characters go, so a
 * hostile name cannot break the layout.
 */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);

function fits(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)
  );
}

export function printable(text: string): string {
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
