import { describe, expect, it } from 'vitest';
import { ZRM_DOMAINS } from '../../../../shared/outcomes/domains.js';
import {
  axisAngle,
  labelPlacement,
  polygonPoints,
  RADAR_LAYOUT,
  radarPoint,
  wrapLabel,
} from './radar-model.js';

describe('radarPoint', () => {
  it('puts 4 domains at 0, 25, 50 and 100 on the axes up, right, down and left', () => {
    const values = [0, 25, 50, 100];
    expect(values.map((v, i) => radarPoint(i, 4, v, 100))).toEqual([
      { x: 0, y: 0 },
      { x: 25, y: 0 },
      { x: 0, y: 50 },
      { x: -100, y: 0 },
    ]);
  });

  it('places 100 on the first axis straight above the centre, at the radius', () => {
    expect(radarPoint(0, 7, 100, 80, { x: 200, y: 150 })).toEqual({ x: 200, y: 70 });
  });

  it('follows the axes clockwise at equal angles', () => {
    expect(axisAngle(0, 3)).toBeCloseTo(-Math.PI / 2);
    expect(axisAngle(1, 3)).toBeCloseTo(-Math.PI / 2 + (2 * Math.PI) / 3);
    // Axis 1 of 3 at 100 lies right and below the centre: cos 30° and sin 30°.
    expect(radarPoint(1, 3, 100, 100)).toEqual({ x: 86.6, y: 50 });
    expect(radarPoint(2, 3, 100, 100)).toEqual({ x: -86.6, y: 50 });
  });

  it('clamps marks outside 0–100', () => {
    expect(radarPoint(1, 4, 150, 100)).toEqual({ x: 100, y: 0 });
    expect(radarPoint(1, 4, -20, 100)).toEqual({ x: 0, y: 0 });
  });
});

describe('polygonPoints', () => {
  it('lists one point per value, around the centre', () => {
    expect(polygonPoints([100, 50, 100, 0], 10, { x: 20, y: 20 })).toBe('20,10 25,20 20,30 20,20');
  });
});

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Wonen', 14)).toEqual(['Wonen']);
  });

  it('breaks a long name between words', () => {
    expect(wrapLabel('Contacten met instanties', 14)).toEqual(['Contacten met', 'instanties']);
    expect(wrapLabel('Lichamelijke gezondheid', 16)).toEqual(['Lichamelijke', 'gezondheid']);
    expect(wrapLabel('Maatschappelijke participatie', 16)).toEqual([
      'Maatschappelijke',
      'participatie',
    ]);
  });

  it('shortens a word longer than a line and text beyond the last line with …', () => {
    expect(wrapLabel('Maatschappelijke participatie', 14)).toEqual([
      'Maatschappeli…',
      'participatie',
    ]);
    expect(wrapLabel('een twee drie vier vijf zes zeven acht', 9)).toEqual([
      'een twee',
      'drie vie…',
    ]);
    expect(wrapLabel('een twee drie', 9)).toEqual(['een twee', 'drie']);
    expect(wrapLabel('een twee drie vier', 10, 1)).toEqual(['een twee…']);
  });

  it('keeps the 13 ZRM domains whole, in at most two lines within the limit', () => {
    for (const domain of ZRM_DOMAINS) {
      const lines = wrapLabel(domain.name, RADAR_LAYOUT.labelChars);
      expect(lines.join(' ')).toBe(domain.name);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(RADAR_LAYOUT.labelChars);
    }
  });
});

describe('labelPlacement', () => {
  it('puts the top label centred above the ring and the bottom one below it', () => {
    const top = labelPlacement(0, 4, 100, 2, 10, 8);
    expect(top.anchor).toBe('middle');
    expect(top.x).toBe(0);
    // Two lines of 10 above y = −108: the first baseline at −128 + 8.
    expect(top.y).toBe(-120);
    const bottom = labelPlacement(2, 4, 100, 1, 10, 8);
    expect(bottom).toEqual({ x: 0, y: 116, anchor: 'middle' });
  });

  it('anchors labels on the right at their start and on the left at their end', () => {
    expect(labelPlacement(1, 4, 100, 1, 10, 8)).toEqual({ x: 108, y: 3, anchor: 'start' });
    expect(labelPlacement(3, 4, 100, 1, 10, 8)).toEqual({ x: -108, y: 3, anchor: 'end' });
  });

  it('keeps every label of the 13 ZRM domains inside the room the layout leaves', () => {
    const { radius, side, topRoom, lineHeight, labelChars, labelGap } = RADAR_LAYOUT;
    const charWidth = 7; // more than the average of 13 px sans-serif lower-case text
    for (let i = 0; i < ZRM_DOMAINS.length; i += 1) {
      const lines = wrapLabel(ZRM_DOMAINS[i]!.name, labelChars);
      const place = labelPlacement(
        i,
        ZRM_DOMAINS.length,
        radius,
        lines.length,
        lineHeight,
        labelGap,
      );
      const width = Math.max(...lines.map((l) => l.length)) * charWidth;
      const left =
        place.anchor === 'start'
          ? place.x
          : place.anchor === 'end'
            ? place.x - width
            : place.x - width / 2;
      expect(left).toBeGreaterThanOrEqual(-(radius + side));
      expect(left + width).toBeLessThanOrEqual(radius + side);
      expect(place.y - 10).toBeGreaterThanOrEqual(-(radius + topRoom));
      expect(place.y + (lines.length - 1) * lineHeight + 3).toBeLessThanOrEqual(radius + topRoom);
    }
  });
});

describe('labelPlacement with the 13 ZRM domains', () => {
  it('lets no two labels overlap', () => {
    const { radius, lineHeight, labelChars, labelGap } = RADAR_LAYOUT;
    const charWidth = 7;
    const boxes = ZRM_DOMAINS.map((domain, i) => {
      const lines = wrapLabel(domain.name, labelChars);
      const place = labelPlacement(
        i,
        ZRM_DOMAINS.length,
        radius,
        lines.length,
        lineHeight,
        labelGap,
      );
      // Text as wide as the longest line; a somewhat narrower estimate for short words.
      const width = Math.max(...lines.map((l) => l.length)) * charWidth * 0.85;
      const left =
        place.anchor === 'start'
          ? place.x
          : place.anchor === 'end'
            ? place.x - width
            : place.x - width / 2;
      const top = place.y - 0.8 * lineHeight;
      return { left, right: left + width, top, bottom: top + lines.length * lineHeight };
    });
    for (let a = 0; a < boxes.length; a += 1)
      for (let b = a + 1; b < boxes.length; b += 1) {
        const p = boxes[a]!;
        const q = boxes[b]!;
        const overlap =
          p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
        expect(overlap, `${ZRM_DOMAINS[a]!.name} / ${ZRM_DOMAINS[b]!.name}`).toBe(false);
      }
  });
});
