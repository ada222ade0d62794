import type { PressureFigures } from '../../../../shared/api/registrations.schema.js';
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
import { formatPeriod } from './dates.js';
import { formatCount, formatHoursTotal, formatRatio, formatShare } from './pressure-format.js';
import { waitingDaysShort } from './waiting.js';

export interface UnitFigures {
  sleutel: string;
  naam: string;
  stadsdeel: string | null;
  totaal: PressureFigures;
}

function FigureHeaders() {
  return (
    <>
      <TableHeaderCell className="mw-numeric">Contacten</TableHeaderCell>
      <TableHeaderCell className="mw-numeric">Vraag (uren)</TableHeaderCell>
      <TableHeaderCell className="mw-numeric">Effectieve capaciteit (uren)</TableHeaderCell>
      <TableHeaderCell className="mw-numeric">Drukratio</TableHeaderCell>
      <TableHeaderCell className="mw-numeric">Wachtend</TableHeaderCell>
      <TableHeaderCell>Wachttijd (mediaan)</TableHeaderCell>
    </>
  );
}

function FigureCells({ figures }: { figures: PressureFigures }) {
  return (
    <>
      <TableCell className="mw-numeric">{formatCount(figures.contacten)}</TableCell>
      <TableCell className="mw-numeric">{formatHoursTotal(figures.vraagUren)}</TableCell>
      <TableCell className="mw-numeric">
        {formatHoursTotal(figures.effectieveCapaciteitUren)}
      </TableCell>
      <TableCell className="mw-numeric">
        <strong>{formatRatio(figures.drukratio)}</strong>
      </TableCell>
      <TableCell className="mw-numeric">{formatCount(figures.wachtend)}</TableCell>
      <TableCell>{waitingDaysShort(figures.wachttijdMediaanDagen)}</TableCell>
    </>
  );
}

/** Stadsdelen or locations side by side over the whole period, highest pressure first. */
export function ComparisonTable({
  caption,
  unit,
  rows,
  withStadsdeel = false,
}: {
  caption: string;
  unit: string;
  rows: readonly UnitFigures[];
  withStadsdeel?: boolean;
}) {
  const sorted = [...rows].sort(
    (a, b) =>
      (b.totaal.drukratio ?? -1) - (a.totaal.drukratio ?? -1) || a.naam.localeCompare(b.naam),
  );
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{unit}</TableHeaderCell>
            {withStadsdeel && <TableHeaderCell>Stadsdeel</TableHeaderCell>}
            <FigureHeaders />
            <TableHeaderCell className="mw-numeric">Niet digitaal vaardig</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Taalbarrière</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((row) => (
            <TableRow key={row.sleutel}>
              <TableHeaderCell scope="row">{row.naam}</TableHeaderCell>
              {withStadsdeel && <TableCell>{row.stadsdeel}</TableCell>}
              <FigureCells figures={row.totaal} />
              <TableCell className="mw-numeric">
                {formatShare(row.totaal.aandeelNietDigitaal)}
              </TableCell>
              <TableCell className="mw-numeric">
                {formatShare(row.totaal.aandeelTaalbarriere)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** One unit week by week or month by month. */
export function PeriodTable({
  caption,
  periods,
}: {
  caption: string;
  periods: readonly PressureFigures[];
}) {
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Periode</TableHeaderCell>
            <FigureHeaders />
          </TableRow>
        </TableHeader>
        <TableBody>
          {periods.map((figures) => (
            <TableRow key={figures.periode}>
              <TableHeaderCell scope="row" className="mw-nowrap">
                {formatPeriod(figures.periode)}
              </TableHeaderCell>
              <FigureCells figures={figures} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Which tasks the contacts were about, as counts and shares of all tasks registered. */
export function TaskMixTable({
  caption,
  figures,
  taskNames,
}: {
  caption: string;
  figures: PressureFigures;
  taskNames: Readonly<Record<string, string>>;
}) {
  const rows = [...figures.taakmix].sort((a, b) => b.aantal - a.aantal);
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Taak</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Aantal keer</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Aandeel</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.code}>
              <TableHeaderCell scope="row">{taskNames[row.code] ?? row.code}</TableHeaderCell>
              <TableCell className="mw-numeric">{formatCount(row.aantal)}</TableCell>
              <TableCell className="mw-numeric">{formatShare(row.aandeel)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
