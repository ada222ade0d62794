import { useState, type FormEvent } from 'react';
import { newLocationSchema } from '../../../../shared/api/registrations.schema.js';
import { createLocation } from '../../api/registrations.js';
import {
  fieldErrorsFromIssues,
  formErrorsFromApi,
  NO_ERRORS,
  type FormErrors,
} from '../../lib/form-errors.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Textbox } from '../Textbox.js';

const FIELD_IDS = {
  stadsdeel: 'locatie-stadsdeel',
  code: 'locatie-code',
  naam: 'locatie-naam',
};

/** A wijkcentrum or servicepunt in a stadsdeel; a new stadsdeel is made by typing its name. */
export function NewLocationForm({
  stadsdelen,
  onAdded,
}: {
  stadsdelen: readonly string[];
  onAdded: (text: string) => void;
}) {
  const [values, setValues] = useState({ stadsdeel: '', code: '', naam: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function set(name: keyof typeof values, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = newLocationSchema.safeParse(values);
    if (!parsed.success) {
      setErrors({ fields: fieldErrorsFromIssues(parsed.error.issues) });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const location = await createLocation(parsed.data);
      setErrors(NO_ERRORS);
      setValues({ stadsdeel: values.stadsdeel, code: '', naam: '' });
      onAdded(`${location.naam} (${location.code}) is toegevoegd aan ${location.stadsdeel}.`);
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
        title="De locatie is niet toegevoegd"
      />
      <div className="mw-filters-row">
        <FormField
          id={FIELD_IDS.stadsdeel}
          label="Stadsdeel"
          description="Kies een bestaand stadsdeel of typ een nieuw."
          error={errors.fields.stadsdeel}
        >
          {(control) => (
            <Textbox
              {...control}
              list="bestaande-stadsdelen"
              autoComplete="off"
              value={values.stadsdeel}
              onChange={(event) => set('stadsdeel', event.target.value)}
            />
          )}
        </FormField>
        <datalist id="bestaande-stadsdelen">
          {stadsdelen.map((stadsdeel) => (
            <option key={stadsdeel} value={stadsdeel} />
          ))}
        </datalist>
        <FormField
          id={FIELD_IDS.code}
          label="Code"
          description="Kort en vast, zoals in uw andere systemen: imports gebruiken deze code."
          error={errors.fields.code}
        >
          {(control) => (
            <Textbox
              {...control}
              autoComplete="off"
              spellCheck={false}
              value={values.code}
              onChange={(event) => set('code', event.target.value)}
            />
          )}
        </FormField>
        <FormField id={FIELD_IDS.naam} label="Naam" error={errors.fields.naam}>
          {(control) => (
            <Textbox
              {...control}
              value={values.naam}
              onChange={(event) => set('naam', event.target.value)}
            />
          )}
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action" busy={busy}>
        Locatie toevoegen
      </Button>
    </form>
  );
}
