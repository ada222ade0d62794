import { useParams } from 'react-router';
import { outcomesCsvHref, useOutcomes, useTeamOutcomes } from '../../api/outcomes.js';
import { PageHeading } from '../../components/Heading.js';
import { ExternalLink } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { OutcomeReportView } from '../../components/outcomes/OutcomeReportView.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/outcomes/outcomes.css';

/** Beleid: the gemeente and every wijkteam (cijfers.lezen). */
export function OutcomesPage() {
  usePageTitle('Uitkomsten');
  const report = useOutcomes();
  return (
    <>
      <PageHeading>Uitkomsten</PageHeading>
      <Paragraph>
        Hoeveel bewoners erop vooruit gingen per leefgebied, per wijkteam en voor de hele gemeente.
      </Paragraph>
      <Paragraph>
        <ExternalLink href={outcomesCsvHref} download>
          Uitkomsten per wijkteam en leefgebied (CSV)
        </ExternalLink>
      </Paragraph>
      {report.isPending ? (
        <LoadingMessage />
      ) : report.isError ? (
        <QueryError error={report.error} what="De uitkomsten" />
      ) : (
        <OutcomeReportView report={report.data} />
      )}
    </>
  );
}

/** A team lead: the outcomes of their own team only. */
export function TeamOutcomesPage() {
  const { id } = useParams();
  const report = useTeamOutcomes(id);
  const name = report.data?.wijkteams[0]?.naam;
  const title = name ? `Uitkomsten ${name}` : 'Uitkomsten wijkteam';
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {report.isPending ? (
        <LoadingMessage />
      ) : report.isError ? (
        <QueryError error={report.error} what="De uitkomsten" />
      ) : (
        <OutcomeReportView report={report.data} teamOnly />
      )}
    </>
  );
}
