import { useState, type FormEvent } from 'react';
import { inviteUserBodySchema } from '../../../../shared/api/users.schema.js';
import { ROLES, ROLE_LABELS } from '../../../../shared/auth/roles.js';
import { inviteUser, type Invitation } from '../../api/users.js';
import {
  NO_ERRORS,
  fieldErrorsFromIssues,
  formErrorsFromApi,
  type FormErrors,
} from '../../lib/form-errors.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';

const FIELD_IDS = { naam: 'uitnodiging-naam', email: 'uitnodiging-email', rol: 'uitnodiging-rol' };
const EMPTY = { naam: '', email: '', rol: '' };

export function InviteUserForm({ onInvited }: { onInvited: (invitation: Invitation) => void }) {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function set(name: keyof typeof EMPTY, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = inviteUserBodySchema.safeParse({ ...values, email: values.email.trim() });
    if (!parsed.success) return fail({ fields: fieldErrorsFromIssues(parsed.error.issues) });
    setBusy(true);
    try {
      const invitation = await inviteUser(parsed.data);
      setValues(EMPTY);
      setErrors(NO_ERRORS);
      onInvited(invitation);
    } catch (error) {
      fail(formErrorsFromApi(error, Object.keys(FIELD_IDS)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="mw-form"
      aria-labelledby="uitnodigen-kop"
    >
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="De uitnodiging is niet verstuurd"
      />
      <FormField id={FIELD_IDS.naam} label="Naam" error={errors.fields.naam}>
        {(control) => (
          <Textbox
            {...control}
            name="naam"
            autoComplete="off"
            value={values.naam}
            onChange={(event) => set('naam', event.target.value)}
          />
        )}
      </FormField>
      <FormField id={FIELD_IDS.email} label="E-mailadres" error={errors.fields.email}>
        {(control) => (
          <Textbox
            {...control}
            type="email"
            name="email"
            autoComplete="off"
            spellCheck={false}
            value={values.email}
            onChange={(event) => set('email', event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={FIELD_IDS.rol}
        label="Rol"
        description="De rol bepaalt wat iemand in Meetwerk mag zien en doen."
        error={errors.fields.rol}
      >
        {(control) => (
          <Select
            {...control}
            name="rol"
            value={values.rol}
            onChange={(event) => set('rol', event.target.value)}
          >
            <option value="">Kies een rol</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <Button type="submit" appearance="primary-action" busy={busy}>
        Uitnodigen
      </Button>
    </form>
  );
}
