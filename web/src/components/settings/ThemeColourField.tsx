import { useEffect, useRef } from 'react';
import { parseHex, textColourOn } from '../../lib/colour.js';
import { Button } from '../Button.js';
import { Fieldset } from '../Fieldset.js';
import { FormField } from '../FormField.js';
import { Paragraph } from '../Paragraph.js';
import { Textbox } from '../Textbox.js';

const DEFAULT_COLOUR = '#3b0fb0';

export interface ThemeColourFieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

function Preview({ colour }: { colour: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const rgb = parseHex(colour);
  const text = rgb ? textColourOn(rgb) : null;

  // Set through the CSSOM because the CSP forbids inline style attributes.
  useEffect(() => {
    const style = ref.current?.style;
    if (!style || !text) return;
    style.setProperty('background-color', colour);
    style.setProperty('color', text);
  }, [colour, text]);

  if (!text) return null;
  return (
    <div className="mw-colour-preview">
      <div ref={ref} className="mw-colour-preview__sample" aria-hidden="true">
        Meetwerk
      </div>
      <Paragraph small>
        Tekst op deze kleur wordt {text === '#ffffff' ? 'wit' : 'zwart'}, zodat iedereen hem goed
        kan lezen.
      </Paragraph>
    </div>
  );
}

export function ThemeColourField({ id, value, error, onChange }: ThemeColourFieldProps) {
  const valid = parseHex(value) !== null;
  return (
    <Fieldset legend="Themakleur">
      <Paragraph className="mw-fieldset-description">
        De kleur van de balk bovenaan en van de belangrijkste knoppen. Laat de kleurcode leeg voor
        de standaardkleuren.
      </Paragraph>
      <div className="mw-colour-field">
        <FormField id={`${id}-kiezer`} label="Kies een kleur">
          {(control) => (
            <input
              {...control}
              type="color"
              className="mw-colour-input"
              value={valid ? value.toLowerCase() : DEFAULT_COLOUR}
              onChange={(event) => onChange(event.target.value)}
            />
          )}
        </FormField>
        <FormField id={id} label="Kleurcode" description="Zoals #1a5e9a." error={error}>
          {(control) => (
            <Textbox
              {...control}
              className="mw-colour-code"
              spellCheck={false}
              autoComplete="off"
              maxLength={7}
              value={value}
              onChange={(event) => onChange(event.target.value)}
            />
          )}
        </FormField>
      </div>
      {valid && <Preview colour={value} />}
      {value && (
        <Button appearance="subtle" onClick={() => onChange('')}>
          Standaardkleuren gebruiken
        </Button>
      )}
    </Fieldset>
  );
}
