import { useFieldworkProgress } from '../../api/responses.js';
import { Heading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import {
  ProgressPerDay,
  ProgressPerGemeente,
  RatePerGemeentePerDay,
} from '../../components/surveys/fieldwork/ProgressTables.js';
import { ResponsesPerDayChart } from '../../components/surveys/fieldwork/ResponsesPerDayChart.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';
import '../../components/surveys/fieldwork/fieldwork.css';

export function ProgressPage() {
  const { survey } = useSurveyContext();
  usePageTitle(`Voortgang — ${survey.naam}`);
  const progress = useFieldworkProgress(survey.id);

  return (
    <section aria-labelledby="voortgang-kop" className="mw-section">
      <Heading level={2} id="voortgang-kop">
        Voortgang
      </Heading>
      {progress.isPending && <LoadingMessage>De voortgang wordt geladen…</LoadingMessage>}
      {progress.error && <QueryError error={progress.error} what="De voortgang" />}
      {progress.data && (
        <>
          <ProgressPerGemeente progress={progress.data} />
          <section aria-labelledby="per-dag-kop" className="mw-section">
            <Heading level={3} id="per-dag-kop">
              Reacties en respons per dag
            </Heading>
            {progress.data.perDag.length === 0 ? (
              <Paragraph>Er zijn nog geen reacties.</Paragraph>
            ) : (
              <div className="mw-chart-and-table">
                <ResponsesPerDayChart days={progress.data.perDag} />
                <ProgressPerDay days={progress.data.perDag} />
                <RatePerGemeentePerDay progress={progress.data} />
              </div>
            )}
          </section>
        </>
      )}
    </section>
  );
}
