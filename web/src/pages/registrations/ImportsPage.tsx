import { IMPORT_KINDS } from '../../../../shared/api/registrations.schema.js';
import { importRejectionsHref, useRegistrationImports } from '../../api/registrations.js';
import { Heading } from '../../components/Heading.js';
import { ExternalLink } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.js';
import { RegistrationFileImport } from '../../components/registrations/RegistrationFileImport.js';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import { usePageTitle } from '../../lib/use-page-title.js';

const KIND_TITLES = {
  locaties: 'Locaties',
  registraties: 'Contacten uit een ander systeem',
  capaciteit: 'Capaciteit',
} as const;

export function ImportsPage() {
  usePageTitle('Bestanden inlezen — Registratie beheren');
  const history = useRegistrationImports();
  return (
    <>
      <Paragraph>
        Goede rijen worden altijd opgeslagen; afgewezen rijen ziet u hieronder met het rijnummer en
        de reden, zodat u ze kunt verbeteren en opnieuw inlezen.
      </Paragraph>
      {IMPORT_KINDS.map((soort) => (
        <section key={soort} aria-labelledby={`import-${soort}-kop`} className="mw-section">
          <Heading level={2} id={`import-${soort}-kop`}>
            {KIND_TITLES[soort]}
          </Heading>
          <RegistrationFileImport soort={soort} />
        </section>
      ))}
      <section aria-labelledby="import-geschiedenis-kop" className="mw-section">
        <Heading level={2} id="import-geschiedenis-kop">
          Eerder ingelezen
        </Heading>
        {history.isPending && <LoadingMessage>De lijst wordt geladen…</LoadingMessage>}
        {history.error && <QueryError error={history.error} what="Eerder ingelezen bestanden" />}
        {history.data && history.data.length === 0 && (
          <Paragraph>Er zijn nog geen bestanden ingelezen.</Paragraph>
        )}
        {history.data && history.data.length > 0 && (
          <TableContainer label="Eerder ingelezen bestanden">
            <Table className="mw-table">
              <TableCaption>Eerder ingelezen bestanden</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Ingelezen op</TableHeaderCell>
                  <TableHeaderCell>Soort</TableHeaderCell>
                  <TableHeaderCell>Bestand</TableHeaderCell>
                  <TableHeaderCell className="mw-numeric">Ingelezen</TableHeaderCell>
                  <TableHeaderCell className="mw-numeric">Afgewezen</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {history.data.map((entry) => (
                  <TableRow key={entry.id}>
                    <TableCell>{formatDateTime(entry.ingelezenOp)}</TableCell>
                    <TableCell>{KIND_TITLES[entry.soort]}</TableCell>
                    <TableCell className="mw-break">{entry.bestandsnaam}</TableCell>
                    <TableCell className="mw-numeric">{formatNumber(entry.aanvaard)}</TableCell>
                    <TableCell className="mw-numeric">
                      {entry.afgewezen > 0 ? (
                        <ExternalLink href={importRejectionsHref(entry.id)} download>
                          {formatNumber(entry.afgewezen)}
                          <span className="mw-visually-hidden"> afwijzingen downloaden</span>
                        </ExternalLink>
                      ) : (
                        '0'
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </section>
    </>
  );
}
