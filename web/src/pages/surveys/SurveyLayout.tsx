import { Outlet, useParams } from 'react-router';
import { useSurvey } from '../../api/surveys.js';
import { PageHeading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { SurveyStatusBadge } from '../../components/surveys/SurveyStatusBadge.js';
import { SurveySubNav } from '../../components/surveys/SurveySubNav.js';
import type { SurveyContext } from './survey-context.js';
import '../../components/surveys/surveys.css';

/**
 * The hub of one round: its name as the h1, the sub-navigation, and the chosen part below.
 * Each part is a child route and gets the round through the outlet context.
 */
export function SurveyLayout() {
  const { id = '' } = useParams();
  const survey = useSurvey(id);

  if (survey.isPending) return <LoadingMessage>Het onderzoek wordt geladen…</LoadingMessage>;
  if (survey.error) {
    return (
      <>
        <PageHeading>Onderzoek</PageHeading>
        <QueryError error={survey.error} what="De gegevens van dit onderzoek" />
        <Paragraph>
          <Link to="/onderzoeken">Terug naar alle onderzoeken</Link>
        </Paragraph>
      </>
    );
  }
  const context: SurveyContext = { survey: survey.data };
  return (
    <>
      <div className="mw-survey-head">
        <Paragraph className="mw-back">
          <Link to="/onderzoeken">Alle onderzoeken</Link>
        </Paragraph>
        <PageHeading>{survey.data.naam}</PageHeading>
        <Paragraph>
          {survey.data.jaar} · <SurveyStatusBadge status={survey.data.status} />
        </Paragraph>
        <SurveySubNav survey={survey.data} />
      </div>
      <Outlet context={context} />
    </>
  );
}
