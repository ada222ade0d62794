import type { ImportKind } from '../../../../shared/api/registrations.schema.js';
import { importRegistrationFile, importRejectionsHref } from '../../api/registrations.js';
import { FileImport } from '../../forms/FileImport.js';
import { counted } from '../../forms/import-report.js';
import { RejectionReport } from '../../forms/RejectionTable.js';

export const IMPORT_TEXTS: Record<
  ImportKind,
  { label: string; columns: string; unit: [string, string] }
> = {
  locaties: {
    label: 'Bestand met locaties',
    columns: 'Kolommen: stadsdeel, code, naam.',
    unit: ['locatie', 'locaties'],
  },
  registraties: {
    label: 'Bestand met contacten',
    columns:
      'Kolommen: datum, locatie, kanaal, taak, minuten, resultaat, leeftijdsgroep, digitaal_vaardig, taalbarriere. Meer taken in één cel scheidt u met een |.',
    unit: ['contact', 'contacten'],
  },
  capaciteit: {
    label: 'Bestand met capaciteit',
    columns:
      'Kolommen: locatie, week (zoals 2026-W05), soort (professional, stagiair of vrijwilliger), uren.',
    unit: ['regel capaciteit', 'regels capaciteit'],
  },
};

/** One import: choose a file, read it, see the rows that were refused and why. */
export function RegistrationFileImport({ soort }: { soort: ImportKind }) {
  const texts = IMPORT_TEXTS[soort];
  return (
    <FileImport
      id={`bestand-${soort}`}
      label={texts.label}
      description={`CSV (komma of puntkomma) of Excel, met de kolomnamen op de eerste rij. ${texts.columns}`}
      className="mw-registration"
      upload={(file) => importRegistrationFile(soort, file)}
      status={(result) => ({
        warning: result.afgewezen > 0,
        text: `${counted(result.aanvaard, texts.unit)} ingelezen, ${counted(result.afgewezen, ['rij', 'rijen'])} afgewezen.`,
      })}
      report={(result) =>
        result.afwijzingen.length > 0 && (
          <RejectionReport
            rows={result.afwijzingen}
            total={result.aantalAfwijzingen}
            downloadHref={importRejectionsHref(result.importId)}
          />
        )
      }
    />
  );
}
