import { useState, type FormEvent } from 'react';
import {
  createSurveyBodySchema,
  type SurveySummary,
} from '../../../../shared/api/survey.schema.js';
import { SURVEY_TEMPLATES } from '../../../../shared/surveys/ceo-wmo.template.js';
import { createSurvey } from '../../api/surveys.js';
import { NO_ERRORS, fieldErrorsFromIssues, type FormErrors } from '../../lib/form-errors.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';
import { topFieldErrorsFromApi } from './api-errors.js';
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
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createSurveyBodySchema.safeParse({
      naam,
      // An empty box must say "vul een jaartal in", not "0 ligt te ver terug".
      jaar: jaar.trim() === '' ? undefined : Number(jaar),
      sjabloon,
      gemeenten,
    });
    if (!parsed.success) return fail({ fields: fieldErrorsFromIssues(parsed.error.issues) });
    setBusy(true);
    try {
      const survey = await createSurvey(parsed.data);
      setErrors(NO_ERRORS);
      onCreated(survey);
    } catch (error) {
      fail(topFieldErrorsFromApi(error, Object.keys(FIELD_IDS)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="mw-form"
      aria-labelledby="nieuw-onderzoek-kop"
    >
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="Het onderzoek is niet aangemaakt"
      />
      <FormField
        id={FIELD_IDS.naam}
        label="Naam"
        description="Bijvoorbeeld: Cliëntervaringsonderzoek Wmo 2026 Groningen en Drenthe."
        error={errors.fields.naam}
      >
        {(control) => (
          <Textbox
            {...control}
            name="naam"
            autoComplete="off"
            value={naam}
            onChange={(event) => setNaam(event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={FIELD_IDS.jaar}
        label="Jaar"
        description="Het jaar waarover inwoners hun ervaring geven."
        error={errors.fields.jaar}
      >
        {(control) => (
          <Textbox
            {...control}
            name="jaar"
            inputMode="numeric"
            autoComplete="off"
            className="mw-short"
            maxLength={4}
            value={jaar}
            onChange={(event) => setJaar(event.target.value)}
          />
        )}
      </FormField>
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
      <Button type="submit" appearance="primary-action" busy={busy}>
        Onderzoek aanmaken
      </Button>
    </form>
  );
}
