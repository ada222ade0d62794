import type { Registration } from '../../../../shared/api/registrations.schema.js';
import { formatDateTime } from '../../lib/format.js';
import { Button } from '../Button.js';
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
import { formatDay } from './dates.js';
import { stillEditable } from './registration-model.js';

export interface RecentRegistrationsProps {
  registrations: readonly Registration[];
  taskNames: Readonly<Record<string, string>>;
  resultNames: Readonly<Record<string, string>>;
  locationNames: Readonly<Record<string, string>>;
  now: Date;
  busyId: string | null;
  onEdit: (registration: Registration) => void;
  onUndo: (registration: Registration) => void;
}

/** The professional's own latest contacts; change or undo while the server allows it. */
export function RecentRegistrations({
  registrations,
  taskNames,
  resultNames,
  locationNames,
  now,
  busyId,
  onEdit,
  onUndo,
}: RecentRegistrationsProps) {
  return (
    <TableContainer label="Uw laatste contacten, nieuwste eerst">
      <Table className="mw-table">
        <TableCaption>Uw laatste contacten, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Datum</TableHeaderCell>
            <TableHeaderCell>Locatie</TableHeaderCell>
            <TableHeaderCell>Kanaal</TableHeaderCell>
            <TableHeaderCell>Taken</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Minuten</TableHeaderCell>
            <TableHeaderCell>Resultaat</TableHeaderCell>
            <TableHeaderCell>Wijzigen kan tot</TableHeaderCell>
            <TableHeaderCell>
              <span className="mw-visually-hidden">Acties</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {registrations.map((registration) => {
            const editable =
              registration.bewerkbaar && stillEditable(registration.bewerkbaarTot, now);
            const when = formatDay(registration.datum);
            return (
              <TableRow key={registration.id}>
                <TableCell className="mw-nowrap">{when}</TableCell>
                <TableCell>{locationNames[registration.locatie] ?? registration.locatie}</TableCell>
                <TableCell>{registration.kanaal}</TableCell>
                <TableCell>
                  {registration.taken.map((code) => taskNames[code] ?? code).join(', ')}
                </TableCell>
                <TableCell className="mw-numeric">{registration.minuten}</TableCell>
                <TableCell>
                  {resultNames[registration.resultaat] ?? registration.resultaat}
                </TableCell>
                <TableCell>
                  {editable ? formatDateTime(registration.bewerkbaarTot) : 'Niet meer te wijzigen'}
                </TableCell>
                <TableCell>
                  {editable && (
                    <div className="mw-actions">
                      <Button
                        appearance="subtle"
                        disabled={busyId !== null}
                        onClick={() => onEdit(registration)}
                      >
                        Wijzigen
                        <span className="mw-visually-hidden">
                          {' '}
                          contact van {when}, {registration.kanaal}, {registration.minuten} minuten
                        </span>
                      </Button>
                      <Button
                        appearance="subtle"
                        busy={busyId === registration.id}
                        disabled={busyId !== null && busyId !== registration.id}
                        onClick={() => onUndo(registration)}
                      >
                        Ongedaan maken
                        <span className="mw-visually-hidden">
                          {' '}
                          contact van {when}, {registration.kanaal}, {registration.minuten} minuten
                        </span>
                      </Button>
                    </div>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
