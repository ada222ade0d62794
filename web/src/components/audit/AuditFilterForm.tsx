import { useState } from 'react';
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS } from '../../../../shared/api/audit.schema.js';
import type { User } from '../../../../shared/api/users.schema.js';
import type { AuditFilters } from '../../api/audit.js';
import { DateField } from '../../forms/DateField.js';
import { checked, hasErrors, type FormErrors } from '../../forms/form-errors.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { Button } from '../Button.js';
import { ButtonGroup } from '../ButtonGroup.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { TextboxField } from '../../forms/TextboxField.js';
import { Fieldset } from '../Fieldset.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';

const FIELD_IDS = {
  actie: 'filter-actie',
  accountId: 'filter-gebruiker',
  objectType: 'filter-objecttype',
  van: 'filter-van',
  tot: 'filter-tot',
};

export interface AuditFilterFormProps {
  initial: AuditFilters;
  users: User[] | undefined;
  /** Errors the server gave for the current filters. */
  serverErrors: FormErrors;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFilterForm({ initial, users, serverErrors, onApply }: AuditFilterFormProps) {
  const [values, setValues] = useState<AuditFilters>(initial);
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () =>
      checked(
        values.van && values.tot && values.van > values.tot
          ? { tot: 'De datum "tot en met" ligt vóór de datum "van".' }
          : {},
        () => values,
      ),
    send: onApply,
  });
  const errors = hasErrors(form.errors) ? form.errors : serverErrors;

  function set(name: keyof AuditFilters, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function clear() {
    setValues({});
    form.clearErrors();
    onApply({});
  }

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-form mw-filters" role="search">
      <ErrorSummary {...form.summary} errors={errors} title="De filters kloppen niet" />
      <Fieldset legend="Filters">
        <div className="mw-filters__grid">
          <FormField id={FIELD_IDS.actie} label="Actie" error={errors.fields.actie}>
            {(control) => (
              <Select
                {...control}
                value={values.actie ?? ''}
                onChange={(event) => set('actie', event.target.value)}
              >
                <option value="">Alle acties</option>
                {AUDIT_ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {AUDIT_ACTION_LABELS[action]}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          {users && (
            <FormField id={FIELD_IDS.accountId} label="Gebruiker" error={errors.fields.accountId}>
              {(control) => (
                <Select
                  {...control}
                  value={values.accountId ?? ''}
                  onChange={(event) => set('accountId', event.target.value)}
                >
                  <option value="">Alle gebruikers</option>
                  {users.map((user) => (
                    <option key={user.id} value={user.id}>
                      {user.naam} ({user.email})
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          )}
          <TextboxField
            id={FIELD_IDS.objectType}
            label="Soort object"
            description="Bijvoorbeeld gebruiker of organisatie."
            error={errors.fields.objectType}
            maxLength={50}
            value={values.objectType ?? ''}
            onChange={(value) => set('objectType', value)}
          />
          <DateField
            id={FIELD_IDS.van}
            label="Van"
            error={errors.fields.van}
            value={values.van ?? ''}
            onChange={(value) => set('van', value)}
          />
          <DateField
            id={FIELD_IDS.tot}
            label="Tot en met"
            error={errors.fields.tot}
            value={values.tot ?? ''}
            onChange={(value) => set('tot', value)}
          />
        </div>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action">
          Filteren
        </Button>
        <Button onClick={clear}>Filters wissen</Button>
      </ButtonGroup>
    </form>
  );
}
