import type { QuestionResult } from '../../../../shared/api/results.schema.js';
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
import { FigureText } from './FigureText.js';
import {
  chartComparison,
  formatCount,
  formatDifference,
  formatInterval,
  significanceText,
} from './results-model.js';

/** The chart's numbers as a table: every question with its figure and first comparison. */
export function SummaryTable({ questions }: { questions: readonly QuestionResult[] }) {
  const comparisonLabel = questions.map(chartComparison).find((c) => c !== null)?.label;
  const caption = comparisonLabel
    ? `Percentage positief per vraag, vergeleken met: ${comparisonLabel}`
    : 'Percentage positief per vraag';
  return (
    <TableContainer label={caption} className="mw-results-table">
      <Table className="mw-table" aria-describedby="samenvatting-voetnoot">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Vraag</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">% positief</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">95%-interval</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">n</TableHeaderCell>
            {comparisonLabel && (
              <>
                <TableHeaderCell className="mw-numeric">Vergeleken met</TableHeaderCell>
                <TableHeaderCell>Verschil</TableHeaderCell>
              </>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {questions.map((question) => {
            const figure = question.cijfer!;
            const comparison = chartComparison(question);
            return (
              <TableRow key={question.vraagId}>
                <TableHeaderCell scope="row">
                  <span className="mw-result__id">{question.vraagId}</span>{' '}
                  <span className="mw-summary-text">{question.tekst}</span>
                </TableHeaderCell>
                <TableCell className="mw-numeric">
                  <FigureText figure={figure} />
                </TableCell>
                <TableCell className="mw-numeric mw-nowrap">
                  {formatInterval(figure.ciLaag, figure.ciHoog)}
                </TableCell>
                <TableCell className="mw-numeric">{formatCount(figure.nGeldig)}</TableCell>
                {comparisonLabel && (
                  <>
                    <TableCell className="mw-numeric">
                      {comparison ? (
                        <>
                          <FigureText figure={comparison.cijfer} />
                          <span className="mw-visually-hidden"> ({comparison.label})</span>
                        </>
                      ) : (
                        '–'
                      )}
                    </TableCell>
                    <TableCell>
                      {comparison ? (
                        <>
                          <span className="mw-nowrap">{formatDifference(comparison.verschil)}</span>
                          , {significanceText(comparison)}
                        </>
                      ) : (
                        '–'
                      )}
                    </TableCell>
                  </>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
