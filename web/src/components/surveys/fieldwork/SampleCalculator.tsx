import { useState } from 'react';
import { useSampleCalculation } from '../../../api/sampling.js';
import { formatNumber } from '../../../lib/format.js';
import { Button } from '../../Button.js';
import { Fieldset } from '../../Fieldset.js';
import { LoadingMessage } from '../../LoadingMessage.js';
import { Paragraph } from '../../Paragraph.js';
import { QueryError } from '../../QueryError.js';
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
import { NumberField } from '../../../forms/NumberField.js';

export interface SampleCalculatorProps {
  surveyId: string;
  /** Puts an advised number of invitations in the draw form. */
  onUse: (invitations: number) => void;
}

/** How many people to invite for a margin of error, per gemeente and for the whole round. */
export function SampleCalculator({ surveyId, onUse }: SampleCalculatorProps) {
  const [marge, setMarge] = useState('5');
  const [respons, setRespons] = useState('35');
  const calculation = useSampleCalculation(surveyId, Number(marge), Number(respons));
  const data = calculation.data;

  return (
    <div className="mw-stack">
      <Fieldset legend="Uitgangspunten">
        <div className="mw-inline-fields">
          <NumberField
            id="marge"
            label="Foutmarge (%)"
            description="Meestal 5."
            inputMode="decimal"
            className="mw-short-input"
            value={marge}
            onChange={setMarge}
          />
          <NumberField
            id="respons"
            label="Verwachte respons (%)"
            description="Vorig jaar, of 35."
            inputMode="decimal"
            className="mw-short-input"
            value={respons}
            onChange={setRespons}
          />
        </div>
      </Fieldset>
      {calculation.isPending && calculation.fetchStatus !== 'idle' && (
        <LoadingMessage>De berekening wordt gemaakt…</LoadingMessage>
      )}
      {calculation.error && <QueryError error={calculation.error} what="De berekening" />}
      {data && (
        <>
          <TableContainer label="Advies per gemeente">
            <Table className="mw-table">
              <TableCaption>
                Advies bij {data.marge}% foutmarge en {data.responspercentage}% respons
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Gemeente</TableHeaderCell>
                  <TableHeaderCell className="mw-numeric">Cliënten</TableHeaderCell>
                  <TableHeaderCell className="mw-numeric">Reacties nodig</TableHeaderCell>
                  <TableHeaderCell className="mw-numeric">Uitnodigen</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.perGemeente.map((row) => (
                  <TableRow key={row.gemeente.cbsCode}>
                    <TableHeaderCell scope="row">{row.gemeente.naam}</TableHeaderCell>
                    <TableCell className="mw-numeric">{formatNumber(row.populatie)}</TableCell>
                    <TableCell className="mw-numeric">
                      {formatNumber(row.respondentenNodig)}
                    </TableCell>
                    <TableCell className="mw-numeric">
                      {row.iedereenUitnodigen ? 'iedereen' : formatNumber(row.uitnodigingenNodig)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Paragraph>
            Elke gemeente haar eigen foutmarge:{' '}
            {formatNumber(data.somPerGemeente.uitnodigingenNodig)} uitnodigingen. Eén foutmarge voor
            alle gemeenten samen: {formatNumber(data.geheel.uitnodigingenNodig)} uitnodigingen.
          </Paragraph>
          <div className="mw-button-row">
            <Button onClick={() => onUse(data.somPerGemeente.uitnodigingenNodig)}>
              {formatNumber(data.somPerGemeente.uitnodigingenNodig)} gebruiken (per gemeente)
            </Button>
            <Button onClick={() => onUse(data.geheel.uitnodigingenNodig)}>
              {formatNumber(data.geheel.uitnodigingenNodig)} gebruiken (alle samen)
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
