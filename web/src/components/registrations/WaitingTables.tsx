import type { WaitingRequest } from '../../../../shared/api/registrations.schema.js';
import { REQUEST_STATUS_LABELS } from '../../../../shared/registrations/vocabulary.js';
import type { WaitingSummary } from '../../api/registrations.js';
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
import { waitingDaysShort } from './waiting.js';

export function WaitingSummaryTable({
  rows,
  locationNames,
}: {
  rows: readonly WaitingSummary[];
  locationNames: Readonly<Record<string, string>>;
}) {
  return (
    <TableContainer label="Wachtenden per locatie">
      <Table className="mw-table">
        <TableCaption>Wachtenden per locatie, met hun wachttijd tot nu</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Locatie</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Wachtend</TableHeaderCell>
            <TableHeaderCell>Mediaan</TableHeaderCell>
            <TableHeaderCell>90% wacht korter dan</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.locatie}>
              <TableHeaderCell scope="row">
                {locationNames[row.locatie] ?? row.locatie}
              </TableHeaderCell>
              <TableCell className="mw-numeric">{row.wachtend}</TableCell>
              <TableCell>{waitingDaysShort(row.mediaanDagen)}</TableCell>
              <TableCell>{waitingDaysShort(row.p90Dagen)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export interface WaitingRequestTableProps {
  requests: readonly WaitingRequest[];
  taskNames: Readonly<Record<string, string>>;
  locationNames: Readonly<Record<string, string>>;
  busyId: string | null;
  /** False when the list is of one location already (its name is in the heading). */
  showLocation: boolean;
  onClose: (request: WaitingRequest, status: 'gestart' | 'vervallen') => void;
}

export function WaitingRequestTable({
  requests,
  taskNames,
  locationNames,
  busyId,
  showLocation,
  onClose,
}: WaitingRequestTableProps) {
  return (
    <TableContainer label="Aanvragen">
      <Table className="mw-table">
        <TableCaption>Aanvragen ({requests.length})</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Aangevraagd</TableHeaderCell>
            {showLocation && <TableHeaderCell>Locatie</TableHeaderCell>}
            <TableHeaderCell>Taak</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Wachttijd</TableHeaderCell>
            <TableHeaderCell>
              <span className="mw-visually-hidden">Acties</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((request) => {
            const what = `${taskNames[request.taak] ?? request.taak}, aangevraagd ${formatDay(request.aanvraagdatum)}`;
            return (
              <TableRow key={request.id}>
                <TableCell className="mw-nowrap">{formatDay(request.aanvraagdatum)}</TableCell>
                {showLocation && (
                  <TableCell>{locationNames[request.locatie] ?? request.locatie}</TableCell>
                )}
                <TableCell>{taskNames[request.taak] ?? request.taak}</TableCell>
                <TableCell>
                  {REQUEST_STATUS_LABELS[request.status]}
                  {request.startdatum && ` op ${formatDay(request.startdatum)}`}
                  {request.vervallenOp && ` op ${formatDay(request.vervallenOp)}`}
                </TableCell>
                <TableCell>{waitingDaysShort(request.wachttijdDagen)}</TableCell>
                <TableCell>
                  {request.status === 'wachtend' && (
                    <div className="mw-actions">
                      <Button
                        appearance="subtle"
                        busy={busyId === request.id}
                        onClick={() => onClose(request, 'gestart')}
                      >
                        Gestart<span className="mw-visually-hidden">: {what}</span>
                      </Button>
                      <Button
                        appearance="subtle"
                        busy={busyId === request.id}
                        onClick={() => onClose(request, 'vervallen')}
                      >
                        Vervallen<span className="mw-visually-hidden">: {what}</span>
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
