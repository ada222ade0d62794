import { useEntryConflicts } from '../../../api/responses.js';
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

const shown = (codes: string[]) => (codes.length ? codes.join(', ') : '(leeg)');

/** Forms whose two entries differ: a third entry without "invoer 1/2" decides. */
export function EntryConflicts({ surveyId }: { surveyId: string }) {
  const conflicts = useEntryConflicts(surveyId);
  if (conflicts.isPending) return <LoadingMessage>De verschillen worden geladen…</LoadingMessage>;
  if (conflicts.error) return <QueryError error={conflicts.error} what="De invoerverschillen" />;
  const { verschillen, wachtOpTweedeInvoer } = conflicts.data;
  return (
    <>
      <Paragraph>
        {formatNumber(wachtOpTweedeInvoer)} formulieren wachten op de tweede invoer.{' '}
        {verschillen.length === 0
          ? 'Er zijn geen verschillen.'
          : `${formatNumber(verschillen.length)} formulieren hebben verschillen. Voer die nog een keer in met "Eén keer invoeren": die invoer beslist.`}
      </Paragraph>
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
                form.vragen.map((vraag) => (
                  <TableRow key={`${form.code}-${vraag.vraag}`}>
                    <TableHeaderCell scope="row">{form.code}</TableHeaderCell>
                    <TableCell>{vraag.vraag}</TableCell>
                    <TableCell>{shown(vraag.invoer1)}</TableCell>
                    <TableCell>{shown(vraag.invoer2)}</TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
