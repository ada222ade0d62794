import { useState } from 'react';
import {
  updateSurveyBodySchema,
  type SurveySummary,
} from '../../../../shared/api/survey.schema.js';
import { useCountingRules } from '../../api/results.js';
import { rememberSurvey, updateSurvey } from '../../api/surveys.js';
import { typedNumber } from '../../forms/typed-input.js';
import { topField } from '../../forms/form-errors.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { NumberField } from '../../forms/NumberField.js';
import { TextboxField } from '../../forms/TextboxField.js';
import { FormField } from '../FormField.js';
import { Heading } from '../Heading.js';
import { Paragraph } from '../Paragraph.js';
import { QueryError } from '../QueryError.js';
import { Select } from '../Select.js';

const FIELD_IDS = {
  naam: 'instelling-naam',
  herinneringNaDagen: 'instelling-herinnering',
  bewaartermijnDagen: 'instelling-bewaartermijn',
  telregel: 'instelling-telregel',
};

/** An empty box becomes NaN, so the schema says "vul een aantal dagen in", not "minstens 1". */
const numberFrom = (text: string) => typedNumber(text) ?? Number.NaN;

export function SurveySettingsForm({ survey }: { survey: SurveySummary }) {
  const [naam, setNaam] = useState(survey.naam);
  const [herinnering, setHerinnering] = useState(String(survey.herinneringNaDagen));
  const [bewaartermijn, setBewaartermijn] = useState(String(survey.bewaartermijnDagen));
  const [telregel, setTelregel] = useState(survey.telregel);
  const rules = useCountingRules();
  const chosenRule = rules.data?.find((rule) => rule.sleutel === telregel);
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    apiErrorOptions: { fieldOf: topField },
    onStart: () => setSaved(false),
    validate: () =>
      updateSurveyBodySchema.safeParse({
        naam,
        herinneringNaDagen: numberFrom(herinnering),
        bewaartermijnDagen: numberFrom(bewaartermijn),
        // Only sent once the list is known, so a failed list never resets the rule.
        ...(rules.data ? { telregel } : {}),
      }),
    send: (body) => updateSurvey(survey.id, body),
    onSuccess: (updated) => {
      rememberSurvey(updated);
      setSaved(true);
    },
  });
  const errors = form.errors;

  return (
    <section aria-labelledby="instellingen-kop" className="mw-section mw-narrow">
      <Heading level={2} id="instellingen-kop">
        Instellingen
      </Heading>
      <form
        noValidate
        onSubmit={form.onSubmit}
        className="mw-form"
        aria-labelledby="instellingen-kop"
      >
        <ErrorSummary {...form.summary} title="De instellingen zijn niet opgeslagen" />
        <div role="status" className="mw-feedback">
          {saved && (
            <Alert type="ok">
              <Paragraph>De instellingen zijn opgeslagen.</Paragraph>
            </Alert>
          )}
        </div>
        <TextboxField
          id={FIELD_IDS.naam}
          label="Naam van het onderzoek"
          error={errors.fields.naam}
          autoComplete="off"
          value={naam}
          onChange={(value) => setNaam(value)}
        />
        <NumberField
          id={FIELD_IDS.herinneringNaDagen}
          label="Herinnering na (dagen)"
          description="Zoveel dagen na de uitnodiging krijgt wie nog niet heeft gereageerd een herinneringsbrief. Van 1 tot 120 dagen."
          error={errors.fields.herinneringNaDagen}
          value={herinnering}
          onChange={setHerinnering}
        />
        <NumberField
          id={FIELD_IDS.bewaartermijnDagen}
          label="Bewaartermijn namen en adressen (dagen)"
          description="Namen en adressen worden gewist als de laatste herinnering is verstuurd, en uiterlijk na dit aantal dagen. Van 1 tot 730 dagen."
          error={errors.fields.bewaartermijnDagen}
          value={bewaartermijn}
          onChange={setBewaartermijn}
        />
        <FormField
          id={FIELD_IDS.telregel}
          label="Telregel voor de resultaten"
          description={
            chosenRule
              ? `${chosenRule.omschrijving} Elk scherm, elke download en elk rapport noemt de telregel.`
              : 'Bepaalt wat als positief en als geldig antwoord telt. Elk scherm, elke download en elk rapport noemt de telregel.'
          }
          error={errors.fields.telregel}
        >
          {(control) => (
            <Select
              {...control}
              value={telregel}
              disabled={!rules.data}
              onChange={(event) => setTelregel(event.target.value)}
            >
              {!rules.data && <option value={telregel}>{telregel}</option>}
              {rules.data?.map((rule) => (
                <option key={rule.sleutel} value={rule.sleutel}>
                  {rule.naam} (versie {rule.versie}){rule.standaard ? ' — standaard' : ''}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        {rules.error && <QueryError error={rules.error} what="De telregels" />}
        <Button type="submit" appearance="primary-action" busy={form.busy}>
          Instellingen opslaan
        </Button>
      </form>
    </section>
  );
}
