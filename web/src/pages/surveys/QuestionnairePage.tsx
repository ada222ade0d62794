import { useQuestionnaire } from '../../api/surveys.js';
import { Heading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { QuestionnaireEditor } from '../../components/surveys/questionnaire/QuestionnaireEditor.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';

export function QuestionnairePage() {
  const { survey } = useSurveyContext();
  usePageTitle(`Vragenlijst — ${survey.naam}`);
  const questionnaire = useQuestionnaire(survey.id);

  return (
    <>
      <section aria-labelledby="vragenlijst-kop" className="mw-section">
        <Heading level={2} id="vragenlijst-kop">
          Vragenlijst
        </Heading>
        <Paragraph>
          Voeg eigen vragen toe en stel in wanneer een vraag gesteld wordt. Elke keer dat u opslaat,
          ontstaat een nieuwe versie.{' '}
          <Link to={`/onderzoeken/${survey.id}/voorbeeld`}>Bekijk het voorbeeld</Link> om de
          opgeslagen versie te zien zoals de inwoner hem ziet.
        </Paragraph>
      </section>
      {questionnaire.isPending && <LoadingMessage>De vragenlijst wordt geladen…</LoadingMessage>}
      {questionnaire.error && <QueryError error={questionnaire.error} what="De vragenlijst" />}
      {questionnaire.data && (
        <QuestionnaireEditor key={survey.id} surveyId={survey.id} loaded={questionnaire.data} />
      )}
    </>
  );
}
