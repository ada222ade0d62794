// The part of fontkit (a dependency of pdfkit) that Meetwerk uses: which characters a font has.
declare module 'fontkit' {
  export function create(buffer: Buffer): { characterSet: number[] };
}
