import { useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS } from '../../../../shared/api/audit.schema.js';
import type { User } from '../../../../shared/api/users.schema.js';
import type { AuditFilters } from '../../api/audit.js';
import { NO_ERRORS, type FormErrors } from '../../forms/form-errors.js';
import { Button } from '../Button.js';
import { ButtonGroup } from '../ButtonGroup.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { Fieldset } from '../Fieldset.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';

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
  const [ownErrors, setOwnErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const errors = Object.keys(ownErrors.fields).length ? ownErrors : serverErrors;

  function set(name: keyof AuditFilters, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.van && values.tot && values.van > values.tot) {
      setOwnErrors({ fields: { tot: 'De datum "tot en met" ligt vóór de datum "van".' } });
      setAttempt((n) => n + 1);
      return;
    }
    setOwnErrors(NO_ERRORS);
    onApply(values);
  }

  function clear() {
    setValues({});
    setOwnErrors(NO_ERRORS);
    onApply({});
  }

  return (
    <form noValidate onSubmit={submit} className="mw-form mw-filters" role="search">
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="De filters kloppen niet"
      />
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
          <FormField
            id={FIELD_IDS.objectType}
            label="Soort object"
            description="Bijvoorbeeld gebruiker of organisatie."
            error={errors.fields.objectType}
          >
            {(control) => (
              <Textbox
                {...control}
                maxLength={50}
                value={values.objectType ?? ''}
                onChange={(event) => set('objectType', event.target.value)}
              />
            )}
          </FormField>
          <FormField id={FIELD_IDS.van} label="Van" error={errors.fields.van}>
            {(control) => (
              <Textbox
                {...control}
                type="date"
                value={values.van ?? ''}
                onChange={(event) => set('van', event.target.value)}
              />
            )}
          </FormField>
          <FormField id={FIELD_IDS.tot} label="Tot en met" error={errors.fields.tot}>
            {(control) => (
              <Textbox
                {...control}
                type="date"
                value={values.tot ?? ''}
                onChange={(event) => set('tot', event.target.value)}
              />
            )}
          </FormField>
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
