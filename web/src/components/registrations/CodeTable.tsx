import type { RegistrationCode } from '../../../../shared/api/registrations.schema.js';
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

export interface CodeTableProps {
  caption: string;
  codes: readonly RegistrationCode[];
  busyCode: string | null;
  onToggle: (code: RegistrationCode) => void;
}

/**
 * The codes in force with their definitions. Default codes keep their meaning everywhere, so
 * they can be switched off but never renamed; own codes start with L-.
 */
export function CodeTable({ caption, codes, busyCode, onToggle }: CodeTableProps) {
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Code</TableHeaderCell>
            <TableHeaderCell>Naam en definitie</TableHeaderCell>
            <TableHeaderCell>Soort</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>
              <span className="mw-visually-hidden">Acties</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {codes.map((code) => (
            <TableRow key={code.code}>
              <TableCell className="mw-nowrap">{code.code}</TableCell>
              <TableCell>
                <strong>{code.naam}</strong>
                <br />
                {code.definitie}
              </TableCell>
              <TableCell>{code.standaard ? 'Standaard' : 'Eigen code'}</TableCell>
              <TableCell>
                <StatusBadge status={code.actief ? 'active' : 'inactive'}>
                  {code.actief ? 'In gebruik' : 'Uitgezet'}
                </StatusBadge>
              </TableCell>
              <TableCell>
                <Button
                  appearance="subtle"
                  busy={busyCode === code.code}
                  onClick={() => onToggle(code)}
                >
                  {code.actief ? 'Uitzetten' : 'Weer aanzetten'}
                  <span className="mw-visually-hidden">: {code.naam}</span>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
