import { useNavigate } from 'react-router';
import type { SurveySummary } from '../../../../shared/api/survey.schema.js';
import { useSession } from '../../api/session.js';
import { rememberSurvey, useSurveys } from '../../api/surveys.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { NewSurveyForm } from '../../components/surveys/NewSurveyForm.js';
import { SurveyTable } from '../../components/surveys/SurveyTable.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import '../../components/surveys/surveys.css';

export function SurveysPage() {
  usePageTitle('Onderzoeken');
  const session = useSession();
  const surveys = useSurveys();
  const navigate = useNavigate();

  function created(survey: SurveySummary) {
    rememberSurvey(survey);
    void navigate(`/onderzoeken/${survey.id}`);
  }

  return (
    <>
      <PageHeading>Onderzoeken</PageHeading>
      <Paragraph>
        Het cliëntervaringsonderzoek Wmo en andere onderzoeken van {session.actieveOrganisatie.naam}
        . Elk jaar is een nieuwe ronde.
      </Paragraph>

      <section aria-label="Alle onderzoeken" className="mw-section">
        {surveys.isPending && <LoadingMessage>De onderzoeken worden geladen…</LoadingMessage>}
        {surveys.error && <QueryError error={surveys.error} what="De onderzoeken" />}
        {surveys.data && surveys.data.length === 0 && (
          <Paragraph>Er zijn nog geen onderzoeken. Maak hieronder het eerste aan.</Paragraph>
        )}
        {surveys.data && surveys.data.length > 0 && (
          <SurveyTable
            surveys={surveys.data}
            caption={`Onderzoeken van ${session.actieveOrganisatie.naam} (${surveys.data.length})`}
          />
        )}
      </section>

      <section aria-labelledby="nieuw-onderzoek-kop" className="mw-section mw-narrow">
        <Heading level={2} id="nieuw-onderzoek-kop">
          Nieuw onderzoek
        </Heading>
        <NewSurveyForm onCreated={created} />
      </section>
    </>
  );
}
