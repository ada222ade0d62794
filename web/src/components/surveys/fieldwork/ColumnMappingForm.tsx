import { useState, type FormEvent } from 'react';
import {
  CLIENT_FIELD_LABELS,
  CLIENT_FIELDS,
  type ClientField,
  type ClientFileColumns,
  type ColumnMapping,
} from '../../../../../shared/api/clients.schema.js';
import { Button } from '../../Button.js';
import { ButtonGroup } from '../../ButtonGroup.js';
import { Fieldset } from '../../Fieldset.js';
import { FormField } from '../../FormField.js';
import { Paragraph } from '../../Paragraph.js';
import { Select } from '../../Select.js';

/** Only the client number is needed to store a row; the server says so too. */
const REQUIRED: readonly ClientField[] = ['klantnummer'];

export interface ColumnMappingFormProps {
  fileName: string;
  columns: ClientFileColumns;
  busy: boolean;
  onImport: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}

/**
 * Step 2 of the import: which column of the file holds which field. The fields the server
 * recognised by name are chosen already, so a file in the standard layout needs one click.
 */
export function ColumnMappingForm({
  fileName,
  columns,
  busy,
  onImport,
  onCancel,
}: ColumnMappingFormProps) {
  const [mapping, setMapping] = useState<ColumnMapping>(columns.herkend);

  function submit(event: FormEvent) {
    event.preventDefault();
    onImport(mapping);
  }

  function choose(field: ClientField, header: string) {
    setMapping((current) => {
      const next = { ...current };
      if (header) next[field] = header;
      else delete next[field];
      return next;
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={`Kolommen van ${fileName}`}>
        <Paragraph>
          Het bestand heeft {columns.kolommen.length} kolommen en {columns.aantalRijen} rijen. Kies
          bij elk veld de kolom waarin het staat. Velden zonder kolom blijven leeg.
        </Paragraph>
        <div className="mw-mapping">
          {CLIENT_FIELDS.map((field) => (
            <FormField key={field} id={`kolom-${field}`} label={CLIENT_FIELD_LABELS[field]}>
              {(control) => (
                <Select
                  {...control}
                  required={REQUIRED.includes(field)}
                  value={mapping[field] ?? ''}
                  onChange={(event) => choose(field, event.target.value)}
                >
                  <option value="">(geen kolom)</option>
                  {columns.kolommen.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          ))}
        </div>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy}>
          Bestand inlezen
        </Button>
        <Button onClick={onCancel}>Ander bestand kiezen</Button>
      </ButtonGroup>
    </form>
  );
}
