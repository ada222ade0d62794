import { FormField } from '../../FormField.js';
import { Heading } from '../../Heading.js';
import { Textarea } from '../controls.js';

export function IntroField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <section aria-labelledby="intro-kop" className="mw-section mw-narrow">
      <Heading level={2} id="intro-kop">
        Introductie
      </Heading>
      <FormField
        id="vragenlijst-intro"
        label="Tekst aan het begin van de vragenlijst"
        description="De inwoner leest dit eerst. Schrijf in eenvoudige woorden (taalniveau B1)."
      >
        {(control) => (
          <Textarea
            {...control}
            rows={5}
            maxLength={4000}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </FormField>
    </section>
  );
}
