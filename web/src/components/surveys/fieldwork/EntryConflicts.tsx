import type { EntryConflicts as Conflicts } from '../../../../../shared/api/responses.schema.js';
import { optionsOf, type Question } from '../../../../../shared/surveys/questionnaire.js';
import { useEntryConflicts } from '../../../api/responses.js';
import { useQuestionnaire } from '../../../api/surveys.js';
import { formatNumber } from '../../../lib/format.js';
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

/** An entry as the typist reads it on paper: the code and what it stands for, or "(leeg)". */
function shown(codes: string[], question: Question | undefined): string {
  if (codes.length === 0) return '(leeg)';
  const options = question ? optionsOf(question) : [];
  return codes
    .map((code) => {
      const label = options.find((o) => o.code === code)?.label;
      return label ? `${code} (${label})` : code;
    })
    .join(', ');
}

function summary({ verschillen, wachtOpTweedeInvoer }: Conflicts): string {
  const waiting =
    wachtOpTweedeInvoer === 1
      ? '1 formulier wacht op de tweede invoer.'
      : `${formatNumber(wachtOpTweedeInvoer)} formulieren wachten op de tweede invoer.`;
  if (verschillen.length === 0) return `${waiting} Er zijn geen verschillen.`;
  const differing =
    verschillen.length === 1
      ? '1 formulier heeft verschillen. Voer het nog een keer in'
      : `${formatNumber(verschillen.length)} formulieren hebben verschillen. Voer die nog een keer in`;
  return `${waiting} ${differing} met "Eén keer invoeren": die invoer beslist.`;
}

/** Forms whose two entries differ: a third entry without "invoer 1/2" decides. */
export function EntryConflicts({ surveyId }: { surveyId: string }) {
  const conflicts = useEntryConflicts(surveyId);
  const questionnaire = useQuestionnaire(surveyId);
  if (conflicts.isPending) return <LoadingMessage>De verschillen worden geladen…</LoadingMessage>;
  if (conflicts.error) return <QueryError error={conflicts.error} what="De invoerverschillen" />;
  const questions = new Map(
    (questionnaire.data?.vragenlijst.questions ?? []).map((q) => [q.id, q]),
  );
  const { verschillen } = conflicts.data;
  return (
    <>
      <Paragraph>{summary(conflicts.data)}</Paragraph>
      {verschillen.length > 0 && (
        <TableContainer label="Invoerverschillen">
          <Table className="mw-table">
            <TableCaption>Invoerverschillen</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Code</TableHeaderCell>
                <TableHeaderCell>Vraag</TableHeaderCell>
                <TableHeaderCell>Invoer 1</TableHeaderCell>
                <TableHeaderCell>Invoer 2</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {verschillen.flatMap((form) =>
                form.vragen.map((vraag) => {
                  const question = questions.get(vraag.vraag);
                  return (
                    <TableRow key={`${form.code}-${vraag.vraag}`}>
                      <TableHeaderCell scope="row">{form.code}</TableHeaderCell>
                      <TableCell>
                        {question
                          ? `${vraag.vraag} ${question.text}`
                          : vraag.vraag === 'kanaal'
                            ? 'Kanaal (papier of telefoon)'
                            : vraag.vraag}
                      </TableCell>
                      <TableCell>{shown(vraag.invoer1, question)}</TableCell>
                      <TableCell>{shown(vraag.invoer2, question)}</TableCell>
                    </TableRow>
                  );
                }),
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
