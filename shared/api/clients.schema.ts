import { z } from 'zod';
import { NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_MESSAGE } from './common.schema.js';

/**
 * The columns of a client register, by their default names. A file may use other headers; a
 * column mapping then says which header holds which field.
 */
export const CLIENT_FIELDS = [
  'klantnummer',
  'bsn',
  'naam',
  'adres',
  'postcode',
  'woonplaats',
  'geboortejaar',
  'geslacht',
  'productcategorie',
  'startdatum',
  'einddatum',
  'gemeente',
  'afgemeld',
] as const;
export type ClientField = (typeof CLIENT_FIELDS)[number];

export const CLIENT_FIELD_LABELS: Record<ClientField, string> = {
  klantnummer: 'Klantnummer (verplicht)',
  bsn: 'BSN',
  naam: 'Naam',
  adres: 'Adres (straat en huisnummer)',
  postcode: 'Postcode',
  woonplaats: 'Woonplaats',
  geboortejaar: 'Geboortejaar',
  geslacht: 'Geslacht (m, v, x)',
  productcategorie: 'Productcategorie (iWmo)',
  startdatum: 'Startdatum voorziening',
  einddatum: 'Einddatum voorziening',
  gemeente: 'Gemeente (CBS-code)',
  afgemeld: 'Afgemeld voor onderzoek (ja of nee)',
};

/** `{ "klantnummer": "Cliëntnr", ... }`: from a default field name to the file's own header. */
export const columnMappingSchema = z.partialRecord(
  z.enum(CLIENT_FIELDS, {
    error: `Onbekend veld in de kolomindeling. Gebruik: ${CLIENT_FIELDS.join(', ')}.`,
  }),
  z
    .string({ error: 'Geef per veld de naam van de kolom in het bestand.' })
    .trim()
    .min(1, { error: 'Geef per veld de naam van de kolom in het bestand.' })
    .max(100, { error: 'Een kolomnaam is hoogstens 100 tekens.' }),
);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const clientImportQuerySchema = z.object({
  bestandsnaam: z
    .string()
    .trim()
    .min(1)
    .max(200, { error: 'De bestandsnaam is te lang (hoogstens 200 tekens).' })
    .regex(NO_CONTROL_CHARACTERS, { error: NO_CONTROL_CHARACTERS_MESSAGE })
    .optional(),
  gemeente: z
    .string()
    .trim()
    .regex(/^(GM)?\d{1,4}$/i, { error: 'Een gemeentecode is GM gevolgd door vier cijfers.' })
    .optional(),
  /** The column mapping as JSON, e.g. `{"klantnummer":"Cliëntnr"}` (URL-encoded). */
  kolommen: z.string().max(4000, { error: 'De kolomindeling is te lang.' }).optional(),
});
export type ClientImportQuery = z.infer<typeof clientImportQuerySchema>;

/**
 * What the mapping screen needs before the import: the file's headers and which fields were
 * found under their default names. No cell values, so no personal data.
 */
export const clientFileColumnsSchema = z
  .object({
    kolommen: z.array(z.string()),
    herkend: columnMappingSchema,
    aantalRijen: z.number().int(),
  })
  .meta({ id: 'ClientenbestandKolommen' });
export type ClientFileColumns = z.infer<typeof clientFileColumnsSchema>;

export const rejectionSchema = z
  .object({ rij: z.number().int(), veld: z.string(), reden: z.string() })
  .meta({ id: 'Afwijzing' });

export const clientImportResultSchema = z
  .object({
    importId: z.uuid(),
    /** Rows stored: new clients and clients updated from an earlier import. */
    aanvaard: z.number().int(),
    nieuw: z.number().int(),
    bijgewerkt: z.number().int(),
    /** Rows not stored; one row may have several rejections (one per wrong field). */
    afgewezen: z.number().int(),
    /** The first 1,000 rejections; all of them are in the CSV download. */
    afwijzingen: z.array(rejectionSchema),
    aantalAfwijzingen: z.number().int(),
  })
  .meta({ id: 'ClientenImport' });
export type ClientImportResult = z.infer<typeof clientImportResultSchema>;

export const clientImportSummarySchema = z
  .object({
    id: z.uuid(),
    bestandsnaam: z.string(),
    aanvaard: z.number().int(),
    afgewezen: z.number().int(),
    ingelezenOp: z.iso.datetime(),
  })
  .meta({ id: 'Clientenbestand' });
export type ClientImportSummary = z.infer<typeof clientImportSummarySchema>;

export const clientImportListSchema = z.object({
  clientenbestanden: z.array(clientImportSummarySchema),
});

export const clientCountSchema = z
  .object({
    totaal: z.number().int(),
    gemeenten: z.array(
      z.object({
        cbsCode: z.string(),
        naam: z.string(),
        aantal: z.number().int(),
        productcategorieen: z.array(
          z.object({
            /** WMO020 code, or null for clients without a productcategorie. */
            code: z.string().nullable(),
            omschrijving: z.string(),
            aantal: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ClientenTelling' });
export type ClientCount = z.infer<typeof clientCountSchema>;
