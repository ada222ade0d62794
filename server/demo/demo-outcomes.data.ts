import type { Role } from '../../shared/auth/roles.js';

/**
 * The demo of the Leefgebieden-monitor (M4): wijkteams in Eindhoven and Utrecht, the two cities
 * that piloted "Wat Telt", with synthetic residents measured two or three times. Everything is
 * invented; references are team-style case numbers, never names.
 */

export const DEMO_OUTCOMES_SEED = 20261124;

/** The personal code of one demo resident (Woensel, WS-001), printed in the README. */
export const DEMO_MONITOR_CODE = 'MEET-WERK';

export interface DemoOutcomeTeam {
  cbsCode: string;
  name: string;
  /** Prefix of the residents' references. */
  prefix: string;
  residents: number;
}

export const DEMO_OUTCOME_TEAMS: DemoOutcomeTeam[] = [
  { cbsCode: 'GM0772', name: 'Wijkteam Woensel', prefix: 'WS', residents: 26 },
  { cbsCode: 'GM0772', name: 'Wijkteam Strijp', prefix: 'ST', residents: 18 },
  { cbsCode: 'GM0344', name: 'Buurtteam Overvecht', prefix: 'OV', residents: 24 },
  { cbsCode: 'GM0344', name: 'Buurtteam Zuidwest', prefix: 'ZW', residents: 14 },
];

export interface DemoOutcomeAccount {
  email: string;
  name: string;
  memberships: { cbsCode: string; role: Role }[];
  /** Team names and the account's role in them. */
  teams: { team: string; role: 'lid' | 'teamleider' }[];
}

export const DEMO_OUTCOME_ACCOUNTS: DemoOutcomeAccount[] = [
  {
    email: 'wijkteam.eindhoven@demo.meetwerk.nl',
    name: 'Noor van Dijk',
    memberships: [{ cbsCode: 'GM0772', role: 'professional' }],
    teams: [{ team: 'Wijkteam Woensel', role: 'teamleider' }],
  },
  {
    email: 'wijkteam.strijp@demo.meetwerk.nl',
    name: 'Daan Verhoeven',
    memberships: [{ cbsCode: 'GM0772', role: 'professional' }],
    teams: [{ team: 'Wijkteam Strijp', role: 'lid' }],
  },
  {
    email: 'buurtteam.utrecht@demo.meetwerk.nl',
    name: 'Fatima El Amrani',
    memberships: [{ cbsCode: 'GM0344', role: 'professional' }],
    teams: [{ team: 'Buurtteam Overvecht', role: 'lid' }],
  },
  {
    email: 'uitkomsten@demo.meetwerk.nl',
    name: 'Ruud Bakker',
    memberships: [
      { cbsCode: 'GM0772', role: 'beleidsmedewerker' },
      { cbsCode: 'GM0344', role: 'beleidsmedewerker' },
    ],
    teams: [],
  },
];

/**
 * How often residents choose each MvO domain (weights): money and the social network come up
 * most, contacts with instanties least, so the demo shows suppressed cells too.
 */
export const DEMO_DOMAIN_WEIGHTS: Record<string, number> = {
  'mvo.financien': 0.85,
  'mvo.sociaal-netwerk': 0.75,
  'mvo.wonen': 0.7,
  'mvo.werk': 0.65,
  'mvo.zelfzorg': 0.55,
  'mvo.vrije-tijd': 0.45,
  'mvo.instanties': 0.2,
};

export const DEMO_GOALS: Record<string, string[]> = {
  'mvo.financien': ['Overzicht van mijn schulden', 'Elke maand rekeningen op tijd betalen'],
  'mvo.sociaal-netwerk': ['Eén keer per week iemand spreken', 'Weer contact met mijn zus'],
  'mvo.wonen': ['Een rustig huis zonder achterstand', 'Een woning met een lift'],
  'mvo.werk': ['Twee dagen vrijwilligerswerk', 'Een opleiding kiezen'],
  'mvo.zelfzorg': ['Elke dag warm eten', 'Op tijd naar bed'],
  'mvo.vrije-tijd': ['Weer gaan zwemmen', 'Lid worden van een koor'],
  'mvo.instanties': ['Zelf post van de gemeente lezen', 'Weten wie ik kan bellen'],
};
