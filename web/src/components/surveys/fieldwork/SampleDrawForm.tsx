import { useState, type FormEvent } from 'react';
import {
  SAMPLE_METHODS,
  STRATA,
  type SampleResult,
  type Stratum,
} from '../../../../../shared/api/sampling.schema.js';
import { drawSample, type DrawSampleInput } from '../../../api/sampling.js';
import { NO_ERRORS, type FormErrors } from '../../../lib/form-errors.js';
import { Button } from '../../Button.js';
import { ErrorSummary } from '../../ErrorSummary.js';
import { Fieldset } from '../../Fieldset.js';
import { FormField } from '../../FormField.js';
import { Textbox } from '../../Textbox.js';
import { topFieldErrorsFromApi } from '../api-errors.js';
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
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);

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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await drawSample(surveyId, bodyOf());
      setErrors(NO_ERRORS);
      onDrawn(result);
    } catch (failure) {
      // The server checks everything (size, strata, dates); its reasons go next to the fields.
      setErrors(topFieldErrorsFromApi(failure, Object.keys(FIELD_IDS)));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  function toggleStratum(stratum: Stratum, on: boolean) {
    setStrata((current) =>
      on
        ? STRATA.filter((s) => s === stratum || current.includes(s))
        : current.filter((s) => s !== stratum),
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mw-stack">
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} attempt={attempt} />
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
        <FormField id="omvang" label="Aantal uitnodigingen" error={errors.fields.omvang}>
          {(control) => (
            <Textbox
              {...control}
              inputMode="numeric"
              className="mw-short-input"
              value={omvang}
              onChange={(e) => onOmvangChange(e.target.value)}
            />
          )}
        </FormField>
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
        <FormField
          id="einde-voor"
          label="Voorziening gestopt vóór (niet verplicht)"
          description="Cliënten van wie de voorziening vóór deze datum stopte."
          error={errors.fields.uitsluiten}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              className="mw-date-input"
              value={eindeVoor}
              onChange={(e) => setEindeVoor(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="eerder-maanden"
          label="Al uitgenodigd in de afgelopen … maanden (niet verplicht)"
          description="Bijvoorbeeld 12: wie vorig jaar een vragenlijst kreeg, slaat u over."
        >
          {(control) => (
            <Textbox
              {...control}
              inputMode="numeric"
              className="mw-short-input"
              value={eerder}
              onChange={(e) => setEerder(e.target.value)}
            />
          )}
        </FormField>
      </Fieldset>
      <Button type="submit" appearance="primary-action" busy={busy}>
        Steekproef trekken
      </Button>
    </form>
  );
}
