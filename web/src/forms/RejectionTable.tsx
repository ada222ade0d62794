import { ExternalLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../components/Table.js';
import { formatNumber } from '../lib/format.js';
import { rejectionCaption } from './import-report.js';

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

export interface RejectionReportProps {
  /** The first rejections, as many as the server sends along. */
  rows: readonly Rejection[];
  total: number;
  /** A CSV with every rejection, which the server keeps for each import. */
  downloadHref: string;
}

/** The rejections of an import the server keeps: the first ones here, all of them as a CSV. */
export function RejectionReport({ rows, total, downloadHref }: RejectionReportProps) {
  return (
    <>
      <RejectionTable caption={rejectionCaption(rows.length, total)} rows={rows} />
      <Paragraph>
        <ExternalLink href={downloadHref} download>
          Alle afwijzingen downloaden (CSV, {formatNumber(total)})
        </ExternalLink>
      </Paragraph>
    </>
  );
}
