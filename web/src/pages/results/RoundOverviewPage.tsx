import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useResultRounds, useRoundOverview } from '../../api/results.js';
import { useSession } from '../../api/session.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { CountingRuleNote, RoundDownloads } from '../../components/results/Downloads.js';
import { RESULTS_HOME, gemeenteHref } from '../../components/results/links.js';
import { OverviewTable } from '../../components/results/OverviewTable.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/results/results.css';

/** One round: every gemeente × standard question at a glance, and the files. */
export function RoundOverviewPage() {
  const { enqueteId = '' } = useParams();
  const session = useSession();
  const rounds = useResultRounds();
  const overview = useRoundOverview(enqueteId);
  const round = rounds.data?.find((r) => r.id === enqueteId);
  const openable = useMemo(() => new Set((round?.gemeenten ?? []).map((g) => g.cbsCode)), [round]);
  const name = overview.data?.enquete.naam ?? round?.naam ?? 'Resultaten';
  usePageTitle(`Resultaten — ${name}`);

  return (
    <>
      <Paragraph className="mw-back">
        <Link to={RESULTS_HOME}>Alle resultaten</Link>
      </Paragraph>
      <PageHeading>{name}</PageHeading>
      {(overview.isPending || rounds.isPending) && (
        <LoadingMessage>Het overzicht wordt geladen…</LoadingMessage>
      )}
      {overview.error && <QueryError error={overview.error} what="Het overzicht" />}
      {rounds.error && <QueryError error={rounds.error} what="De gemeenten" />}
      {overview.data && rounds.data && (
        <>
          <div className="mw-section">
            <Paragraph>
              {overview.data.enquete.jaar} · {overview.data.gemeenten.length} gemeenten. Het
              percentage positief is het deel van de geldige antwoorden dat (helemaal) mee eens of
              ja is.{' '}
              {openable.size === 0
                ? 'U kunt van geen van deze gemeenten de volledige resultaten openen.'
                : openable.size === overview.data.gemeenten.length
                  ? 'Kies een gemeente voor de volledige resultaten, vergelijkingen en uitsplitsingen.'
                  : `U kunt de volledige resultaten openen van: ${[...(round?.gemeenten ?? [])].map((g) => g.naam).join(', ')}.`}
            </Paragraph>
            <CountingRuleNote rule={overview.data.telregel} />
          </div>
          <section aria-labelledby="overzicht-kop" className="mw-section">
            <Heading level={2} id="overzicht-kop">
              Overzicht per gemeente
            </Heading>
            <OverviewTable
              overview={overview.data}
              openable={openable}
              hrefFor={(cbsCode) => gemeenteHref(enqueteId, cbsCode)}
            />
          </section>
          <RoundDownloads
            enqueteId={enqueteId}
            rule={overview.data.telregel}
            mayDownloadAnswers={session.rechten.includes('onderzoek.uitvoeren')}
          />
        </>
      )}
    </>
  );
}
