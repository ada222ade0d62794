import type { Permission } from '../../../../shared/auth/roles.js';

export interface NavItem {
  to: string;
  label: string;
  /** What the page is for, in one sentence for the overview page. */
  description: string;
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Overzicht', description: 'Uw startpagina.' },
  {
    to: '/onderzoeken',
    label: 'Onderzoeken',
    description: 'Het cliëntervaringsonderzoek Wmo voorbereiden en het veldwerk volgen.',
    permission: 'onderzoek.uitvoeren',
  },
  {
    to: '/gebruikers',
    label: 'Gebruikers',
    description: 'Collega’s uitnodigen, hun rol wijzigen en accounts uitzetten.',
    permission: 'gebruikers.beheren',
  },
  {
    to: '/auditlog',
    label: 'Auditlog',
    description: 'Zien wie wanneer welke gegevens heeft bekeken of gewijzigd.',
    permission: 'auditlog.lezen',
  },
  {
    to: '/instellingen',
    label: 'Instellingen',
    description: 'Naam, kleur, logo en privacydrempel van uw organisatie.',
    permission: 'organisatie.instellen',
  },
];

export function navItemsFor(rechten: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || rechten.includes(item.permission));
}
