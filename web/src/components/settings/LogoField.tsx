import { useState, type ChangeEvent } from 'react';
import { LOGO_MAX_BYTES } from '../../../../shared/api/tenants.schema.js';
import { Button } from '../Button.js';
import { FormField } from '../FormField.js';
import { Paragraph } from '../Paragraph.js';
import type { LogoChange } from './settings-values.js';

const TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

export interface LogoFieldProps {
  id: string;
  currentLogoUrl: string | null;
  value: LogoChange;
  error: string | undefined;
  onChange: (value: LogoChange) => void;
  onError: (message: string | undefined) => void;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('not a data URL'));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function problemWith(file: File): string | undefined {
  if (!TYPES.includes(file.type)) return 'Kies een PNG-, JPEG- of SVG-bestand.';
  if (file.size > LOGO_MAX_BYTES) return 'Het logo is groter dan 200 kB. Kies een kleiner bestand.';
  return undefined;
}

export function LogoField(props: LogoFieldProps) {
  const { id, currentLogoUrl, value, error, onChange, onError } = props;
  const [inputKey, setInputKey] = useState(0);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const problem = problemWith(file);
    onError(problem);
    if (problem) return;
    try {
      onChange({ kind: 'new', dataUrl: await readAsDataUrl(file) });
    } catch {
      onError('Het bestand kon niet worden gelezen. Probeer het opnieuw.');
    }
  }

  function reset(next: LogoChange) {
    onChange(next);
    onError(undefined);
    // A fresh input forgets the chosen file, so choosing the same file again works.
    setInputKey((n) => n + 1);
  }

  const shownUrl =
    value.kind === 'new' ? value.dataUrl : value.kind === 'keep' ? currentLogoUrl : null;

  return (
    <div className="mw-logo-field">
      <FormField
        id={id}
        label="Logo"
        description="Een PNG-, JPEG- of SVG-bestand van hoogstens 200 kB. Het logo staat bovenaan elke pagina."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            key={inputKey}
            type="file"
            accept={TYPES.join(',')}
            className="mw-file-input"
            onChange={(event) => void pick(event)}
          />
        )}
      </FormField>
      {shownUrl && (
        <figure className="mw-logo-preview">
          <img src={shownUrl} alt={value.kind === 'new' ? 'Nieuw logo' : 'Huidig logo'} />
          <figcaption className="utrecht-paragraph utrecht-paragraph--small">
            {value.kind === 'new' ? 'Nieuw logo, nog niet opgeslagen.' : 'Huidig logo.'}
          </figcaption>
        </figure>
      )}
      {value.kind === 'remove' && (
        <Paragraph>Het logo wordt verwijderd als u de instellingen opslaat.</Paragraph>
      )}
      <div className="utrecht-button-group">
        {shownUrl && (
          <Button onClick={() => reset(currentLogoUrl ? { kind: 'remove' } : { kind: 'keep' })}>
            Logo verwijderen
          </Button>
        )}
        {value.kind !== 'keep' && (
          <Button appearance="subtle" onClick={() => reset({ kind: 'keep' })}>
            Ongedaan maken
          </Button>
        )}
      </div>
    </div>
  );
}
