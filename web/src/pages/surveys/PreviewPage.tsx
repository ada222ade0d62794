import { useQuestionnaire } from '../../api/surveys.js';
import { Alert } from '../../components/Alert.js';
import { Heading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { QuestionnairePreview } from '../../components/surveys/preview/QuestionnairePreview.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';

export function PreviewPage() {
  const { survey } = useSurveyContext();
  usePageTitle(`Voorbeeld — ${survey.naam}`);
  const questionnaire = useQuestionnaire(survey.id);

  return (
    <section aria-labelledby="voorbeeld-kop" className="mw-section">
      <Heading level={2} id="voorbeeld-kop">
        Voorbeeld
      </Heading>
      <Alert type="info" title="Dit is een voorbeeld">
        <Paragraph>
          Zo ziet de inwoner de vragenlijst. Wat u hier invult, wordt niet opgeslagen en telt niet
          mee. Vragen die door de routing niet gesteld worden, slaat het voorbeeld over.
        </Paragraph>
      </Alert>
      {questionnaire.isPending && <LoadingMessage>De vragenlijst wordt geladen…</LoadingMessage>}
      {questionnaire.error && <QueryError error={questionnaire.error} what="De vragenlijst" />}
      {questionnaire.data && (
        <>
          <Paragraph small className="mw-muted">
            Versie {questionnaire.data.versie} van de vragenlijst.
          </Paragraph>
          <QuestionnairePreview
            key={questionnaire.data.versie}
            questionnaire={questionnaire.data.vragenlijst}
          />
        </>
      )}
    </section>
  );
}
