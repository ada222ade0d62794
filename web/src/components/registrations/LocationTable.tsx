import type { Location } from '../../../../shared/api/registrations.schema.js';
import { Button } from '../Button.js';
import { StatusBadge } from '../StatusBadge.js';
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

export function LocationTable({
  locations,
  busyId,
  onToggle,
}: {
  locations: readonly Location[];
  busyId: string | null;
  onToggle: (location: Location) => void;
}) {
  return (
    <TableContainer label="Locaties per stadsdeel">
      <Table className="mw-table">
        <TableCaption>Locaties per stadsdeel ({locations.length})</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Stadsdeel</TableHeaderCell>
            <TableHeaderCell>Locatie</TableHeaderCell>
            <TableHeaderCell>Code</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>
              <span className="mw-visually-hidden">Acties</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {locations.map((location) => (
            <TableRow key={location.id}>
              <TableCell>{location.stadsdeel}</TableCell>
              <TableHeaderCell scope="row">{location.naam}</TableHeaderCell>
              <TableCell className="mw-nowrap">{location.code}</TableCell>
              <TableCell>
                <StatusBadge status={location.actief ? 'active' : 'inactive'}>
                  {location.actief ? 'Open' : 'Gesloten'}
                </StatusBadge>
              </TableCell>
              <TableCell>
                <Button
                  appearance="subtle"
                  busy={busyId === location.id}
                  onClick={() => onToggle(location)}
                >
                  {location.actief ? 'Sluiten' : 'Heropenen'}
                  <span className="mw-visually-hidden">: {location.naam}</span>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
