import type { RoundOverview } from '../../api/results.js';
import { Link } from '../Link.js';
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
import { FigureFootnote, FigureText } from './FigureText.js';

export interface OverviewTableProps {
  overview: RoundOverview;
  /** CBS codes whose full results this organisation may open. */
  openable: ReadonlySet<string>;
  /** Where a gemeente's own page is. */
  hrefFor: (cbsCode: string) => string;
}

/** Every gemeente × standard question: the share positive, totals only. */
export function OverviewTable({ overview, openable, hrefFor }: OverviewTableProps) {
  const caption = `Percentage positief per gemeente en vraag (${overview.gemeenten.length} gemeenten)`;
  return (
    <div className="mw-stack">
      <details className="mw-disclosure">
        <summary className="mw-disclosure__summary">De vragen in de kolommen</summary>
        <dl className="mw-question-legend">
          {overview.vragen.map((vraag) => (
            <div key={vraag.vraagId}>
              <dt>{vraag.vraagId}</dt>
              <dd>{vraag.tekst}</dd>
            </div>
          ))}
        </dl>
      </details>
      <TableContainer label={caption} className="mw-results-table">
        <Table className="mw-table mw-overview-table" aria-describedby="overzicht-voetnoot">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Gemeente</TableHeaderCell>
              {overview.vragen.map((vraag) => (
                <TableHeaderCell key={vraag.vraagId} className="mw-numeric">
                  <span aria-hidden="true">{vraag.vraagId}</span>
                  <span className="mw-visually-hidden">
                    {vraag.vraagId}: {vraag.tekst}
                  </span>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {overview.gemeenten.map((row) => (
              <TableRow key={row.gemeente.cbsCode}>
                <TableHeaderCell scope="row">
                  {openable.has(row.gemeente.cbsCode) ? (
                    <Link to={hrefFor(row.gemeente.cbsCode)}>{row.gemeente.naam}</Link>
                  ) : (
                    row.gemeente.naam
                  )}
                </TableHeaderCell>
                {row.cijfers.map((figure, index) => (
                  <TableCell key={overview.vragen[index]?.vraagId ?? index} className="mw-numeric">
                    <FigureText figure={figure} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <FigureFootnote drempel={null} id="overzicht-voetnoot" />
    </div>
  );
}
