import { useState } from 'react';
import {
  isoWeekOf,
  todayInAmsterdam,
  weekStart,
  addDays,
} from '../../../../shared/registrations/iso-week.js';
import { useCapacity, useLocations } from '../../api/registrations.js';
import { Button } from '../../components/Button.js';
import { FormField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { Select } from '../../components/Select.js';
import { CapacityGrid } from '../../components/registrations/CapacityGrid.js';
import { formatPeriod } from '../../components/registrations/dates.js';
import { usePageTitle } from '../../lib/use-page-title.js';

const WEEKS_SHOWN = 8;

function weeksFrom(first: string): string[] {
  const monday = weekStart(first);
  return Array.from({ length: WEEKS_SHOWN }, (_, i) => isoWeekOf(addDays(monday, i * 7)));
}

function shift(first: string, weeks: number): string {
  return isoWeekOf(addDays(weekStart(first), weeks * 7));
}

export function CapacityPage() {
  usePageTitle('Capaciteit — Registratie beheren');
  const locations = useLocations();
  const [locatie, setLocatie] = useState('');
  const [first, setFirst] = useState(() => isoWeekOf(todayInAmsterdam()));
  const weeks = weeksFrom(first);
  const last = weeks.at(-1) ?? first;
  const capacity = useCapacity(first, last, locatie);
  const open = locations.data?.locaties.filter((location) => location.actief) ?? [];
  const chosen = open.find((location) => location.code === locatie);

  return (
    <section aria-labelledby="capaciteit-kop" className="mw-section">
      <Heading level={2} id="capaciteit-kop">
        Capaciteit
      </Heading>
      <Paragraph>
        Het aantal uren per week dat professionals, stagiairs en vrijwilligers op een locatie
        beschikbaar zijn voor inwoners. Typ uren als 12 of 12,5; een leeg vak telt als 0.
      </Paragraph>
      {locations.isPending && <LoadingMessage>De locaties worden geladen…</LoadingMessage>}
      {locations.error && <QueryError error={locations.error} what="De locaties" />}
      <div className="mw-filters-row mw-filters-row--wide">
        <FormField id="capaciteit-locatie" label="Locatie">
          {(control) => (
            <Select
              {...control}
              value={locatie}
              onChange={(event) => setLocatie(event.target.value)}
            >
              <option value="">Kies een locatie</option>
              {open.map((location) => (
                <option key={location.code} value={location.code}>
                  {location.naam} ({location.stadsdeel})
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <div className="mw-actions" role="group" aria-label="Weken">
        <Button onClick={() => setFirst(shift(first, -WEEKS_SHOWN))}>
          Vorige {WEEKS_SHOWN} weken
        </Button>
        <span aria-live="polite">
          {formatPeriod(first)} tot en met {formatPeriod(last)}
        </span>
        <Button onClick={() => setFirst(shift(first, WEEKS_SHOWN))}>
          Volgende {WEEKS_SHOWN} weken
        </Button>
      </div>
      {!locatie && <Paragraph>Kies een locatie om haar uren te zien en te wijzigen.</Paragraph>}
      {locatie && capacity.isPending && <LoadingMessage>De uren worden geladen…</LoadingMessage>}
      {capacity.error && <QueryError error={capacity.error} what="De uren" />}
      {chosen && capacity.data && (
        <CapacityGrid
          key={`${locatie}-${first}`}
          locatie={locatie}
          locationName={chosen.naam}
          weeks={weeks}
          stored={capacity.data.capaciteit}
        />
      )}
    </section>
  );
}
