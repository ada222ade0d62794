import { useState, type FormEvent } from 'react';
import type { Location } from '../../../../shared/api/registrations.schema.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { FormField } from '../FormField.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';
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
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const shownLocations = values.stadsdeel
    ? locations.filter((location) => location.stadsdeel === values.stadsdeel)
    : locations;

  function set<K extends keyof DashboardFilters>(name: K, value: DashboardFilters[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = filterProblems(values.van, values.tot);
    setProblems(found as Record<string, string>);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const next: DashboardFilters = { van: values.van, tot: values.tot, per: values.per };
    if (values.stadsdeel) next.stadsdeel = values.stadsdeel;
    if (values.locatie && shownLocations.some((l) => l.code === values.locatie)) {
      next.locatie = values.locatie;
    }
    onApply(next);
  }

  return (
    <form noValidate onSubmit={submit} className="mw-form" role="search" aria-label="Filters">
      <ErrorSummary
        errors={{ fields: problems }}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="De filters kloppen niet"
      />
      <div className="mw-filters-row">
        <FormField id={FIELD_IDS.van} label="Van" error={problems.van}>
          {(control) => (
            <Textbox
              {...control}
              type="date"
              value={values.van}
              onChange={(event) => set('van', event.target.value)}
            />
          )}
        </FormField>
        <FormField id={FIELD_IDS.tot} label="Tot en met" error={problems.tot}>
          {(control) => (
            <Textbox
              {...control}
              type="date"
              value={values.tot}
              onChange={(event) => set('tot', event.target.value)}
            />
          )}
        </FormField>
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
