import { useState } from 'react';
import type { Location } from '../../../../shared/api/registrations.schema.js';
import { Button } from '../Button.js';
import { DateField } from '../../forms/DateField.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { checked } from '../../forms/form-errors.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import {
  GRAIN_LABELS,
  GRAINS,
  filterProblems,
  type DashboardFilters,
  type Grain,
} from './dashboard-filters.js';

const FIELD_IDS = {
  van: 'werkdruk-van',
  tot: 'werkdruk-tot',
  per: 'werkdruk-per',
  stadsdeel: 'werkdruk-stadsdeel',
  locatie: 'werkdruk-locatie',
};

export interface DashboardFilterFormProps {
  initial: DashboardFilters;
  stadsdelen: readonly string[];
  locations: readonly Location[];
  onApply: (filters: DashboardFilters) => void;
}

/** Period, grain, stadsdeel and location; applying puts them in the address. */
export function DashboardFilterForm({
  initial,
  stadsdelen,
  locations,
  onApply,
}: DashboardFilterFormProps) {
  const [values, setValues] = useState(initial);
  const shownLocations = values.stadsdeel
    ? locations.filter((location) => location.stadsdeel === values.stadsdeel)
    : locations;

  function set<K extends keyof DashboardFilters>(name: K, value: DashboardFilters[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () => checked({ ...filterProblems(values.van, values.tot) }, filtersOf),
    send: onApply,
  });
  const problems = form.errors.fields;

  function filtersOf(): DashboardFilters {
    const next: DashboardFilters = { van: values.van, tot: values.tot, per: values.per };
    if (values.stadsdeel) next.stadsdeel = values.stadsdeel;
    if (values.locatie && shownLocations.some((l) => l.code === values.locatie)) {
      next.locatie = values.locatie;
    }
    return next;
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      className="mw-form"
      role="search"
      aria-label="Filters"
    >
      <ErrorSummary {...form.summary} title="De filters kloppen niet" />
      <div className="mw-filters-row">
        <DateField
          id={FIELD_IDS.van}
          label="Van"
          error={problems.van}
          value={values.van}
          onChange={(value) => set('van', value)}
        />
        <DateField
          id={FIELD_IDS.tot}
          label="Tot en met"
          error={problems.tot}
          value={values.tot}
          onChange={(value) => set('tot', value)}
        />
        <FormField id={FIELD_IDS.per} label="Indeling">
          {(control) => (
            <Select
              {...control}
              value={values.per}
              onChange={(event) => set('per', event.target.value as Grain)}
            >
              {GRAINS.map((grain) => (
                <option key={grain} value={grain}>
                  {GRAIN_LABELS[grain]}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id={FIELD_IDS.stadsdeel} label="Stadsdeel">
          {(control) => (
            <Select
              {...control}
              value={values.stadsdeel ?? ''}
              onChange={(event) => {
                set('stadsdeel', event.target.value || undefined);
                set('locatie', undefined);
              }}
            >
              <option value="">Alle stadsdelen</option>
              {stadsdelen.map((stadsdeel) => (
                <option key={stadsdeel} value={stadsdeel}>
                  {stadsdeel}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id={FIELD_IDS.locatie} label="Locatie">
          {(control) => (
            <Select
              {...control}
              value={values.locatie ?? ''}
              onChange={(event) => set('locatie', event.target.value || undefined)}
            >
              <option value="">Alle locaties</option>
              {shownLocations.map((location) => (
                <option key={location.code} value={location.code}>
                  {location.naam}
                  {values.stadsdeel ? '' : ` (${location.stadsdeel})`}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action">
        Cijfers tonen
      </Button>
    </form>
  );
}
