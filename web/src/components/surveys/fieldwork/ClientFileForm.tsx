import { useState, type FormEvent } from 'react';
import type { SurveySummary } from '../../../../../shared/api/survey.schema.js';
import { Button } from '../../Button.js';
import { FormField } from '../../FormField.js';
import { Select } from '../../Select.js';

export interface ClientFileChoice {
  file: File;
  /** CBS code when the whole file belongs to one gemeente; otherwise the file says per row. */
  gemeente: string | undefined;
}

export interface ClientFileFormProps {
  survey: SurveySummary;
  busy: boolean;
  error: string | undefined;
  onChoose: (choice: ClientFileChoice) => void;
}

/** Step 1 of the import: pick the file (and, for a shared round, perhaps its gemeente). */
export function ClientFileForm({ survey, busy, error, onChoose }: ClientFileFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [gemeente, setGemeente] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      document.getElementById('clientenbestand')?.focus();
      return;
    }
    onChoose({ file, gemeente: gemeente || undefined });
  }

  const shownError = missing && !file ? 'Kies een bestand (CSV of Excel).' : error;
  return (
    <form onSubmit={submit} noValidate className="mw-stack">
      <FormField
        id="clientenbestand"
        label="Cliëntenbestand"
        description="Een CSV-bestand of een Excel-werkmap (.xlsx), met op de eerste rij de kolomnamen."
        error={shownError}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mw-file-input"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        )}
      </FormField>
      {survey.gemeenten.length > 1 && (
        <FormField
          id="clientenbestand-gemeente"
          label="Gemeente (niet verplicht)"
          description="Kies een gemeente als alle cliënten in het bestand bij die gemeente horen. Anders moet het bestand een kolom met de gemeente hebben."
        >
          {(control) => (
            <Select {...control} value={gemeente} onChange={(e) => setGemeente(e.target.value)}>
              <option value="">De gemeente staat in het bestand</option>
              {survey.gemeenten.map((g) => (
                <option key={g.cbsCode} value={g.cbsCode}>
                  {g.naam}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      )}
      <Button type="submit" appearance="primary-action" busy={busy}>
        Kolommen bekijken
      </Button>
    </form>
  );
}
