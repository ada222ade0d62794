import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGemeenten } from './gemeenten.js';

const GEOJSON = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'data',
  'gemeenten-2025.geojson',
);

describe('the gemeenten of 2025', () => {
  const gemeenten = readGemeenten();

  it('are the 342 gemeenten, each with a unique code GM + four digits', () => {
    expect(gemeenten).toHaveLength(342);
    expect(gemeenten.every((g) => /^GM\d{4}$/.test(g.cbsCode))).toBe(true);
    expect(new Set(gemeenten.map((g) => g.cbsCode)).size).toBe(342);
    expect(new Set(gemeenten.map((g) => g.name)).size).toBe(342);
  });

  it('lie in the 12 provinces', () => {
    expect([...new Set(gemeenten.map((g) => g.province))].sort()).toEqual([
      'Drenthe',
      'Flevoland',
      'Friesland',
      'Gelderland',
      'Groningen',
      'Limburg',
      'Noord-Brabant',
      'Noord-Holland',
      'Overijssel',
      'Utrecht',
      'Zeeland',
      'Zuid-Holland',
    ]);
  });

  it('know GM0014 as Groningen and keep names with accents and apostrophes intact', () => {
    expect(gemeenten.find((g) => g.cbsCode === 'GM0014')).toMatchObject({
      name: 'Groningen',
      province: 'Groningen',
    });
    expect(gemeenten.find((g) => g.cbsCode === 'GM0518')?.name).toBe("'s-Gravenhage");
    expect(gemeenten.find((g) => g.cbsCode === 'GM1900')?.name).toBe('Súdwest-Fryslân');
  });

  it('have a plausible number of inhabitants, or none', () => {
    for (const g of gemeenten) {
      if (g.inhabitants !== null) {
        expect(g.inhabitants, g.name).toBeGreaterThan(900); // Schiermonnikoog is the smallest
        expect(g.inhabitants, g.name).toBeLessThan(1_000_000);
      }
    }
    const amsterdam = gemeenten.find((g) => g.cbsCode === 'GM0363');
    expect(amsterdam?.inhabitants).toBeGreaterThan(800_000);
  });

  it('match the gemeenten on the map, code for code', () => {
    const map = JSON.parse(fs.readFileSync(GEOJSON, 'utf8')) as {
      features: { properties: { statcode: string; statnaam: string } }[];
    };
    const onMap = map.features.map((f) => f.properties.statcode).sort();
    expect(onMap).toEqual(gemeenten.map((g) => g.cbsCode).sort());
  });
});
