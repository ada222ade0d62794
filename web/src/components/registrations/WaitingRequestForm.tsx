import { useState } from 'react';
import { isValidDay, daysBetween } from '../../../../shared/registrations/iso-week.js';
import { addWaitingRequest } from '../../api/registrations.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Button } from '../Button.js';
import { Select } from '../Select.js';
import { DateField } from '../../forms/DateField.js';
import { checked, type FieldErrors } from '../../forms/form-errors.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import type { CodeOption, LocationOption } from './RegistrationForm.js';
import { formatDay } from './dates.js';

const FIELD_IDS = {
  locatie: 'aanvraag-locatie',
  aanvraagdatum: 'aanvraag-datum',
  taak: 'aanvraag-taak',
};

export interface WaitingRequestFormProps {
  locations: readonly LocationOption[];
  tasks: readonly CodeOption[];
  today: string;
  locatie: string;
  onLocationChange: (code: string) => void;
  onAdded: (text: string) => void;
}

/** A resident who asks for help that cannot start yet: location, day of the request, task. */
export function WaitingRequestForm({
  locations,
  tasks,
  today,
  locatie,
  onLocationChange,
  onAdded,
}: WaitingRequestFormProps) {
  const [datum, setDatum] = useState(today);
  const [taak, setTaak] = useState('');

  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () => checked(check(), () => ({ locatie, aanvraagdatum: datum, taak })),
    send: addWaitingRequest,
    onSuccess: (_added, sent) => {
      const name = tasks.find((t) => t.code === sent.taak)?.naam ?? sent.taak;
      setTaak('');
      onAdded(`Aanvraag toegevoegd: ${name}, aangevraagd op ${formatDay(sent.aanvraagdatum)}.`);
    },
  });
  const errors = form.errors;

  function check(): FieldErrors {
    const fields: FieldErrors = {};
    if (!locatie) fields.locatie = 'Kies de locatie.';
    if (!isValidDay(datum)) fields.aanvraagdatum = 'Vul een bestaande datum in, zoals 2026-03-05.';
    else if (daysBetween(today, datum) > 0)
      fields.aanvraagdatum = 'De datum van de aanvraag ligt in de toekomst.';
    if (!taak) fields.taak = 'Kies de taak waarvoor de inwoner wacht.';
    return fields;
  }

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-form">
      <ErrorSummary {...form.summary} title="De aanvraag is niet toegevoegd" />
      <div className="mw-filters-row mw-filters-row--wide">
        <FormField id={FIELD_IDS.locatie} label="Locatie" error={errors.fields.locatie}>
          {(control) => (
            <Select
              {...control}
              value={locatie}
              onChange={(event) => onLocationChange(event.target.value)}
            >
              <option value="">Kies een locatie</option>
              {locations.map((location) => (
                <option key={location.code} value={location.code}>
                  {location.naam} ({location.stadsdeel})
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <DateField
          id={FIELD_IDS.aanvraagdatum}
          label="Datum van de aanvraag"
          error={errors.fields.aanvraagdatum}
          max={today}
          value={datum}
          onChange={setDatum}
        />
        <FormField id={FIELD_IDS.taak} label="Taak" error={errors.fields.taak}>
          {(control) => (
            <Select {...control} value={taak} onChange={(event) => setTaak(event.target.value)}>
              <option value="">Kies een taak</option>
              {tasks.map((task) => (
                <option key={task.code} value={task.code}>
                  {task.naam}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Aanvraag toevoegen
      </Button>
    </form>
  );
}
