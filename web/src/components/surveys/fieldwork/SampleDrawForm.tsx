import { useState } from 'react';
import {
  SAMPLE_METHODS,
  STRATA,
  type SampleResult,
  type Stratum,
} from '../../../../../shared/api/sampling.schema.js';
import { drawSample, type DrawSampleInput } from '../../../api/sampling.js';
import { Button } from '../../Button.js';
import { ErrorSummary } from '../../../forms/ErrorSummary.js';
import { Fieldset } from '../../Fieldset.js';
import { FormField } from '../../FormField.js';
import { Textbox } from '../../Textbox.js';
import { DateField } from '../../../forms/DateField.js';
import { NumberField } from '../../../forms/NumberField.js';
import { topField } from '../../../forms/form-errors.js';
import { useFormSubmit } from '../../../forms/use-form-submit.js';
import { Checkbox, ChoiceField, RadioButton } from '../controls.js';

type Method = (typeof SAMPLE_METHODS)[number];

const METHOD_LABELS: Record<Method, { label: string; description: string }> = {
  alles: { label: 'Iedereen uitnodigen', description: 'Voor kleine gemeenten.' },
  aselect: { label: 'Aselect', description: 'Willekeurig, uit alle cliënten samen.' },
  gestratificeerd: {
    label: 'Gestratificeerd',
    description: 'Willekeurig, maar naar verhouding verdeeld over de gekozen groepen.',
  },
};

const STRATUM_LABELS: Record<Stratum, string> = {
  gemeente: 'Gemeente',
  voorziening: 'Voorziening (productcategorie)',
  leeftijdsgroep: 'Leeftijdsgroep',
};

const FIELD_IDS = {
  omvang: 'omvang',
  strata: 'strata-gemeente',
  seed: 'seed',
  uitsluiten: 'einde-voor',
};

/** A seed people can read aloud and type over: six digits. */
function newSeed(): string {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return String(100000 + ((values[0] ?? 0) % 900000));
}

export interface SampleDrawFormProps {
  surveyId: string;
  omvang: string;
  onOmvangChange: (value: string) => void;
  onDrawn: (result: SampleResult) => void;
}

export function SampleDrawForm({ surveyId, omvang, onOmvangChange, onDrawn }: SampleDrawFormProps) {
  const [methode, setMethode] = useState<Method>('gestratificeerd');
  const [strata, setStrata] = useState<Stratum[]>(['gemeente']);
  const [seed, setSeed] = useState(newSeed);
  const [eindeVoor, setEindeVoor] = useState('');
  const [eerder, setEerder] = useState('');
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    apiErrorOptions: { fieldOf: topField },
    // The server checks everything (size, strata, dates); its reasons go next to the fields.
    validate: () => ({ success: true, data: bodyOf() }),
    send: (body: DrawSampleInput) => drawSample(surveyId, body),
    onSuccess: onDrawn,
  });
  const errors = form.errors;

  function bodyOf(): DrawSampleInput {
    const uitsluiten: DrawSampleInput['uitsluiten'] = {};
    if (eindeVoor) uitsluiten.eindeVoor = eindeVoor;
    if (eerder) uitsluiten.eerderUitgenodigdMaanden = Number(eerder);
    return {
      methode,
      ...(methode !== 'alles' && omvang ? { omvang: Number(omvang) } : {}),
      ...(methode === 'gestratificeerd' ? { strata } : {}),
      seed,
      uitsluiten,
    };
  }

  function toggleStratum(stratum: Stratum, on: boolean) {
    setStrata((current) =>
      on
        ? STRATA.filter((s) => s === stratum || current.includes(s))
        : current.filter((s) => s !== stratum),
    );
  }

  return (
    <form onSubmit={form.onSubmit} noValidate className="mw-stack">
      <ErrorSummary {...form.summary} />
      <Fieldset legend="Manier van trekken">
        {SAMPLE_METHODS.map((method) => (
          <ChoiceField
            key={method}
            id={`methode-${method}`}
            label={METHOD_LABELS[method].label}
            description={METHOD_LABELS[method].description}
          >
            <RadioButton
              id={`methode-${method}`}
              name="methode"
              checked={methode === method}
              onChange={() => setMethode(method)}
            />
          </ChoiceField>
        ))}
      </Fieldset>
      {methode !== 'alles' && (
        <NumberField
          id="omvang"
          label="Aantal uitnodigingen"
          error={errors.fields.omvang}
          className="mw-short-input"
          value={omvang}
          onChange={onOmvangChange}
        />
      )}
      {methode === 'gestratificeerd' && (
        <Fieldset legend="Verdelen over">
          {errors.fields.strata && (
            <p className="utrecht-form-field-error-message" id="strata-fout">
              {errors.fields.strata}
            </p>
          )}
          {STRATA.map((stratum) => (
            <ChoiceField key={stratum} id={`strata-${stratum}`} label={STRATUM_LABELS[stratum]}>
              <Checkbox
                id={`strata-${stratum}`}
                checked={strata.includes(stratum)}
                onChange={(e) => toggleStratum(stratum, e.target.checked)}
              />
            </ChoiceField>
          ))}
        </Fieldset>
      )}
      <FormField
        id="seed"
        label="Startgetal (seed)"
        description="Met hetzelfde startgetal en hetzelfde bestand krijgt u dezelfde steekproef. Bewaar het voor uw verantwoording."
        error={errors.fields.seed}
      >
        {(control) => (
          <div className="mw-button-row">
            <Textbox
              {...control}
              className="mw-short-input"
              value={seed}
              onChange={(e) => setSeed(e.target.value)}
            />
            <Button onClick={() => setSeed(newSeed())}>Nieuw getal</Button>
          </div>
        )}
      </FormField>
      <Fieldset legend="Niet uitnodigen">
        <DateField
          id="einde-voor"
          label="Voorziening gestopt vóór (niet verplicht)"
          description="Cliënten van wie de voorziening vóór deze datum stopte."
          error={errors.fields.uitsluiten}
          className="mw-date-input"
          value={eindeVoor}
          onChange={setEindeVoor}
        />
        <NumberField
          id="eerder-maanden"
          label="Al uitgenodigd in de afgelopen … maanden (niet verplicht)"
          description="Bijvoorbeeld 12: wie vorig jaar een vragenlijst kreeg, slaat u over."
          className="mw-short-input"
          value={eerder}
          onChange={setEerder}
        />
      </Fieldset>
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Steekproef trekken
      </Button>
    </form>
  );
}
