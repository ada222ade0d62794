/** WCAG 2.1 relative luminance and contrast, for picking readable text on a tenant colour. */

type Rgb = [number, number, number];

const HEX = /^#([0-9a-f]{6})$/i;

export function parseHex(hex: string): Rgb | null {
  const match = HEX.exec(hex.trim());
  if (!match?.[1]) return null;
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/**
 * White or black, whichever reads better on the colour. One of them always reaches at least
 * 4.58:1, so the text passes WCAG AA on any tenant colour.
 */
export function textColourOn(background: Rgb): '#ffffff' | '#000000' {
  return contrast(background, WHITE) >= contrast(background, BLACK) ? '#ffffff' : '#000000';
}

/** Moves the colour towards its text colour's opposite, which only raises the contrast. */
export function shade(background: Rgb, amount: number): string {
  const target = textColourOn(background) === '#ffffff' ? BLACK : WHITE;
  return toHex(background.map((c, i) => c + (target[i]! - c) * amount) as Rgb);
}
