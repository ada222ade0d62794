import { useState } from 'react';
import { newLocationSchema } from '../../../../shared/api/registrations.schema.js';
import { createLocation } from '../../api/registrations.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { TextboxField } from '../../forms/TextboxField.js';

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

  function set(name: keyof typeof values, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () => newLocationSchema.safeParse(values),
    send: createLocation,
    onSuccess: (location) => {
      setValues({ stadsdeel: values.stadsdeel, code: '', naam: '' });
      onAdded(`${location.naam} (${location.code}) is toegevoegd aan ${location.stadsdeel}.`);
    },
  });
  const errors = form.errors;

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-form">
      <ErrorSummary {...form.summary} title="De locatie is niet toegevoegd" />
      <div className="mw-filters-row">
        <TextboxField
          id={FIELD_IDS.stadsdeel}
          label="Stadsdeel"
          description="Kies een bestaand stadsdeel of typ een nieuw."
          error={errors.fields.stadsdeel}
          list="bestaande-stadsdelen"
          autoComplete="off"
          value={values.stadsdeel}
          onChange={(value) => set('stadsdeel', value)}
        />
        <datalist id="bestaande-stadsdelen">
          {stadsdelen.map((stadsdeel) => (
            <option key={stadsdeel} value={stadsdeel} />
          ))}
        </datalist>
        <TextboxField
          id={FIELD_IDS.code}
          label="Code"
          description="Kort en vast, zoals in uw andere systemen: imports gebruiken deze code."
          error={errors.fields.code}
          autoComplete="off"
          spellCheck={false}
          value={values.code}
          onChange={(value) => set('code', value)}
        />
        <TextboxField
          id={FIELD_IDS.naam}
          label="Naam"
          error={errors.fields.naam}
          value={values.naam}
          onChange={(value) => set('naam', value)}
        />
      </div>
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Locatie toevoegen
      </Button>
    </form>
  );
}
