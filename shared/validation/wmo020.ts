/**
 * iWmo code list WMO020 Productcategorie (iWmo 3.2, see the reference in the project's shared
 * documents): the kind of voorziening a client receives.
 */
export const WMO020_PRODUCTCATEGORIEEN = {
  '01': 'Hulp bij het huishouden',
  '02': 'Begeleiding',
  '03': 'Persoonlijke verzorging',
  '04': 'Kortdurend verblijf',
  '05': 'Woondiensten',
  '06': 'Overige ondersteuning gericht op het individu of huishouden/gezin',
  '07': 'Dagbesteding',
  '08': 'Vervoerdiensten',
  '09': 'Overige groepsgerichte ondersteuning',
  '10': 'Overige maatwerk arrangementen',
  '11': 'Rolstoelen',
  '12': 'Vervoervoorzieningen',
  '13': 'Woonvoorzieningen',
  '14': 'Overige hulpmiddelen',
  '15': 'Beschermd wonen',
  '16': 'Opvang',
  '17': 'Spoedopvang',
  '18': 'Overige beschermd wonen en opvang',
} as const;
export type ProductCategorie = keyof typeof WMO020_PRODUCTCATEGORIEEN;

export function isProductCategorie(code: string): code is ProductCategorie {
  return Object.hasOwn(WMO020_PRODUCTCATEGORIEEN, code);
}
