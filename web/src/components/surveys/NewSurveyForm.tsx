import { useState } from 'react';
import {
  createSurveyBodySchema,
  type SurveySummary,
} from '../../../../shared/api/survey.schema.js';
import { SURVEY_TEMPLATES } from '../../../../shared/surveys/ceo-wmo.template.js';
import { createSurvey } from '../../api/surveys.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { NumberField } from '../../forms/NumberField.js';
import { typedNumber } from '../../forms/typed-input.js';
import { topField } from '../../forms/form-errors.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { TextboxField } from '../../forms/TextboxField.js';
import { GemeentenPicker } from './GemeentenPicker.js';

const FIELD_IDS = {
  naam: 'onderzoek-naam',
  jaar: 'onderzoek-jaar',
  sjabloon: 'onderzoek-sjabloon',
  gemeenten: 'onderzoek-gemeenten',
};

const TEMPLATE_NAMES = Object.keys(SURVEY_TEMPLATES) as Array<keyof typeof SURVEY_TEMPLATES>;

export function NewSurveyForm({ onCreated }: { onCreated: (survey: SurveySummary) => void }) {
  const [naam, setNaam] = useState('');
  const [jaar, setJaar] = useState(String(new Date().getFullYear()));
  const [sjabloon, setSjabloon] = useState<string>(TEMPLATE_NAMES[0] ?? '');
  const [gemeenten, setGemeenten] = useState<string[]>([]);
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    apiErrorOptions: { fieldOf: topField },
    validate: () =>
      createSurveyBodySchema.safeParse({
        naam,
        // An empty box must say "vul een jaartal in", not "0 ligt te ver terug".
        jaar: typedNumber(jaar),
        sjabloon,
        gemeenten,
      }),
    send: createSurvey,
    onSuccess: onCreated,
  });
  const errors = form.errors;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      className="mw-form"
      aria-labelledby="nieuw-onderzoek-kop"
    >
      <ErrorSummary {...form.summary} title="Het onderzoek is niet aangemaakt" />
      <TextboxField
        id={FIELD_IDS.naam}
        label="Naam"
        description="Bijvoorbeeld: Cliëntervaringsonderzoek Wmo 2026 Groningen en Drenthe."
        error={errors.fields.naam}
        name="naam"
        autoComplete="off"
        value={naam}
        onChange={(value) => setNaam(value)}
      />
      <NumberField
        id={FIELD_IDS.jaar}
        label="Jaar"
        description="Het jaar waarover inwoners hun ervaring geven."
        error={errors.fields.jaar}
        name="jaar"
        maxLength={4}
        value={jaar}
        onChange={setJaar}
      />
      <FormField
        id={FIELD_IDS.sjabloon}
        label="Sjabloon"
        description="De vragenlijst waarmee het onderzoek begint. U kunt daarna eigen vragen toevoegen."
        error={errors.fields.sjabloon}
      >
        {(control) => (
          <Select
            {...control}
            name="sjabloon"
            value={sjabloon}
            onChange={(event) => setSjabloon(event.target.value)}
          >
            {TEMPLATE_NAMES.map((name) => (
              <option key={name} value={name}>
                {SURVEY_TEMPLATES[name].label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <GemeentenPicker
        id={FIELD_IDS.gemeenten}
        value={gemeenten}
        error={errors.fields.gemeenten}
        onChange={setGemeenten}
      />
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Onderzoek aanmaken
      </Button>
    </form>
  );
}
