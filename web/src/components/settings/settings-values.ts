import type { TenantSettings, UpdateTenantBody } from '../../../../shared/api/tenants.schema.js';
import { typedNumber } from '../../forms/typed-input.js';

export type LogoChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'new'; dataUrl: string };

export interface SettingsValues {
  naam: string;
  cbsCode: string;
  themaKleur: string;
  drempel: string;
  logo: LogoChange;
  /** Gemeenten only: show the results on the public benchmark portal. */
  benchmarkOpenbaar: boolean;
}

export const SETTINGS_FIELD_IDS = {
  naam: 'instelling-naam',
  cbsCode: 'instelling-cbs-code',
  themaKleur: 'instelling-themakleur',
  drempelKleineAantallen: 'instelling-drempel',
  logo: 'instelling-logo',
  benchmarkOpenbaar: 'instelling-benchmark',
};

export function valuesFrom(settings: TenantSettings): SettingsValues {
  return {
    naam: settings.naam,
    cbsCode: settings.cbsCode ?? '',
    themaKleur: settings.themaKleur ?? '',
    drempel: String(settings.drempelKleineAantallen),
    logo: { kind: 'keep' },
    benchmarkOpenbaar: settings.benchmarkOpenbaar,
  };
}

/** The PATCH body; fields the form does not show for this kind of tenant stay out. */
export function bodyFrom(values: SettingsValues, settings: TenantSettings): UpdateTenantBody {
  const body: UpdateTenantBody = {
    naam: values.naam,
    themaKleur: values.themaKleur.trim() ? values.themaKleur.trim().toLowerCase() : null,
    drempelKleineAantallen: typedNumber(values.drempel) ?? NaN,
  };
  if (settings.soort === 'gemeente') {
    body.cbsCode = values.cbsCode || null;
    body.benchmarkOpenbaar = values.benchmarkOpenbaar;
  }
  if (values.logo.kind === 'remove') body.logo = null;
  if (values.logo.kind === 'new') body.logo = values.logo.dataUrl;
  return body;
}
