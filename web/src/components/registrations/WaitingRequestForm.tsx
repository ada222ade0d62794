import { useState, type FormEvent } from 'react';
import { isValidDay, daysBetween } from '../../../../shared/registrations/iso-week.js';
import { addWaitingRequest } from '../../api/registrations.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Button } from '../Button.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';
import { formErrorsFromApi, NO_ERRORS, type FormErrors } from '../../lib/form-errors.js';
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
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function check(): FormErrors['fields'] {
    const fields: FormErrors['fields'] = {};
    if (!locatie) fields.locatie = 'Kies de locatie.';
    if (!isValidDay(datum)) fields.aanvraagdatum = 'Vul een bestaande datum in, zoals 2026-03-05.';
    else if (daysBetween(today, datum) > 0)
      fields.aanvraagdatum = 'De datum van de aanvraag ligt in de toekomst.';
    if (!taak) fields.taak = 'Kies de taak waarvoor de inwoner wacht.';
    return fields;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check();
    if (Object.keys(fields).length > 0) {
      setErrors({ fields });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await addWaitingRequest({ locatie, aanvraagdatum: datum, taak });
      setErrors(NO_ERRORS);
      const name = tasks.find((t) => t.code === taak)?.naam ?? taak;
      setTaak('');
      onAdded(`Aanvraag toegevoegd: ${name}, aangevraagd op ${formatDay(datum)}.`);
    } catch (error) {
      setErrors(formErrorsFromApi(error, Object.keys(FIELD_IDS)));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="mw-form">
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="De aanvraag is niet toegevoegd"
      />
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
        <FormField
          id={FIELD_IDS.aanvraagdatum}
          label="Datum van de aanvraag"
          error={errors.fields.aanvraagdatum}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              max={today}
              value={datum}
              onChange={(event) => setDatum(event.target.value)}
            />
          )}
        </FormField>
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
      <Button type="submit" appearance="primary-action" busy={busy}>
        Aanvraag toevoegen
      </Button>
    </form>
  );
}
