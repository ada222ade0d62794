import { useState } from 'react';
import type { ClientFileColumns } from '../../../../../shared/api/clients.schema.js';
import type { SurveySummary } from '../../../../../shared/api/survey.schema.js';
import { readClientColumns } from '../../../api/clients.js';
import { FileImport } from '../../../forms/FileImport.js';
import { FormField } from '../../FormField.js';
import { Select } from '../../Select.js';

export interface ClientFileChoice {
  file: File;
  /** CBS code when the whole file belongs to one gemeente; otherwise the file says per row. */
  gemeente: string | undefined;
}

export interface ClientFileFormProps {
  survey: SurveySummary;
  onRead: (choice: ClientFileChoice, columns: ClientFileColumns) => void;
}

/** Step 1 of the import: pick the file (and, for a shared round, perhaps its gemeente). */
export function ClientFileForm({ survey, onRead }: ClientFileFormProps) {
  const [gemeente, setGemeente] = useState('');
  return (
    <FileImport
      id="clientenbestand"
      label="Cliëntenbestand"
      description="Een CSV-bestand of een Excel-werkmap (.xlsx), met op de eerste rij de kolomnamen."
      submitLabel="Kolommen bekijken"
      primary
      // The server explains an unreadable file in Dutch ("geen kolomnamen", "geen xlsx" …).
      upload={(file) => readClientColumns(survey.id, file)}
      onUploaded={(columns, file) => onRead({ file, gemeente: gemeente || undefined }, columns)}
    >
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
    </FileImport>
  );
}
