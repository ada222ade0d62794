import { z } from 'zod';
import { TENANT_KINDS } from '../auth/roles.js';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE } from './common.schema.js';

export const CBS_CODE_PATTERN = /^GM\d{4}$/;

export const tenantSettingsSchema = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    soort: z.enum(TENANT_KINDS),
    cbsCode: z.string().nullable(),
    provincie: z.string().nullable(),
    themaKleur: z.string().nullable(),
    heeftLogo: z.boolean(),
    drempelKleineAantallen: z.number().int(),
    /** A gemeente shows its survey results on the public benchmark portal (/benchmark). */
    benchmarkOpenbaar: z.boolean(),
  })
  .meta({ id: 'Organisatie' });
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export const LOGO_MAX_BYTES = 200 * 1024;

export const updateTenantBodySchema = z.object({
  naam: z
    .string()
    .trim()
    .min(2, { error: 'Vul een naam van minstens 2 tekens in.' })
    .max(200, { error: 'De naam is te lang (hoogstens 200 tekens).' })
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE })
    .optional(),
  cbsCode: z
    .string()
    .regex(CBS_CODE_PATTERN, {
      error: 'Een CBS-code is GM gevolgd door vier cijfers, zoals GM0014.',
    })
    .nullable()
    .optional(),
  themaKleur: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Geef een kleur als #rrggbb, zoals #1a5e9a.' })
    .nullable()
    .optional(),
  drempelKleineAantallen: z
    .number({ error: 'Vul een heel getal in.' })
    .int({ error: 'Vul een heel getal in.' })
    .min(5, {
      error: 'De drempel is minstens 5: kleinere aantallen zijn te herleiden tot personen.',
    })
    .max(100, { error: 'De drempel is hoogstens 100.' })
    .optional(),
  benchmarkOpenbaar: z.boolean({ error: 'Kies ja of nee.' }).optional(),
  /** PNG, JPEG or SVG as a data URL; null removes the logo. */
  logo: z
    .string()
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, {
      error: 'Het logo moet een PNG-, JPEG- of SVG-bestand zijn.',
    })
    .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 40, { error: 'Het logo is groter dan 200 kB.' })
    .nullable()
    .optional(),
});
export type UpdateTenantBody = z.infer<typeof updateTenantBodySchema>;

export const gemeenteSchema = z.object({
  cbsCode: z.string(),
  naam: z.string(),
  provincie: z.string(),
});
export const gemeenteListSchema = z.object({ gemeenten: z.array(gemeenteSchema) });
