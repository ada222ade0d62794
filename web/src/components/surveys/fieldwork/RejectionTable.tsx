import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../Table.js';

export interface Rejection {
  rij: number;
  veld: string;
  reden: string;
}

/** Rows of an imported file that were not stored: row number as a spreadsheet shows it. */
export function RejectionTable({ caption, rows }: { caption: string; rows: readonly Rejection[] }) {
  return (
    <TableContainer label="Afgewezen rijen">
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className="mw-numeric">Rij</TableHeaderCell>
            <TableHeaderCell>Veld</TableHeaderCell>
            <TableHeaderCell>Reden</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((rejection, index) => (
            <TableRow key={`${rejection.rij}-${rejection.veld}-${index}`}>
              <TableCell className="mw-numeric">{rejection.rij}</TableCell>
              <TableCell>{rejection.veld}</TableCell>
              <TableCell>{rejection.reden}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
