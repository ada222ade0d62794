/**
 * Geometry of the radar chart (first and latest mark per domain): pure, so it can be tested
 * without a browser. Axis 0 points straight up; the axes follow clockwise. Marks run from 0 at
 * the centre to 100 at `radius`.
 */

/**
 * The radar's layout in SVG units; labels are 13 px text. The labels take most of the width,
 * so the radius stays modest: at 320 px the drawing is scaled to about 0.7.
 */
export const RADAR_LAYOUT = {
  radius: 80,
  /** Room for the domain labels beside the outer ring … */
  side: 120,
  /** … and above and below it. */
  topRoom: 42,
  legend: 30,
  lineHeight: 14,
  labelChars: 16,
  labelGap: 8,
} as const;

export interface Point {
  x: number;
  y: number;
}

/** Rounds to hundredths, so -0 and 6e-15 do not end up in the SVG or the tests. */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** The angle (radians, SVG orientation: y down) of axis `index` of `count`. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** Where a mark of `value` (0–100, clamped) lies on axis `index` of `count`. */
export function radarPoint(
  index: number,
  count: number,
  value: number,
  radius: number,
  centre: Point = { x: 0, y: 0 },
): Point {
  const angle = axisAngle(index, count);
  const r = (Math.max(0, Math.min(100, value)) / 100) * radius;
  return { x: round(centre.x + r * Math.cos(angle)), y: round(centre.y + r * Math.sin(angle)) };
}

/** The `points` attribute of a polygon through one value per axis. */
export function polygonPoints(
  values: readonly number[],
  radius: number,
  centre: Point = { x: 0, y: 0 },
): string {
  return values
    .map((value, index) => radarPoint(index, values.length, value, radius, centre))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/**
 * A domain name in at most `maxLines` lines of at most `maxChars` characters, broken between
 * words; a word longer than a line, or text left over, is shortened with "…".
 */
export function wrapLabel(name: string, maxChars: number, maxLines = 2): string[] {
  const cut = (text: string) => (text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text);
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current === '') current = word;
    else if (`${current} ${word}`.length <= maxChars) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = last.length >= maxChars ? cut(`${last}…`) : `${last}…`;
    return kept.map(cut);
  }
  return lines.map(cut);
}

export interface LabelPlacement {
  x: number;
  /** The baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Where the label of axis `index` goes: just outside the outer ring, anchored away from the
 * centre: above the ring for axes pointing up, below it for axes pointing down, beside it else.
 */
export function labelPlacement(
  index: number,
  count: number,
  radius: number,
  lines: number,
  lineHeight: number,
  gap = 8,
  centre: Point = { x: 0, y: 0 },
): LabelPlacement {
  const angle = axisAngle(index, count);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const x = centre.x + (radius + gap) * cos;
  const y = centre.y + (radius + gap) * sin;
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  const block = lines * lineHeight;
  // Baseline of the first line: the text block sits above the point for axes (nearly) straight
  // up, below it for axes (nearly) straight down, and is centred on it for every other axis, so
  // neighbouring labels near the bottom (13 ZRM domains) do not run into each other.
  // 0.8 × line height ≈ cap height.
  const top = sin < -0.9 ? y - block : sin > 0.9 ? y : y - block / 2;
  return { x: round(x), y: round(top + 0.8 * lineHeight), anchor };
}
