import type { OutcomeReport } from '../../../../shared/api/outcomes.schema.js';
import { Heading } from '../Heading.js';
import { Paragraph } from '../Paragraph.js';
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
import { countText, pctText } from './outcomes-model.js';

type Block = OutcomeReport['totaal'];

function days(value: number | null, suppressed: boolean): string {
  if (suppressed || value === null) return '–';
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} dagen`;
}

function signed(value: number | null, suppressed: boolean): string {
  if (suppressed || value === null) return '–';
  const text = Math.abs(value).toLocaleString('nl-NL', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function BlockView({
  name,
  block,
  drempel,
  headingId,
}: {
  name: string;
  block: Block;
  drempel: number;
  headingId: string;
}) {
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {name}
      </Heading>
      <Paragraph>
        {block.bewoners} bewoners met een meting, van wie {block.gevolgd} twee keer of vaker
        gemeten.
      </Paragraph>
      <TableContainer label={`Verandering per leefgebied, ${name}`}>
        <Table>
          <TableCaption>
            Verandering per leefgebied tussen eerste en laatste meting, {name}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Leefgebied</TableHeaderCell>
              <TableHeaderCell>n</TableHeaderCell>
              <TableHeaderCell>Verbeterd</TableHeaderCell>
              <TableHeaderCell>Gelijk</TableHeaderCell>
              <TableHeaderCell>Verslechterd</TableHeaderCell>
              <TableHeaderCell>% verbeterd</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {block.leefgebieden.map((row) => (
              <TableRow key={row.code}>
                <TableHeaderCell scope="row">{row.naam}</TableHeaderCell>
                <TableCell>
                  {countText(row.n, row.onderdrukt)}
                  {row.onderdrukt && <sup>*</sup>}
                </TableCell>
                <TableCell>{countText(row.verbeterd, row.onderdrukt)}</TableCell>
                <TableCell>{countText(row.gelijk, row.onderdrukt)}</TableCell>
                <TableCell>{countText(row.verslechterd, row.onderdrukt)}</TableCell>
                <TableCell>{pctText(row.pctVerbeterd, row.onderdrukt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <dl className="mw-facts">
        <dt>Doelen bereikt</dt>
        <dd>
          {block.doelen.onderdrukt
            ? '–*'
            : `${pctText(block.doelen.pctBereikt)} (${countText(block.doelen.bereikt)} van ${countText(block.doelen.afgerond)} afgeronde doelen, ${countText(block.doelen.n)} bewoners)`}
        </dd>
        <dt>Mediane duur traject</dt>
        <dd>
          {days(block.trajectduur.mediaanDagen, block.trajectduur.onderdrukt)}
          {block.trajectduur.onderdrukt ? '*' : ` (n = ${countText(block.trajectduur.n)})`}
        </dd>
        <dt>Gemiddelde verandering tevredenheid met het leven</dt>
        <dd>
          {signed(
            block.levenstevredenheid.gemiddeldeVerandering,
            block.levenstevredenheid.onderdrukt,
          )}
          {block.levenstevredenheid.onderdrukt
            ? '*'
            : ` punt (n = ${countText(block.levenstevredenheid.n)})`}
        </dd>
      </dl>
      {block.indicatoren.length > 0 && (
        <TableContainer label={`Indicatoren, ${name}`}>
          <Table>
            <TableCaption>Indicatoren referentiekader, {name}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Indicator</TableHeaderCell>
                <TableHeaderCell>Soort</TableHeaderCell>
                <TableHeaderCell>Teller</TableHeaderCell>
                <TableHeaderCell>Noemer</TableHeaderCell>
                <TableHeaderCell>%</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {block.indicatoren.map((row) => (
                <TableRow key={row.code}>
                  <TableHeaderCell scope="row">{row.naam}</TableHeaderCell>
                  <TableCell>{row.soort === 'uitkomst' ? 'Uitkomst' : 'Kwaliteit'}</TableCell>
                  <TableCell>{countText(row.teller, row.onderdrukt)}</TableCell>
                  <TableCell>{countText(row.noemer, row.onderdrukt)}</TableCell>
                  <TableCell>{pctText(row.pct, row.onderdrukt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Paragraph small>
        * – betekent: minder dan {drempel} bewoners, daarom niet getoond (privacy).
      </Paragraph>
    </section>
  );
}

/** The aggregate outcomes of a gemeente and its wijkteams, with suppressed cells as "–". */
export function OutcomeReportView({
  report,
  teamOnly = false,
}: {
  report: OutcomeReport;
  teamOnly?: boolean;
}) {
  return (
    <>
      <Paragraph>
        Verbeterd of verslechterd: het cijfer van de bewoner (0–100) ging tussen de eerste en de
        laatste meting meer dan {report.gelijkMarge} punten omhoog of omlaag; anders gelijk. Cijfers
        over minder dan {report.drempel} bewoners worden niet getoond (–).
      </Paragraph>
      {!teamOnly && (
        <BlockView
          name={report.gemeente.naam}
          block={report.totaal}
          drempel={report.drempel}
          headingId="uitkomsten-totaal"
        />
      )}
      {report.wijkteams.map((team) => (
        <BlockView
          key={team.id}
          name={team.naam}
          block={team}
          drempel={report.drempel}
          headingId={`uitkomsten-${team.id}`}
        />
      ))}
    </>
  );
}
