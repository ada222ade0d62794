import type { SampleResult } from '../../../../../shared/api/sampling.schema.js';
import { formatNumber } from '../../../lib/format.js';
import { Alert } from '../../Alert.js';
import { Heading } from '../../Heading.js';
import { Paragraph } from '../../Paragraph.js';
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

export function SampleOutcome({ result }: { result: SampleResult }) {
  const { uitgesloten } = result;
  return (
    <section aria-labelledby="steekproef-resultaat" className="mw-section">
      <Heading level={3} id="steekproef-resultaat" tabIndex={-1}>
        Getrokken
      </Heading>
      <Alert type="ok">
        <Paragraph>
          {formatNumber(result.getrokken)} mensen getrokken uit {formatNumber(result.populatie)}{' '}
          cliënten (startgetal {result.seed}). Zij krijgen een persoonlijke code.
        </Paragraph>
      </Alert>
      <Paragraph>
        Niet meegeteld: {formatNumber(uitgesloten.beeindigd)} met een gestopte voorziening,{' '}
        {formatNumber(uitgesloten.afgemeld)} afgemeld, {formatNumber(uitgesloten.alUitgenodigd)} al
        uitgenodigd voor deze ronde, {formatNumber(uitgesloten.eerderUitgenodigd)} eerder
        uitgenodigd.
      </Paragraph>
      <TableContainer label="Getrokken per gemeente">
        <Table className="mw-table">
          <TableCaption>Getrokken per gemeente</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Gemeente</TableHeaderCell>
              <TableHeaderCell className="mw-numeric">Cliënten</TableHeaderCell>
              <TableHeaderCell className="mw-numeric">Getrokken</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.perGemeente.map((row) => (
              <TableRow key={row.gemeente.cbsCode}>
                <TableHeaderCell scope="row">{row.gemeente.naam}</TableHeaderCell>
                <TableCell className="mw-numeric">{formatNumber(row.populatie)}</TableCell>
                <TableCell className="mw-numeric">{formatNumber(row.getrokken)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
}
