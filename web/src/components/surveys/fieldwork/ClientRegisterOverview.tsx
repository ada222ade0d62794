import { useClientCount, useClientImports } from '../../../api/clients.js';
import { formatDateTime, formatNumber } from '../../../lib/format.js';
import { Heading } from '../../Heading.js';
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

/** How many clients the round has, per gemeente and productcategorie. Counts only. */
export function ClientCountTable({ surveyId }: { surveyId: string }) {
  const count = useClientCount(surveyId);
  if (count.isPending) return <LoadingMessage>De aantallen worden geladen…</LoadingMessage>;
  if (count.error) return <QueryError error={count.error} what="De aantallen cliënten" />;
  if (count.data.totaal === 0) return <Paragraph>Er zijn nog geen cliënten ingelezen.</Paragraph>;
  return (
    <TableContainer label="Cliënten per gemeente">
      <Table className="mw-table">
        <TableCaption>
          Cliënten per gemeente en productcategorie (totaal {formatNumber(count.data.totaal)})
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Gemeente</TableHeaderCell>
            <TableHeaderCell>Productcategorie</TableHeaderCell>
            <TableHeaderCell className="mw-numeric">Aantal</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {count.data.gemeenten.flatMap((gemeente) =>
            gemeente.productcategorieen.map((categorie, index) => (
              <TableRow key={`${gemeente.cbsCode}-${categorie.code ?? 'geen'}`}>
                {index === 0 ? (
                  <TableHeaderCell scope="row">
                    {gemeente.naam} ({formatNumber(gemeente.aantal)})
                  </TableHeaderCell>
                ) : (
                  <TableCell>
                    <span className="mw-visually-hidden">{gemeente.naam}</span>
                  </TableCell>
                )}
                <TableCell>{categorie.omschrijving}</TableCell>
                <TableCell className="mw-numeric">{formatNumber(categorie.aantal)}</TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function ClientImportHistory({ surveyId }: { surveyId: string }) {
  const imports = useClientImports(surveyId);
  return (
    <section aria-labelledby="import-geschiedenis" className="mw-section">
      <Heading level={3} id="import-geschiedenis">
        Ingelezen bestanden
      </Heading>
      {imports.isPending && <LoadingMessage>De bestanden worden geladen…</LoadingMessage>}
      {imports.error && <QueryError error={imports.error} what="De ingelezen bestanden" />}
      {imports.data?.length === 0 && <Paragraph>Er is nog geen bestand ingelezen.</Paragraph>}
      {imports.data && imports.data.length > 0 && (
        <TableContainer label="Ingelezen bestanden">
          <Table className="mw-table">
            <TableCaption className="mw-visually-hidden">Ingelezen bestanden</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Bestand</TableHeaderCell>
                <TableHeaderCell>Ingelezen op</TableHeaderCell>
                <TableHeaderCell className="mw-numeric">Aanvaard</TableHeaderCell>
                <TableHeaderCell className="mw-numeric">Afgewezen</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {imports.data.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">{item.bestandsnaam}</TableHeaderCell>
                  <TableCell>{formatDateTime(item.ingelezenOp)}</TableCell>
                  <TableCell className="mw-numeric">{formatNumber(item.aanvaard)}</TableCell>
                  <TableCell className="mw-numeric">{formatNumber(item.afgewezen)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </section>
  );
}
