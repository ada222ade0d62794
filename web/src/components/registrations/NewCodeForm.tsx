import { useState, type FormEvent } from 'react';
import { newRegistrationCodeSchema } from '../../../../shared/api/registrations.schema.js';
import { LOCAL_CODE_PREFIX, type CodeKind } from '../../../../shared/registrations/vocabulary.js';
import { createRegistrationCode } from '../../api/registrations.js';
import {
  fieldErrorsFromIssues,
  formErrorsFromApi,
  NO_ERRORS,
  type FormErrors,
} from '../../lib/form-errors.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';
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
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function set(name: keyof typeof values, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = newRegistrationCodeSchema.safeParse(values);
    if (!parsed.success) {
      setErrors({ fields: fieldErrorsFromIssues(parsed.error.issues) });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const code = await createRegistrationCode(parsed.data);
      setErrors(NO_ERRORS);
      setValues({ soort: values.soort, code: LOCAL_CODE_PREFIX, naam: '', definitie: '' });
      onAdded(`Code ${code.code} (${code.naam}) is toegevoegd.`);
    } catch (error) {
      setErrors(formErrorsFromApi(error, Object.keys(FIELD_IDS)));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="mw-form mw-narrow">
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="De code is niet toegevoegd"
      />
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
      <FormField
        id={FIELD_IDS.code}
        label="Code"
        description={`Begint met ${LOCAL_CODE_PREFIX}, daarna hoofdletters, cijfers en streepjes, zoals ${LOCAL_CODE_PREFIX}TAALCAFE.`}
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
      <Button type="submit" appearance="primary-action" busy={busy}>
        Code toevoegen
      </Button>
    </form>
  );
}
