import {
  AUDIT_ACTION_LABELS,
  type AuditAction,
  type AuditEntry,
} from '../../../../shared/api/audit.schema.js';
import { formatDateTime } from '../../lib/format.js';
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

function actionLabel(actie: string): string {
  return AUDIT_ACTION_LABELS[actie as AuditAction] ?? actie;
}

function objectText(entry: AuditEntry): string {
  return [entry.objectType, entry.objectId].filter(Boolean).join(' ') || 'Geen';
}

export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption className="mw-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Tijdstip</TableHeaderCell>
            <TableHeaderCell>Gebruiker</TableHeaderCell>
            <TableHeaderCell>Actie</TableHeaderCell>
            <TableHeaderCell>Object</TableHeaderCell>
            <TableHeaderCell>Doel</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell className="mw-nowrap">{formatDateTime(entry.tijdstip)}</TableCell>
              <TableCell>{entry.account?.naam ?? entry.actor}</TableCell>
              <TableCell>{actionLabel(entry.actie)}</TableCell>
              <TableCell className="mw-break">{objectText(entry)}</TableCell>
              <TableCell>{entry.doel}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
