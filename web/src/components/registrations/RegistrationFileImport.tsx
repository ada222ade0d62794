import { useState, type FormEvent } from 'react';
import type {
  ImportKind,
  RegistrationImportResult,
} from '../../../../shared/api/registrations.schema.js';
import { messageOf } from '../../api/errors.js';
import { importRegistrationFile, importRejectionsHref } from '../../api/registrations.js';
import { formatNumber } from '../../lib/format.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { FormField } from '../FormField.js';
import { ExternalLink } from '../Link.js';
import { Paragraph } from '../Paragraph.js';
import { RejectionTable } from '../surveys/fieldwork/RejectionTable.js';

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

function counted(count: number, [one, many]: [string, string]): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** One import: choose a file, read it, see the rows that were refused and why. */
export function RegistrationFileImport({ soort }: { soort: ImportKind }) {
  const id = `bestand-${soort}`;
  const texts = IMPORT_TEXTS[soort];
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<RegistrationImportResult | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError('Kies een bestand (CSV of Excel).');
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await importRegistrationFile(soort, file));
    } catch (failure) {
      setResult(null);
      setError(messageOf(failure));
      document.getElementById(id)?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mw-registration">
      <FormField
        id={id}
        label={texts.label}
        description={`CSV (komma of puntkomma) of Excel, met de kolomnamen op de eerste rij. ${texts.columns}`}
        error={error}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mw-file-input"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <Button type="submit" busy={busy}>
        Bestand inlezen
      </Button>
      <div role="status">
        {result && (
          <Alert type={result.afgewezen > 0 ? 'warning' : 'ok'}>
            <Paragraph>
              {counted(result.aanvaard, texts.unit)} ingelezen,{' '}
              {counted(result.afgewezen, ['rij', 'rijen'])} afgewezen.
            </Paragraph>
          </Alert>
        )}
      </div>
      {result && result.afwijzingen.length > 0 && (
        <>
          <RejectionTable
            caption={
              result.aantalAfwijzingen > result.afwijzingen.length
                ? `Afgewezen rijen (de eerste ${formatNumber(result.afwijzingen.length)} van ${formatNumber(result.aantalAfwijzingen)})`
                : 'Afgewezen rijen'
            }
            rows={result.afwijzingen}
          />
          <Paragraph>
            <ExternalLink href={importRejectionsHref(result.importId)} download>
              Alle afwijzingen downloaden (CSV, {formatNumber(result.aantalAfwijzingen)})
            </ExternalLink>
          </Paragraph>
        </>
      )}
    </form>
  );
}
