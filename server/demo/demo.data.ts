import type { Role } from '../../shared/auth/roles.js';

/** The password of every demo account; listed in the README. */
export const DEMO_PASSWORD = 'Meetwerk-demo-2026';

/** Where a demo account works: a gemeente by CBS code, or one of the demo organisations. */
export type DemoTenantRef =
  { cbsCode: string } | { demo: keyof typeof DEMO_ORGANISATIONS } | 'platform';

export interface DemoAccount {
  email: string;
  name: string;
  memberships: { tenant: DemoTenantRef; role: Role; active?: boolean }[];
  /** An invited person who has not chosen a password yet. */
  invitePending?: boolean;
}

export const DEMO_ORGANISATIONS = {
  bureau: { kind: 'bureau', name: 'Onderzoeksbureau Noorderzon' },
  samenwerking: { kind: 'samenwerking', name: 'Samenwerking Sociaal Domein Groningen-Drenthe' },
  aanbieder: { kind: 'aanbieder', name: 'Zorgcoöperatie De Brug' },
} as const;

/**
 * The source documents: one bureau ran the client survey for 29 gemeenten in Groningen and
 * Drenthe (2015). After the mergers since then those 29 are 19 of the 22 gemeenten of 2025
 * (DEMO_ROUND_GEMEENTEN); the demo bureau works for all 22.
 */
export const DEMO_BUREAU_PROVINCES = ['Groningen', 'Drenthe'];

const GRONINGEN = { cbsCode: 'GM0014' };
const DEN_HAAG = { cbsCode: 'GM0518' };

/** All demo people are invented. One account per role, and some colleagues to manage. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'beheerder@demo.meetwerk.nl',
    name: 'Eva Hofstra',
    memberships: [
      { tenant: GRONINGEN, role: 'beheerder' },
      { tenant: DEN_HAAG, role: 'beheerder' },
      { tenant: 'platform', role: 'beheerder' },
    ],
  },
  {
    email: 'beleid@demo.meetwerk.nl',
    name: 'Joris Veenstra',
    memberships: [{ tenant: GRONINGEN, role: 'beleidsmedewerker' }],
  },
  {
    email: 'onderzoeker@demo.meetwerk.nl',
    name: 'Lotte Wierenga',
    memberships: [{ tenant: { demo: 'bureau' }, role: 'onderzoeker' }],
  },
  {
    email: 'professional@demo.meetwerk.nl',
    name: 'Samir Benali',
    memberships: [{ tenant: DEN_HAAG, role: 'professional' }],
  },
  {
    email: 'aanbieder@demo.meetwerk.nl',
    name: 'Petra Smit',
    memberships: [{ tenant: { demo: 'aanbieder' }, role: 'aanbieder' }],
  },
  {
    email: 'beheerder.bureau@demo.meetwerk.nl',
    name: 'Bram Kuipers',
    memberships: [{ tenant: { demo: 'bureau' }, role: 'beheerder' }],
  },
  {
    email: 'wijkteam.noord@demo.meetwerk.nl',
    name: 'Iris Dijkstra',
    memberships: [{ tenant: GRONINGEN, role: 'professional' }],
  },
  {
    email: 'wijkteam.zuid@demo.meetwerk.nl',
    name: 'Kees Mulder',
    memberships: [{ tenant: GRONINGEN, role: 'professional', active: false }],
  },
  {
    email: 'nieuwe.collega@demo.meetwerk.nl',
    name: 'Noor Postma',
    memberships: [{ tenant: GRONINGEN, role: 'beleidsmedewerker' }],
    invitePending: true,
  },
  {
    email: 'beleid.denhaag@demo.meetwerk.nl',
    name: 'Yara de Graaf',
    memberships: [{ tenant: DEN_HAAG, role: 'beleidsmedewerker' }],
  },
];
