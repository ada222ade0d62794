import { z } from 'zod';
import { PERMISSIONS, ROLES, TENANT_KINDS } from '../auth/roles.js';

const permissionNames = Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS];

export const loginBodySchema = z.object({
  email: z.email({ error: 'Vul een geldig e-mailadres in.' }).max(254),
  wachtwoord: z.string().min(1, { error: 'Vul uw wachtwoord in.' }).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const tenantSummarySchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: z.enum(TENANT_KINDS),
  cbsCode: z.string().nullable(),
  rol: z.enum(ROLES),
});
export type TenantSummary = z.infer<typeof tenantSummarySchema>;

export const sessionSchema = z
  .object({
    account: z.object({ id: z.uuid(), naam: z.string(), email: z.string() }),
    organisaties: z.array(tenantSummarySchema),
    actieveOrganisatie: tenantSummarySchema.extend({
      themaKleur: z.string().nullable(),
      heeftLogo: z.boolean(),
    }),
    rechten: z.array(z.enum(permissionNames)),
    /** The password was handed out by someone else: choose a new one first. */
    moetWachtwoordWijzigen: z.boolean(),
    csrfToken: z.string(),
    verlooptOm: z.iso.datetime(),
  })
  .meta({ id: 'Sessie' });
export type Session = z.infer<typeof sessionSchema>;

export const switchTenantBodySchema = z.object({
  organisatieId: z.uuid({ error: 'Kies een organisatie.' }),
});

export const acceptInvitationBodySchema = z.object({
  token: z.string().min(20, { error: 'De uitnodigingscode is onvolledig.' }).max(200),
  wachtwoord: z
    .string()
    .min(12, { error: 'Kies een wachtwoord van minstens 12 tekens.' })
    .max(200, { error: 'Kies een wachtwoord van hoogstens 200 tekens.' }),
});

export const changePasswordBodySchema = z.object({
  huidigWachtwoord: z.string().min(1, { error: 'Vul uw huidige wachtwoord in.' }).max(200),
  nieuwWachtwoord: acceptInvitationBodySchema.shape.wachtwoord,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
