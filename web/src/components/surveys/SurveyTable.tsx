import type { SurveySummary } from '../../../../shared/api/survey.schema.js';
import { formatNumber } from '../../lib/format.js';
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
import { SurveyStatusBadge } from './SurveyStatusBadge.js';

function gemeentenText(survey: SurveySummary): string {
  const [first] = survey.gemeenten;
  if (survey.gemeenten.length === 1 && first) return first.naam;
  return `${formatNumber(survey.gemeenten.length)} gemeenten`;
}

export function SurveyTable({ surveys, caption }: { surveys: SurveySummary[]; caption: string }) {
  return (
    <TableContainer label={caption}>
      <Table className="mw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Naam</TableHeaderCell>
            <TableHeaderCell>Jaar</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Gemeenten</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Vragen</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Uitgenodigd</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Reacties</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {surveys.map((survey) => (
            <TableRow key={survey.id}>
              {/* The name is the row header, so each number is read out with its round. */}
              <TableHeaderCell scope="row" className="mw-break">
                <Link to={`/onderzoeken/${survey.id}`}>{survey.naam}</Link>
              </TableHeaderCell>
              <TableCell>{survey.jaar}</TableCell>
              <TableCell>
                <SurveyStatusBadge status={survey.status} />
              </TableCell>
              <TableCell>{gemeentenText(survey)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(survey.aantalVragen)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(survey.aantalUitgenodigd)}</TableCell>
              <TableCell className="mw-numeric">{formatNumber(survey.aantalReacties)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
