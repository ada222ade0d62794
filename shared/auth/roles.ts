/**
 * Roles and what each may do. One table for server and web: the server checks these
 * permissions on every request; the web only uses them to decide what to show.
 */
export const ROLES = [
  'beheerder',
  'beleidsmedewerker',
  'onderzoeker',
  'professional',
  'aanbieder',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  beheerder: 'Beheerder',
  beleidsmedewerker: 'Beleidsmedewerker',
  onderzoeker: 'Onderzoeker',
  professional: 'Professional',
  aanbieder: 'Aanbieder',
};

/**
 * Permissions follow purpose binding (PRODUCT.md M11): a role gets a permission only when its
 * purpose needs it. Aggregates and personal records are separate permissions on purpose.
 */
export const PERMISSIONS = {
  /** Accounts and roles of the organisation (personal data of staff). */
  'gebruikers.beheren': ['beheerder'],
  /** The audit log of the organisation. */
  'auditlog.lezen': ['beheerder'],
  /** Name, CBS code, theme and thresholds of the organisation. */
  'organisatie.instellen': ['beheerder'],
  /** Aggregated figures and dashboards; never records of individual people. */
  'cijfers.lezen': ['beheerder', 'beleidsmedewerker', 'onderzoeker'],
  /** Records of individual clients, for professionals' own clients only. */
  'clientdossiers.lezen': ['professional'],
  /** Running survey projects and fieldwork. */
  'onderzoek.uitvoeren': ['beheerder', 'onderzoeker'],
  /** Submitting management reports and provider questionnaires. */
  'rapportages.indienen': ['aanbieder'],
  /**
   * Registering one's own contacts with residents and the location's waiting list (M3). The
   * contacts are anonymous; a professional sees and changes only the ones they registered.
   */
  'registraties.invoeren': ['professional'],
  /**
   * Task and result codes, locations, capacity, imports of registrations and the pressure
   * settings of the gemeente (M3). No personal data; the dashboard itself is `cijfers.lezen`.
   */
  'registratie.beheren': ['beheerder'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) =>
    (PERMISSIONS[p] as readonly Role[]).includes(role),
  );
}

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const TENANT_KINDS = [
  'platform',
  'gemeente',
  'samenwerking',
  'bureau',
  'aanbieder',
] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const TENANT_KIND_LABELS: Record<TenantKind, string> = {
  platform: 'Platformbeheer',
  gemeente: 'Gemeente',
  samenwerking: 'Regionale samenwerking',
  bureau: 'Onderzoeksbureau',
  aanbieder: 'Aanbieder',
};
