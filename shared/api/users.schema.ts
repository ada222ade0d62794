import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE } from './common.schema.js';

export const userSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    email: z.string(),
    rol: z.enum(ROLES),
    actief: z.boolean(),
    uitnodigingOpen: z.boolean(),
    laatstIngelogd: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Gebruiker' });
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ gebruikers: z.array(userSchema) });

const roleField = z.enum(ROLES, { error: 'Kies een rol uit de lijst.' });

export const inviteUserBodySchema = z.object({
  naam: z
    .string()
    .trim()
    .min(1, { error: 'Vul de naam in.' })
    .max(200, { error: 'De naam is te lang (hoogstens 200 tekens).' })
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE }),
  email: z.email({ error: 'Vul een geldig e-mailadres in.' }).max(254),
  rol: roleField,
});
export type InviteUserBody = z.infer<typeof inviteUserBodySchema>;

export const invitationSchema = z.object({
  gebruiker: userSchema,
  /** Path with the one-time token; shown once to the beheerder to pass on when no mail is set up. */
  uitnodigingslink: z.string().nullable(),
  /** Until when the link works; null when no link was needed. */
  uitnodigingVerlooptOm: z.iso.datetime().nullable(),
});

export const updateUserBodySchema = z
  .object({ rol: roleField.optional(), actief: z.boolean().optional() })
  .refine((b) => b.rol !== undefined || b.actief !== undefined, {
    error: 'Geef een nieuwe rol of een nieuwe status op.',
  });
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
