import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/errors.js';
import { switchTenant, useSession } from '../../api/session.js';
import { useAnnounce } from '../../lib/announcer.js';
import { Button } from '../Button.js';
import { FormLabel } from '../FormLabel.js';
import { Select } from '../Select.js';

export function TenantSwitcher() {
  const session = useSession();
  const announce = useAnnounce();
  const [choice, setChoice] = useState(session.actieveOrganisatie.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || choice === session.actieveOrganisatie.id) return;
    setBusy(true);
    setError(null);
    try {
      const next = await switchTenant(choice);
      announce(`U werkt nu voor ${next.actieveOrganisatie.naam}.`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="mw-switcher" onSubmit={(event) => void submit(event)}>
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
      <Button type="submit" busy={busy}>
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
