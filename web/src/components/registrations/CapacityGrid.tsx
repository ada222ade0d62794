import { useState, type FormEvent } from 'react';
import type { CapacityEntry } from '../../../../shared/api/registrations.schema.js';
import { STAFF_TYPE_LABELS, STAFF_TYPES } from '../../../../shared/registrations/vocabulary.js';
import { messageOf } from '../../api/errors.js';
import { saveCapacity } from '../../api/registrations.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
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
  const [problems, setProblems] = useState<Partial<Record<CellKey, string>>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { changes, problems: found } = capacityChanges(
      typed,
      storedMap as Record<CellKey, number>,
    );
    setProblems(found);
    setGeneral(undefined);
    setDone(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    if (changes.length === 0) {
      setDone('Er was niets gewijzigd.');
      return;
    }
    setBusy(true);
    try {
      const result = await saveCapacity(
        changes.map((change) => ({
          locatie,
          week: change.week,
          soort: change.soort,
          uren: change.uren ?? 0,
        })),
      );
      setDone(
        `${result.opgeslagen} ${result.opgeslagen === 1 ? 'vak' : 'vakken'} opgeslagen voor ${locationName}.`,
      );
    } catch (error) {
      setGeneral(messageOf(error));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const fieldIds = Object.fromEntries(
    Object.keys(problems).map((key) => [key, inputId(key as CellKey)]),
  );
  const weekTotal = (week: string) =>
    STAFF_TYPES.reduce((sum, soort) => {
      const hours = parseHours(typed[cellKey(soort, week)] ?? '');
      return typeof hours === 'number' ? sum + hours : sum;
    }, 0);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="mw-registration">
      <ErrorSummary
        errors={{
          fields: Object.fromEntries(
            Object.entries(problems).map(([key, message]) => {
              const [soort, week] = key.split('|') as [keyof typeof STAFF_TYPE_LABELS, string];
              return [key, `${STAFF_TYPE_LABELS[soort]}, ${formatWeek(week)}: ${message}`];
            }),
          ),
          ...(general ? { general } : {}),
        }}
        fieldIds={fieldIds}
        attempt={attempt}
        title="De capaciteit is niet opgeslagen"
      />
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
      <Button type="submit" appearance="primary-action" busy={busy}>
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
