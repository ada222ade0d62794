import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsOf, ROLES, roleMay } from './roles.js';

describe('roles and permissions', () => {
  it('give a beleidsmedewerker figures, but no personal records or user management', () => {
    expect(roleMay('beleidsmedewerker', 'cijfers.lezen')).toBe(true);
    expect(roleMay('beleidsmedewerker', 'gebruikers.beheren')).toBe(false);
    expect(roleMay('beleidsmedewerker', 'clientdossiers.lezen')).toBe(false);
    expect(roleMay('beleidsmedewerker', 'auditlog.lezen')).toBe(false);
    expect(permissionsOf('beleidsmedewerker')).toEqual(['cijfers.lezen']);
  });

  it('give a professional client records, but no aggregated figures', () => {
    expect(roleMay('professional', 'cijfers.lezen')).toBe(false);
    expect(permissionsOf('professional')).toEqual([
      'clientdossiers.lezen',
      'registraties.invoeren',
    ]);
  });

  it('keep client records away from every role but the professional', () => {
    for (const role of ROLES) {
      expect(roleMay(role, 'clientdossiers.lezen'), role).toBe(role === 'professional');
    }
  });

  it('give the beheerder the administration, and only the beheerder', () => {
    for (const permission of [
      'gebruikers.beheren',
      'auditlog.lezen',
      'organisatie.instellen',
    ] as const) {
      expect(PERMISSIONS[permission]).toEqual(['beheerder']);
    }
    expect(permissionsOf('beheerder')).toEqual([
      'gebruikers.beheren',
      'auditlog.lezen',
      'organisatie.instellen',
      'cijfers.lezen',
      'onderzoek.uitvoeren',
      'registratie.beheren',
    ]);
  });

  it('agree between permissionsOf and roleMay for every role and permission', () => {
    for (const role of ROLES) {
      for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
        expect(permissionsOf(role).includes(permission), `${role} ${permission}`).toBe(
          roleMay(role, permission),
        );
      }
    }
  });
});
