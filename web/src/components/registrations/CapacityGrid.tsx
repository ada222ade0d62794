import { useState } from 'react';
import type { CapacityEntry } from '../../../../shared/api/registrations.schema.js';
import { STAFF_TYPE_LABELS, STAFF_TYPES } from '../../../../shared/registrations/vocabulary.js';
import { messageOf } from '../../api/errors.js';
import { saveCapacity } from '../../api/registrations.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { checked } from '../../forms/form-errors.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { Paragraph } from '../Paragraph.js';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../Table.js';
import { Textbox } from '../Textbox.js';
import {
  capacityChanges,
  cellKey,
  formatHours,
  parseHours,
  type CellKey,
} from './capacity-grid.js';
import { formatWeek } from './dates.js';

export interface CapacityGridProps {
  locatie: string;
  locationName: string;
  weeks: readonly string[];
  stored: readonly CapacityEntry[];
}

const inputId = (key: CellKey) => `uren-${key.replace('|', '-')}`;

/** A cell has no label of its own, so the summary names its row and column. */
function cellMessages(problems: Partial<Record<CellKey, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([key, message]) => {
      const [soort, week] = key.split('|') as [keyof typeof STAFF_TYPE_LABELS, string];
      return [key, `${STAFF_TYPE_LABELS[soort]}, ${formatWeek(week)}: ${message}`];
    }),
  );
}

/**
 * Hours per staff type (rows) and week (columns) for one location. Tab moves along a row; only
 * changed cells are sent, and an emptied cell stores 0 hours.
 */
export function CapacityGrid({ locatie, locationName, weeks, stored }: CapacityGridProps) {
  const storedMap: Partial<Record<CellKey, number>> = {};
  for (const entry of stored) storedMap[cellKey(entry.soort, entry.week)] = entry.uren;
  const [typed, setTyped] = useState<Record<CellKey, string>>(() => {
    const initial: Record<CellKey, string> = {};
    for (const soort of STAFF_TYPES)
      for (const week of weeks)
        initial[cellKey(soort, week)] = formatHours(storedMap[cellKey(soort, week)]);
    return initial;
  });
  const [done, setDone] = useState<string | null>(null);
  const form = useFormSubmit({
    fieldIds: Object.fromEntries(Object.keys(typed).map((key) => [key, inputId(key as CellKey)])),
    onStart: () => setDone(null),
    validate: () => {
      const { changes, problems } = capacityChanges(typed, storedMap as Record<CellKey, number>);
      return checked(cellMessages(problems), () => changes);
    },
    // Nothing changed is no error: the grid says so without a call.
    send: (changes) =>
      changes.length === 0
        ? null
        : saveCapacity(
            changes.map((change) => ({
              locatie,
              week: change.week,
              soort: change.soort,
              uren: change.uren ?? 0,
            })),
          ),
    errorsFromApi: (error) => ({ fields: {}, general: messageOf(error) }),
    onSuccess: (result) =>
      setDone(
        result
          ? `${result.opgeslagen} ${result.opgeslagen === 1 ? 'vak' : 'vakken'} opgeslagen voor ${locationName}.`
          : 'Er was niets gewijzigd.',
      ),
  });
  const problems = form.errors.fields;
  const weekTotal = (week: string) =>
    STAFF_TYPES.reduce((sum, soort) => {
      const hours = parseHours(typed[cellKey(soort, week)] ?? '');
      return typeof hours === 'number' ? sum + hours : sum;
    }, 0);

  return (
    <form noValidate onSubmit={form.onSubmit} className="mw-registration">
      <ErrorSummary {...form.summary} title="De capaciteit is niet opgeslagen" />
      <TableContainer label={`Capaciteit van ${locationName}`}>
        <Table className="mw-table mw-capacity-table">
          <TableCaption>Uren per week, {locationName}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Soort medewerker</TableHeaderCell>
              {weeks.map((week) => (
                <TableHeaderCell key={week} id={`kolom-${week}`} className="mw-numeric">
                  {formatWeek(week)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {STAFF_TYPES.map((soort) => (
              <TableRow key={soort}>
                <TableHeaderCell scope="row" id={`rij-${soort}`}>
                  {STAFF_TYPE_LABELS[soort]}
                </TableHeaderCell>
                {weeks.map((week) => {
                  const key = cellKey(soort, week);
                  return (
                    <TableCell key={week} className="mw-numeric">
                      <Textbox
                        id={inputId(key)}
                        aria-labelledby={`rij-${soort} kolom-${week}`}
                        aria-invalid={problems[key] ? true : undefined}
                        inputMode="decimal"
                        autoComplete="off"
                        className="mw-capacity-input"
                        value={typed[key] ?? ''}
                        onChange={(event) =>
                          setTyped((current) => ({ ...current, [key]: event.target.value }))
                        }
                      />
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">Samen</TableHeaderCell>
              {weeks.map((week) => (
                <TableCell key={week} className="mw-numeric">
                  {formatHours(weekTotal(week))}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
      <Button type="submit" appearance="primary-action" busy={form.busy}>
        Capaciteit opslaan
      </Button>
      <div role="status">
        {done && (
          <Alert type="ok">
            <Paragraph>{done}</Paragraph>
          </Alert>
        )}
      </div>
    </form>
  );
}
