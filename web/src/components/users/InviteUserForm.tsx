import { useState } from 'react';
import { inviteUserBodySchema } from '../../../../shared/api/users.schema.js';
import { ROLES, ROLE_LABELS } from '../../../../shared/auth/roles.js';
import { inviteUser, type Invitation } from '../../api/users.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { TextboxField } from '../../forms/TextboxField.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';

const FIELD_IDS = { naam: 'uitnodiging-naam', email: 'uitnodiging-email', rol: 'uitnodiging-rol' };
const EMPTY = { naam: '', email: '', rol: '' };

export function InviteUserForm({ onInvited }: { onInvited: (invitation: Invitation) => void }) {
  const [values, setValues] = useState(EMPTY);
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () => inviteUserBodySchema.safeParse({ ...values, email: values.email.trim() }),
    send: inviteUser,
    onSuccess: (invitation: Invitation) => {
      setValues(EMPTY);
      onInvited(invitation);
    },
  });
  const errors = form.errors;

  function set(name: keyof typeof EMPTY, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-form" aria-labelledby="uitnodigen-kop">
      <ErrorSummary {...form.summary} title="De uitnodiging is niet verstuurd" />
      <TextboxField
        id={FIELD_IDS.naam}
        label="Naam"
        error={errors.fields.naam}
        name="naam"
        autoComplete="off"
        value={values.naam}
        onChange={(value) => set('naam', value)}
      />
      <TextboxField
        id={FIELD_IDS.email}
        label="E-mailadres"
        error={errors.fields.email}
        type="email"
        name="email"
        autoComplete="off"
        spellCheck={false}
        value={values.email}
        onChange={(value) => set('email', value)}
      />
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
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Uitnodigen
      </Button>
    </form>
  );
}
