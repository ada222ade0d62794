import { useState } from 'react';
import { messageOf } from '../../api/errors.js';
import { switchTenant, useSession } from '../../api/session.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { useAnnounce } from '../../lib/announcer.js';
import { Button } from '../Button.js';
import { FormLabel } from '../FormLabel.js';
import { Select } from '../Select.js';

export function TenantSwitcher() {
  const session = useSession();
  const announce = useAnnounce();
  const [choice, setChoice] = useState(session.actieveOrganisatie.id);
  const form = useFormSubmit({
    fieldIds: {},
    clearErrorsOnSend: true,
    // Choosing the organisation one already works for sends nothing.
    validate: () =>
      choice === session.actieveOrganisatie.id
        ? { success: false, fields: {} }
        : { success: true, data: choice },
    send: switchTenant,
    errorsFromApi: (caught) => ({ fields: {}, general: messageOf(caught) }),
    onSuccess: (next) => announce(`U werkt nu voor ${next.actieveOrganisatie.naam}.`),
  });
  const error = form.errors.general;

  return (
    <form className="mw-switcher" onSubmit={form.onSubmit}>
      <div className="mw-switcher__field">
        <FormLabel htmlFor="organisatie-wissel">Organisatie</FormLabel>
        <Select
          id="organisatie-wissel"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-describedby={error ? 'organisatie-wissel-fout' : undefined}
        >
          {session.organisaties.map((tenant) => (
            <option key={tenant.id} value={tenant.id}>
              {tenant.naam}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" busy={form.busy}>
        Wissel
      </Button>
      {error && (
        <p id="organisatie-wissel-fout" role="alert" className="mw-switcher__error">
          {error}
        </p>
      )}
    </form>
  );
}
