import type { FieldworkProgress } from '../../../../../shared/api/responses.schema.js';
import { formatNumber } from '../../../lib/format.js';
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
import { formatDay, formatPercent as percent } from './progress-model.js';

export function ProgressPerGemeente({ progress }: { progress: FieldworkProgress }) {
  const { totaal } = progress;
  return (
    <TableContainer label="Respons per gemeente">
      <Table className="mw-table">
        <TableCaption>Respons per gemeente</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Gemeente</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Uitgenodigd</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Online</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Papier</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Telefoon</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Totaal</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Respons</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Herinnerd</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Herinnering nodig</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {progress.gemeenten.map((row) => (
            <TableRow key={row.gemeente.id}>
              <TableHeaderCell scope="row">{row.gemeente.naam}</TableHeaderCell>
              <TableCell className="mw-numeric">{formatNumber(row.uitgenodigd)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(row.gereageerd.online)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(row.gereageerd.papier)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(row.gereageerd.telefoon)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(row.gereageerd.totaal)}</TableCell>
              <TableCell className="mw-numeric">{percent(row.responspercentage)}</TableCell>
              <TableCell className="mw-numeric">
                {formatNumber(row.herinneringen.verstuurd)}
              </TableCell>
              <TableCell className="mw-numeric">{formatNumber(row.herinneringen.nodig)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <TableCell className="mw-numeric">{formatNumber(totaal.uitgenodigd)}</TableCell>
            <TableCell className="mw-numeric">{formatNumber(totaal.gereageerd.online)}</TableCell>
            <TableCell className="mw-numeric">{formatNumber(totaal.gereageerd.papier)}</TableCell>
            <TableCell className="mw-numeric">{formatNumber(totaal.gereageerd.telefoon)}</TableCell>
            <TableCell className="mw-numeric">{formatNumber(totaal.gereageerd.totaal)}</TableCell>
            <TableCell className="mw-numeric">{percent(totaal.responspercentage)}</TableCell>
            <TableCell />
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function ProgressPerDay({ days }: { days: FieldworkProgress['perDag'] }) {
  return (
    <TableContainer label="Reacties en respons per dag">
      <Table className="mw-table">
        <TableCaption className="mw-visually-hidden">Reacties en respons per dag</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Datum</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Online</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Papier</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Telefoon</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Totaal</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Totaal tot en met die dag</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Respons tot en met die dag</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {days.map((day) => (
            <TableRow key={day.datum}>
              <TableHeaderCell scope="row">{formatDay(day.datum)}</TableHeaderCell>
              <TableCell className="mw-numeric">{formatNumber(day.online)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(day.papier)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(day.telefoon)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(day.totaal)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(day.cumulatief)}</TableCell>
              <TableCell className="mw-numeric">{percent(day.responspercentage)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Each gemeente's cumulative response rate at the end of each day: a row per gemeente. */
export function RatePerGemeentePerDay({ progress }: { progress: FieldworkProgress }) {
  const caption = 'Respons tot en met elke dag, per gemeente';
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Gemeente</TableHeaderCell>
            {progress.perDag.map((day) => (
              <TableHeaderCell key={day.datum} className="mw-numeric">
                {formatDay(day.datum)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {progress.gemeenten.map((row) => (
            <TableRow key={row.gemeente.id}>
              <TableHeaderCell scope="row">{row.gemeente.naam}</TableHeaderCell>
              {row.responspercentagePerDag.map((rate, index) => (
                <TableCell key={progress.perDag[index]?.datum ?? index} className="mw-numeric">
                  {percent(rate)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            {progress.perDag.map((day) => (
              <TableCell key={day.datum} className="mw-numeric">
                {percent(day.responspercentage)}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}
