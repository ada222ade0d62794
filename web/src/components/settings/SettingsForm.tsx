import { useRef, useState } from 'react';
import {
  updateTenantBodySchema,
  type TenantSettings,
} from '../../../../shared/api/tenants.schema.js';
import { TENANT_KIND_LABELS } from '../../../../shared/auth/roles.js';
import { queryClient } from '../../api/query-client.js';
import { sessionKey } from '../../api/session.js';
import { logoUrl, tenantKey, updateTenant } from '../../api/tenants.js';
import { NumberField } from '../../forms/NumberField.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { bumpLogoVersion, useLogoVersion } from '../../lib/logo-version.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { TextboxField } from '../../forms/TextboxField.js';
import { FormFieldErrorMessage } from '../FormFieldErrorMessage.js';
import { Paragraph } from '../Paragraph.js';
import { Checkbox, ChoiceField } from '../surveys/controls.js';
import '../surveys/surveys.css';
import { CbsCodeField } from './CbsCodeField.js';
import { LogoField } from './LogoField.js';
import {
  SETTINGS_FIELD_IDS as IDS,
  bodyFrom,
  valuesFrom,
  type SettingsValues,
} from './settings-values.js';
import { ThemeColourField } from './ThemeColourField.js';

export function SettingsForm({ settings }: { settings: TenantSettings }) {
  const [values, setValues] = useState<SettingsValues>(() => valuesFrom(settings));
  const [saved, setSaved] = useState(false);
  const [saveCount, setSaveCount] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  const logoVersion = useLogoVersion();
  const isGemeente = settings.soort === 'gemeente';

  function set<K extends keyof SettingsValues>(name: K, value: SettingsValues[K]) {
    setValues((current) => ({ ...current, [name]: value }));
    setSaved(false);
  }

  const form = useFormSubmit({
    fieldIds: IDS,
    validate: () => updateTenantBodySchema.safeParse(bodyFrom(values, settings)),
    send: (body) => updateTenant(settings.id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(tenantKey(settings.id), updated);
      if (values.logo.kind !== 'keep') bumpLogoVersion();
      // The header shows the name, colour and logo from the session.
      void queryClient.invalidateQueries({ queryKey: sessionKey });
      setValues(valuesFrom(updated));
      setSaved(true);
      setSaveCount((n) => n + 1);
      window.setTimeout(() => savedRef.current?.focus(), 0);
    },
  });
  const { errors, setFieldError } = form;

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-form">
      {saved && (
        <Alert ref={savedRef} tabIndex={-1} type="ok" role="status">
          <Paragraph>De instellingen zijn opgeslagen.</Paragraph>
        </Alert>
      )}
      <ErrorSummary {...form.summary} title="De instellingen zijn niet opgeslagen" />
      <Paragraph>
        Soort organisatie: <strong>{TENANT_KIND_LABELS[settings.soort]}</strong>
        {settings.provincie ? `, provincie ${settings.provincie}` : ''}.
      </Paragraph>
      <TextboxField
        id={IDS.naam}
        label="Naam"
        error={errors.fields.naam}
        name="naam"
        autoComplete="organization"
        value={values.naam}
        onChange={(value) => set('naam', value)}
      />
      {isGemeente && (
        <CbsCodeField
          id={IDS.cbsCode}
          value={values.cbsCode}
          error={errors.fields.cbsCode}
          onChange={(value) => set('cbsCode', value)}
        />
      )}
      {isGemeente && (
        // A wrapper, so the checkbox gets the form's spacing like the other fields.
        <div>
          {errors.fields.benchmarkOpenbaar && (
            <FormFieldErrorMessage id={`${IDS.benchmarkOpenbaar}-fout`}>
              {errors.fields.benchmarkOpenbaar}
            </FormFieldErrorMessage>
          )}
          <ChoiceField
            id={IDS.benchmarkOpenbaar}
            label="Toon onze resultaten op het openbare benchmarkportaal /benchmark"
            description="Iedereen kan dan zonder inloggen de cijfers van uw gemeente naast die van de regio zien. Cijfers over te weinig mensen staan er nooit op."
          >
            <Checkbox
              id={IDS.benchmarkOpenbaar}
              name="benchmarkOpenbaar"
              checked={values.benchmarkOpenbaar}
              aria-describedby={
                errors.fields.benchmarkOpenbaar ? `${IDS.benchmarkOpenbaar}-fout` : undefined
              }
              onChange={(event) => set('benchmarkOpenbaar', event.target.checked)}
            />
          </ChoiceField>
        </div>
      )}
      <ThemeColourField
        id={IDS.themaKleur}
        value={values.themaKleur}
        error={errors.fields.themaKleur}
        onChange={(value) => set('themaKleur', value)}
      />
      <NumberField
        id={IDS.drempelKleineAantallen}
        label="Drempel kleine aantallen"
        description={
          <>
            Cijfers over minder mensen dan dit aantal laat Meetwerk niet zien. Zo kan niemand uit de
            cijfers afleiden over wie het gaat. Kies een getal van 5 tot en met 100. Meestal is 10
            een goede keuze.
          </>
        }
        error={errors.fields.drempelKleineAantallen}
        type="number"
        min={5}
        max={100}
        step={1}
        value={values.drempel}
        onChange={(value) => set('drempel', value)}
      />
      <LogoField
        key={saveCount}
        id={IDS.logo}
        currentLogoUrl={settings.heeftLogo ? logoUrl(settings.id, logoVersion) : null}
        value={values.logo}
        error={errors.fields.logo}
        onChange={(value) => set('logo', value)}
        onError={(message) => setFieldError('logo', message)}
      />
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Opslaan
      </Button>
    </form>
  );
}
