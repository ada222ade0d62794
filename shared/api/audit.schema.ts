import { z } from 'zod';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE } from './common.schema.js';

export const AUDIT_ACTIONS = [
  'inloggen',
  'inloggen.mislukt',
  'uitloggen',
  'organisatie.gewisseld',
  'gebruiker.uitgenodigd',
  'gebruiker.gewijzigd',
  'gebruiker.geactiveerd',
  'gebruikers.gelezen',
  'auditlog.gelezen',
  'auditlog.geexporteerd',
  'organisatie.gewijzigd',
  'wachtwoord.ingesteld',
  'wachtwoord.gewijzigd',
  'enquete.aangemaakt',
  'enquete.gewijzigd',
  'vragenlijst.gewijzigd',
  'clienten.geimporteerd',
  'clienten.gelezen',
  'steekproef.getrokken',
  'uitnodigingen.gemaakt',
  'brieven.gemaakt',
  'herinneringen.gemaakt',
  'persoonsgegevens.verwijderd',
  'reacties.ingevoerd',
  'reacties.geimporteerd',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  inloggen: 'Ingelogd',
  'inloggen.mislukt': 'Inloggen mislukt',
  uitloggen: 'Uitgelogd',
  'organisatie.gewisseld': 'Van organisatie gewisseld',
  'gebruiker.uitgenodigd': 'Gebruiker uitgenodigd',
  'gebruiker.gewijzigd': 'Gebruiker gewijzigd',
  'gebruiker.geactiveerd': 'Gebruiker geactiveerd',
  'gebruikers.gelezen': 'Gebruikerslijst bekeken',
  'auditlog.gelezen': 'Auditlog bekeken',
  'auditlog.geexporteerd': 'Auditlog geëxporteerd',
  'organisatie.gewijzigd': 'Instellingen gewijzigd',
  'wachtwoord.ingesteld': 'Wachtwoord ingesteld',
  'wachtwoord.gewijzigd': 'Wachtwoord gewijzigd',
  'enquete.aangemaakt': 'Onderzoek aangemaakt',
  'enquete.gewijzigd': 'Onderzoek gewijzigd',
  'vragenlijst.gewijzigd': 'Vragenlijst gewijzigd',
  'clienten.geimporteerd': 'Cliëntenbestand ingelezen',
  'clienten.gelezen': 'Cliëntgegevens bekeken',
  'steekproef.getrokken': 'Steekproef getrokken',
  'uitnodigingen.gemaakt': 'Uitnodigingen gemaakt',
  'brieven.gemaakt': 'Brieven of adresbestand gemaakt',
  'herinneringen.gemaakt': 'Herinneringen gemaakt',
  'persoonsgegevens.verwijderd': 'Namen en adressen verwijderd',
  'reacties.ingevoerd': 'Papieren of telefonische reactie ingevoerd',
  'reacties.geimporteerd': 'Reacties ingelezen',
};

const dateParam = z.iso.date({ error: 'Gebruik een datum als jjjj-mm-dd.' });

export const auditQuerySchema = z.object({
  actie: z.enum(AUDIT_ACTIONS, { error: 'Kies een actie uit de lijst.' }).optional(),
  accountId: z.uuid({ error: 'Dit is geen geldige gebruiker.' }).optional(),
  objectType: z
    .string()
    .max(50)
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE })
    .optional(),
  van: dateParam.optional(),
  tot: dateParam.optional(),
  pagina: z.coerce.number().int().min(1).max(100000).default(1),
  perPagina: z.coerce.number().int().min(1).max(500).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z
  .object({
    id: z.string(),
    tijdstip: z.iso.datetime(),
    account: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
    actor: z.string(),
    actie: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    doel: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditRegel' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  regels: z.array(auditEntrySchema),
  totaal: z.number().int(),
  pagina: z.number().int(),
  perPagina: z.number().int(),
});
