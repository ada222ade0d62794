import { useGemeenten, type Gemeente } from '../../api/tenants.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';

export interface CbsCodeFieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

function byProvince(gemeenten: Gemeente[]): Array<[string, Gemeente[]]> {
  const groups = new Map<string, Gemeente[]>();
  for (const gemeente of gemeenten) {
    groups.set(gemeente.provincie, [...(groups.get(gemeente.provincie) ?? []), gemeente]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([provincie, list]) => [
      provincie,
      list.sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    ]);
}

const DESCRIPTION = 'Het nummer waarmee het CBS uw gemeente aanduidt, zoals GM0014 voor Groningen.';

export function CbsCodeField({ id, value, error, onChange }: CbsCodeFieldProps) {
  const gemeenten = useGemeenten(true);
  // Without the list (still loading or failed) the code can still be typed by hand.
  if (!gemeenten.data) {
    return (
      <FormField id={id} label="CBS-code" description={DESCRIPTION} error={error}>
        {(control) => (
          <Textbox
            {...control}
            className="mw-short"
            maxLength={6}
            spellCheck={false}
            value={value}
            onChange={(event) => onChange(event.target.value.toUpperCase())}
          />
        )}
      </FormField>
    );
  }
  return (
    <FormField id={id} label="CBS-code" description={DESCRIPTION} error={error}>
      {(control) => (
        <Select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Geen CBS-code</option>
          {byProvince(gemeenten.data).map(([provincie, list]) => (
            <optgroup key={provincie} label={provincie}>
              {list.map((gemeente) => (
                <option key={gemeente.cbsCode} value={gemeente.cbsCode}>
                  {gemeente.naam} ({gemeente.cbsCode})
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      )}
    </FormField>
  );
}
