import { useState } from 'react';
import type { PressureSettings } from '../../../../shared/api/registrations.schema.js';
import {
  MINUTES_MAX,
  MINUTES_MIN,
  STAFF_TYPE_LABELS,
  STAFF_TYPES,
  type StaffType,
} from '../../../../shared/registrations/vocabulary.js';
import { savePressureSettings } from '../../api/registrations.js';
import { checked } from '../../forms/form-errors.js';
import { typedWholeNumber } from '../../forms/typed-input.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { Fieldset } from '../Fieldset.js';
import { NumberField } from '../../forms/NumberField.js';
import { Paragraph } from '../Paragraph.js';
import { formatHours, parseWeight } from './capacity-grid.js';

const FIELD_IDS = {
  professional: 'gewicht-professional',
  stagiair: 'gewicht-stagiair',
  vrijwilliger: 'gewicht-vrijwilliger',
  standaardMinutenPerAanvraag: 'standaard-minuten',
  bewerkTermijnUren: 'bewerktermijn',
};

/** How the dashboard weighs the hours of each staff type, and how long contacts stay editable. */
export function PressureSettingsForm({ settings }: { settings: PressureSettings }) {
  const [weights, setWeights] = useState<Record<StaffType, string>>({
    professional: formatHours(settings.gewichten.professional),
    stagiair: formatHours(settings.gewichten.stagiair),
    vrijwilliger: formatHours(settings.gewichten.vrijwilliger),
  });
  const [minutes, setMinutes] = useState(String(settings.standaardMinutenPerAanvraag));
  const [hours, setHours] = useState(String(settings.bewerkTermijnUren));
  const [done, setDone] = useState(false);
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    onStart: () => setDone(false),
    validate,
    send: savePressureSettings,
    onSuccess: () => setDone(true),
  });
  const errors = form.errors;

  function validate() {
    const fields: Record<string, string> = {};
    const parsed = {} as Record<StaffType, number>;
    for (const soort of STAFF_TYPES) {
      const weight = parseWeight(weights[soort]);
      if (weight === null)
        fields[soort] =
          `Vul voor ${STAFF_TYPE_LABELS[soort].toLowerCase()} een gewicht in van 0 tot en met 2, zoals 0,5.`;
      else parsed[soort] = weight;
    }
    const minutesValue = typedWholeNumber(minutes) ?? Number.NaN;
    if (!(minutesValue >= MINUTES_MIN && minutesValue <= MINUTES_MAX))
      fields.standaardMinutenPerAanvraag = `Vul hele minuten in van ${MINUTES_MIN} tot en met ${MINUTES_MAX}.`;
    const hoursValue = typedWholeNumber(hours) ?? Number.NaN;
    if (!(hoursValue >= 1 && hoursValue <= 336))
      fields.bewerkTermijnUren = 'Vul hele uren in van 1 tot en met 336 (14 dagen).';
    return checked(fields, () => ({
      gewichten: parsed,
      standaardMinutenPerAanvraag: minutesValue,
      bewerkTermijnUren: hoursValue,
    }));
  }

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-form mw-narrow">
      <ErrorSummary {...form.summary} title="De instellingen zijn niet opgeslagen" />
      <Fieldset legend="Gewicht van een uur in de capaciteit">
        <p className="mw-fieldset-description">
          Een uur van een stagiair of vrijwilliger telt vaak minder zwaar dan een uur van een
          professional, omdat begeleiding tijd kost. 1 = een volledig uur.
        </p>
        {STAFF_TYPES.map((soort) => (
          <NumberField
            key={soort}
            id={FIELD_IDS[soort]}
            label={STAFF_TYPE_LABELS[soort]}
            error={errors.fields[soort]}
            inputMode="decimal"
            value={weights[soort]}
            onChange={(value) => setWeights((current) => ({ ...current, [soort]: value }))}
          />
        ))}
      </Fieldset>
      <NumberField
        id={FIELD_IDS.standaardMinutenPerAanvraag}
        label="Minuten per wachtende aanvraag zonder contacten"
        description="Alleen gebruikt als een locatie in een periode geen contacten had; anders telt de gemiddelde duur van haar contacten."
        error={errors.fields.standaardMinutenPerAanvraag}
        value={minutes}
        onChange={setMinutes}
      />
      <NumberField
        id={FIELD_IDS.bewerkTermijnUren}
        label="Uren waarin een professional een contact kan wijzigen of ongedaan maken"
        error={errors.fields.bewerkTermijnUren}
        value={hours}
        onChange={setHours}
      />
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Instellingen opslaan
      </Button>
      <div role="status">
        {done && (
          <Alert type="ok">
            <Paragraph>De instellingen zijn opgeslagen. Het dashboard rekent er nu mee.</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
