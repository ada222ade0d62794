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
    to: '/resultaten',
    label: 'Resultaten',
    description: 'De uitkomsten per gemeente en per vraag, met vergelijkingen en downloads.',
    permission: 'cijfers.lezen',
  },
  {
    to: '/registreren',
    label: 'Contact registreren',
    description: 'Een contact met een inwoner vastleggen, in een paar toetsen.',
    permission: 'registraties.invoeren',
  },
  {
    to: '/wachtlijst',
    label: 'Wachtlijst',
    description: 'Aanvragen die nog wachten bijhouden en zien hoe lang inwoners wachten.',
    permission: 'registraties.invoeren',
  },
  {
    to: '/werkdruk',
    label: 'Werkdruk',
    description: 'Vraag en capaciteit per stadsdeel en locatie, met wachttijden en taken.',
    permission: 'cijfers.lezen',
  },
  {
    to: '/bewoners',
    label: 'Bewoners',
    description: 'De leefgebieden-monitor van de bewoners van uw wijkteam: gesprekken en verloop.',
    permission: 'clientdossiers.lezen',
  },
  {
    to: '/uitkomsten',
    label: 'Uitkomsten',
    description: 'Per wijkteam en leefgebied: hoeveel bewoners erop vooruit gingen.',
    permission: 'cijfers.lezen',
  },
  {
    to: '/leefgebieden',
    label: 'Leefgebieden en teams',
    description: 'De leefgebieden van de monitor en de wijkteams met hun leden.',
    permission: 'organisatie.instellen',
  },
  {
    to: '/registratiebeheer',
    label: 'Registratie beheren',
    description: 'Taken en resultaten, locaties, capaciteit per week en bestanden inlezen.',
    permission: 'registratie.beheren',
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
