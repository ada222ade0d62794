import { useResultRounds } from '../../api/results.js';
import { useSession } from '../../api/session.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { roundHref, gemeenteHref } from '../../components/results/links.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/results/results.css';

/** The rounds whose results this organisation may see, newest first. */
export function ResultsPage() {
  usePageTitle('Resultaten');
  const session = useSession();
  const rounds = useResultRounds();

  return (
    <>
      <PageHeading>Resultaten</PageHeading>
      <Paragraph>
        De uitkomsten van het cliëntervaringsonderzoek Wmo die {session.actieveOrganisatie.naam} mag
        inzien: per gemeente het percentage positieve antwoorden, met het aantal antwoorden, de
        onzekerheid en vergelijkingen.
      </Paragraph>
      <section aria-label="Onderzoeksrondes" className="mw-section">
        {rounds.isPending && <LoadingMessage>De resultaten worden geladen…</LoadingMessage>}
        {rounds.error && <QueryError error={rounds.error} what="De resultaten" />}
        {rounds.data && rounds.data.length === 0 && (
          <Paragraph>
            Er zijn nog geen resultaten. Resultaten verschijnen hier zodra een onderzoek reacties
            heeft.
          </Paragraph>
        )}
        {rounds.data && rounds.data.length > 0 && (
          <ul className="mw-round-list">
            {[...rounds.data]
              .sort((a, b) => b.jaar - a.jaar || a.naam.localeCompare(b.naam, 'nl'))
              .map((round) => (
                <li key={round.id} className="mw-round">
                  <Heading level={2} className="mw-round__title">
                    <Link to={roundHref(round.id)}>{round.naam}</Link>
                  </Heading>
                  <Paragraph className="mw-muted">
                    {round.jaar} ·{' '}
                    {round.gemeenten.length === 1
                      ? '1 gemeente die u volledig kunt inzien'
                      : `${round.gemeenten.length} gemeenten die u volledig kunt inzien`}
                  </Paragraph>
                  {round.gemeenten.length > 0 && round.gemeenten.length <= 3 && (
                    <ul className="mw-inline-links">
                      {round.gemeenten.map((g) => (
                        <li key={g.cbsCode}>
                          <Link to={gemeenteHref(round.id, g.cbsCode)}>
                            Resultaten van {g.naam}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
          </ul>
        )}
      </section>
    </>
  );
}
