import type { Gemeente } from '../../api/tenants.js';

export interface Province {
  naam: string;
  gemeenten: Gemeente[];
}

/** Lower case without accents, so "sudwest" finds "Súdwest-Fryslân". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function matches(gemeente: Gemeente, filter: string): boolean {
  const wanted = searchable(filter.trim());
  if (!wanted) return true;
  return (
    searchable(gemeente.naam).includes(wanted) || gemeente.cbsCode.toLowerCase().includes(wanted)
  );
}

export function byProvince(gemeenten: readonly Gemeente[]): Province[] {
  const groups = new Map<string, Gemeente[]>();
  for (const gemeente of gemeenten) {
    groups.set(gemeente.provincie, [...(groups.get(gemeente.provincie) ?? []), gemeente]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([naam, list]) => ({
      naam,
      gemeenten: [...list].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    }));
}
