import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GemeenteReference {
  cbsCode: string;
  name: string;
  province: string;
  inhabitants: number | null;
}

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'gemeenten-2025.csv');

/** The 342 gemeenten of 1 January 2025, from the copy in this repository (see data/README.md). */
export function readGemeenten(): GemeenteReference[] {
  const lines = fs
    .readFileSync(FILE, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const header = (lines[0] ?? '').split(';');
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${FILE}: kolom "${name}" ontbreekt.`);
    return index;
  };
  const [code, naam, provincie, inwoners] = [
    col('code'),
    col('naam'),
    col('provincie'),
    col('inwoners_indicatief'),
  ];
  return lines
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split(';');
      const count = Number(cells[inwoners]);
      return {
        cbsCode: cells[code] ?? '',
        name: cells[naam] ?? '',
        province: cells[provincie] ?? '',
        inhabitants: Number.isFinite(count) && count > 0 ? count : null,
      };
    });
}
