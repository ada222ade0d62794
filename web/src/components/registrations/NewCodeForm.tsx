import { useState } from 'react';
import { newRegistrationCodeSchema } from '../../../../shared/api/registrations.schema.js';
import { LOCAL_CODE_PREFIX, type CodeKind } from '../../../../shared/registrations/vocabulary.js';
import { createRegistrationCode } from '../../api/registrations.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { TextboxField } from '../../forms/TextboxField.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { Textarea } from '../surveys/controls.js';

const FIELD_IDS = {
  soort: 'code-soort',
  code: 'code-code',
  naam: 'code-naam',
  definitie: 'code-definitie',
};

/** A code of the gemeente's own, next to the defaults; its meaning is fixed once saved. */
export function NewCodeForm({ onAdded }: { onAdded: (text: string) => void }) {
  const [values, setValues] = useState({
    soort: 'taak' as CodeKind,
    code: LOCAL_CODE_PREFIX,
    naam: '',
    definitie: '',
  });
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () => newRegistrationCodeSchema.safeParse(values),
    send: createRegistrationCode,
    onSuccess: (code) => {
      setValues({ soort: values.soort, code: LOCAL_CODE_PREFIX, naam: '', definitie: '' });
      onAdded(`Code ${code.code} (${code.naam}) is toegevoegd.`);
    },
  });
  const errors = form.errors;

  function set(name: keyof typeof values, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-form mw-narrow">
      <ErrorSummary {...form.summary} title="De code is niet toegevoegd" />
      <FormField id={FIELD_IDS.soort} label="Soort" error={errors.fields.soort}>
        {(control) => (
          <Select
            {...control}
            value={values.soort}
            onChange={(event) => set('soort', event.target.value)}
          >
            <option value="taak">Taak</option>
            <option value="resultaat">Resultaat</option>
          </Select>
        )}
      </FormField>
      <TextboxField
        id={FIELD_IDS.code}
        label="Code"
        description={`Begint met ${LOCAL_CODE_PREFIX}, daarna hoofdletters, cijfers en streepjes, zoals ${LOCAL_CODE_PREFIX}TAALCAFE.`}
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
      <FormField
        id={FIELD_IDS.definitie}
        label="Definitie"
        description="Wanneer registreert een medewerker deze code? Schrijf het zo dat iedereen het op dezelfde manier gebruikt."
        error={errors.fields.definitie}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            value={values.definitie}
            onChange={(event) => set('definitie', event.target.value)}
          />
        )}
      </FormField>
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Code toevoegen
      </Button>
    </form>
  );
}
