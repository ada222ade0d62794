import fs from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';

/**
 * The letters' typeface: Noto Sans (SIL Open Font License), embedded in the PDF; pdfkit keeps
 * only the glyphs a document uses. The PDF standard fonts know Windows-1252 only, so names such
 * as Şahin, Yılmaz or Łukasz lost letters; Noto Sans has every Latin, Greek and Cyrillic letter.
 */
export const LETTER_FONT = { regular: 'Meetwerk-Tekst', bold: 'Meetwerk-Tekst-Vet' } as const;

const FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

interface LoadedFonts {
  regular: Buffer;
  bold: Buffer;
  /** Code points both weights can print. */
  characters: Set<number>;
}

let loaded: LoadedFonts | undefined;

/** Read once per process (about 1.3 MB), on the first letter. */
function letterFonts(): LoadedFonts {
  if (!loaded) {
    const resolve = createRequire(import.meta.url).resolve;
    const regular = fs.readFileSync(resolve(FILES.regular));
    const bold = fs.readFileSync(resolve(FILES.bold));
    const inBold = new Set(create(bold).characterSet);
    const characters = new Set(create(regular).characterSet.filter((c) => inBold.has(c)));
    loaded = { regular, bold, characters };
  }
  return loaded;
}

/** Makes the letters' typeface available to a document under the names in LETTER_FONT. */
export function useLetterFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold } = letterFonts();
  doc.registerFont(LETTER_FONT.regular, regular);
  doc.registerFont(LETTER_FONT.bold, bold);
}

/** Whether the letters' typeface has this character (one code point). */
export function inLetterFont(char: string): boolean {
  return letterFonts().characters.has(char.codePointAt(0) ?? 0);
}
