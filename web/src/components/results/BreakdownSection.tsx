import { useState, type FormEvent } from 'react';
import {
  BREAKDOWN_DIMENSIONS,
  BREAKDOWN_LABELS,
  type Breakdown,
  type BreakdownDimension,
} from '../../../../shared/api/results.schema.js';
import { useBreakdown } from '../../api/results.js';
import { Button } from '../Button.js';
import { FormField } from '../FormField.js';
import { Heading } from '../Heading.js';
import { LoadingMessage } from '../LoadingMessage.js';
import { Paragraph } from '../Paragraph.js';
import { QueryError } from '../QueryError.js';
import { Select } from '../Select.js';
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
import { SUPPRESSED } from './results-model.js';

export interface BreakdownSectionProps {
  enqueteId: string;
  cbsCode: string;
  /** The dimension in the address, or null when none is chosen yet. */
  dimension: BreakdownDimension | null;
  onChoose: (dimension: BreakdownDimension) => void;
}

/** Results split by age group, voorziening, channel or help, chosen with a small form. */
export function BreakdownSection({
  enqueteId,
  cbsCode,
  dimension,
  onChoose,
}: BreakdownSectionProps) {
  const [choice, setChoice] = useState<BreakdownDimension>(dimension ?? 'leeftijd');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChoose(choice);
  }

  return (
    <section aria-labelledby="uitsplitsing-kop" className="mw-section">
      <Heading level={2} id="uitsplitsing-kop">
        Uitsplitsingen
      </Heading>
      <Paragraph>
        Het percentage positief per groep cliënten. Groepen met te weinig antwoorden laten we niet
        zien, zodat niemand herkenbaar is.
      </Paragraph>
      <form noValidate onSubmit={submit} className="mw-breakdown-form">
        <FormField id="uitsplitsing" label="Uitsplitsen naar">
          {(control) => (
            <Select
              {...control}
              value={choice}
              onChange={(event) => setChoice(event.target.value as BreakdownDimension)}
            >
              {BREAKDOWN_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {BREAKDOWN_LABELS[d]}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit">Uitsplitsing tonen</Button>
      </form>
      {dimension && (
        <BreakdownResult enqueteId={enqueteId} cbsCode={cbsCode} dimension={dimension} />
      )}
    </section>
  );
}

function BreakdownResult({
  enqueteId,
  cbsCode,
  dimension,
}: {
  enqueteId: string;
  cbsCode: string;
  dimension: BreakdownDimension;
}) {
  const breakdown = useBreakdown(enqueteId, cbsCode, dimension);
  if (breakdown.isPending) return <LoadingMessage>De uitsplitsing wordt geladen…</LoadingMessage>;
  if (breakdown.error) return <QueryError error={breakdown.error} what="De uitsplitsing" />;
  return <BreakdownTable breakdown={breakdown.data} />;
}

export function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  const caption = `Percentage positief naar ${BREAKDOWN_LABELS[breakdown.dimensie].toLowerCase()}`;
  return (
    <div className="mw-stack">
      <TableContainer label={caption} className="mw-results-table">
        <Table className="mw-table" aria-describedby="uitsplitsing-voetnoot">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Vraag</TableHeaderCell>
              {breakdown.categorieen.map((category) => (
                <TableHeaderCell key={category.code} className="mw-numeric">
                  {category.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {breakdown.vragen.map((vraag) => (
              <TableRow key={vraag.vraagId}>
                <TableHeaderCell scope="row">
                  <span className="mw-result__id">{vraag.vraagId}</span>{' '}
                  <span className="mw-summary-text">{vraag.tekst}</span>
                </TableHeaderCell>
                {vraag.cijfers.map((figure, index) => (
                  <TableCell
                    key={breakdown.categorieen[index]?.code ?? index}
                    className="mw-numeric"
                  >
                    <FigureText figure={figure} withN />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <p
        id="uitsplitsing-voetnoot"
        className="utrecht-paragraph utrecht-paragraph--small mw-footnote"
      >
        {SUPPRESSED} niet getoond: minder dan {breakdown.drempel} antwoorden, of het cijfer zou uit
        de andere cijfers te berekenen zijn. * signaal: minder dan 50 antwoorden. Telregel:{' '}
        {breakdown.telregel.naam} (versie {breakdown.telregel.versie}).
      </p>
    </div>
  );
}
