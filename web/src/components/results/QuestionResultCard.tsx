import type { QuestionResult } from '../../../../shared/api/results.schema.js';
import { Heading } from '../Heading.js';
import { Paragraph } from '../Paragraph.js';
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
import { FigureText } from './FigureText.js';
import {
  directionOf,
  formatCount,
  formatDifference,
  formatInterval,
  formatPct,
  formatPValue,
  significanceText,
} from './results-model.js';

export interface QuestionResultCardProps {
  question: QuestionResult;
  drempel: number;
}

/** One question: its figure, the comparisons, the weighted figure and the distribution. */
export function QuestionResultCard({ question, drempel }: QuestionResultCardProps) {
  const headingId = `vraag-${question.vraagId}`;
  const figure = question.cijfer;
  const suppressed = figure !== null && (figure.onderdrukt || figure.pctPositief === null);
  return (
    <article aria-labelledby={headingId} className="mw-result">
      <Heading level={4} id={headingId} className="mw-result__title">
        <span className="mw-result__id">{question.vraagId}</span> {question.tekst}
      </Heading>
      {figure && suppressed && (
        <Paragraph>
          <strong>Niet getoond:</strong> minder dan {drempel} geldige antwoorden, of het cijfer zou
          uit andere cijfers te berekenen zijn.
        </Paragraph>
      )}
      {figure && !suppressed && (
        <>
          <Paragraph className="mw-result__figure">
            <strong className="mw-result__pct">{formatPct(figure.pctPositief)}</strong> positief{' '}
            {figure.signaal && <StatusBadge status="warning">Signaal</StatusBadge>}
          </Paragraph>
          <Paragraph className="mw-result__facts">
            95%-interval {formatInterval(figure.ciLaag, figure.ciHoog)} ·{' '}
            {formatCount(figure.nPositief)} van {formatCount(figure.nGeldig)} geldige antwoorden
          </Paragraph>
          {figure.signaal && (
            <Paragraph small>
              Minder dan 50 antwoorden: lees dit als een signaal, niet als een conclusie.
            </Paragraph>
          )}
          {question.gewogen && <WeightedTable question={question} />}
          {question.vergelijkingen.length > 0 && <ComparisonTable question={question} />}
        </>
      )}
      {question.verdeling ? (
        <details className="mw-disclosure" open={figure === null}>
          <summary className="mw-disclosure__summary">
            Antwoordverdeling<span className="mw-visually-hidden"> bij {question.vraagId}</span>
          </summary>
          <DistributionTable question={question} />
        </details>
      ) : (
        figure === null && (
          <Paragraph>De verdeling wordt niet getoond: te weinig antwoorden.</Paragraph>
        )
      )}
    </article>
  );
}

function WeightedTable({ question }: { question: QuestionResult }) {
  const figure = question.cijfer!;
  const weighted = question.gewogen!;
  const caption = `Ongewogen en gewogen bij ${question.vraagId}`;
  return (
    <TableContainer label={caption} className="mw-results-table">
      <Table className="mw-table mw-compact-table">
        <TableCaption className="mw-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Cijfer</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">% positief</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">95%-interval</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">n</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow>
            <TableHeaderCell scope="row">Ongewogen</TableHeaderCell>
            <TableCell className="mw-numeric">{formatPct(figure.pctPositief)}</TableCell>
            <TableCell className="mw-numeric">
              {formatInterval(figure.ciLaag, figure.ciHoog)}
            </TableCell>
            <TableCell className="mw-numeric">{formatCount(figure.nGeldig)}</TableCell>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">Gewogen</TableHeaderCell>
            <TableCell className="mw-numeric">{formatPct(weighted.pctPositief)}</TableCell>
            <TableCell className="mw-numeric">
              {formatInterval(weighted.ciLaag, weighted.ciHoog)}
            </TableCell>
            <TableCell className="mw-numeric">
              {formatCount(weighted.nEffectief)} <span className="mw-muted">(effectief)</span>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function ComparisonTable({ question }: { question: QuestionResult }) {
  const caption = `Vergelijkingen bij ${question.vraagId}`;
  return (
    <TableContainer label={caption} className="mw-results-table">
      <Table className="mw-table mw-compact-table">
        <TableCaption className="mw-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Vergeleken met</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">% positief</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Verschil</TableHeaderCell>
            <TableHeaderCell>Toets</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {question.vergelijkingen.map((comparison) => {
            const direction = directionOf(comparison);
            return (
              <TableRow key={`${comparison.soort}-${comparison.label}`}>
                <TableHeaderCell scope="row">{comparison.label}</TableHeaderCell>
                <TableCell className="mw-numeric">
                  {comparison.aantalGemeenten === 0 ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="mw-visually-hidden">geen cijfer</span>
                    </>
                  ) : (
                    <FigureText figure={comparison.cijfer} withN />
                  )}
                </TableCell>
                <TableCell className="mw-numeric mw-nowrap">
                  {formatDifference(comparison.verschil)}
                </TableCell>
                <TableCell>
                  <span
                    className={
                      comparison.significant
                        ? `mw-significance mw-significance--${direction}`
                        : 'mw-significance'
                    }
                  >
                    {comparison.significant &&
                      direction !== 'gelijk' &&
                      direction !== 'onbekend' && (
                        <span aria-hidden="true">{direction === 'lager' ? '▼ ' : '▲ '}</span>
                      )}
                    {significanceText(comparison)}
                  </span>
                  {comparison.pWaarde !== null && (
                    <span className="mw-muted mw-nowrap">
                      {' '}
                      ({formatPValue(comparison.pWaarde)})
                    </span>
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

function DistributionTable({ question }: { question: QuestionResult }) {
  const caption = `Antwoordverdeling bij ${question.vraagId}`;
  const rows = question.verdeling ?? [];
  return (
    <TableContainer label={caption} className="mw-results-table">
      <Table className="mw-table mw-compact-table">
        <TableCaption className="mw-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Antwoord</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Aantal</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Percentage</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.code}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              <TableCell className="mw-numeric">{formatCount(row.n)}</TableCell>
              <TableCell className="mw-numeric">{formatPct(row.pct)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
