import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { LetterDownloads } from '../../components/surveys/fieldwork/LetterDownloads.js';
import { PurgePersonalData } from '../../components/surveys/fieldwork/PurgePersonalData.js';
import { formatNumber } from '../../lib/format.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';
import '../../components/surveys/fieldwork/fieldwork.css';

export function InvitationsPage() {
  const { survey } = useSurveyContext();
  usePageTitle(`Uitnodigingen — ${survey.naam}`);
  return (
    <section aria-labelledby="uitnodigingen-kop" className="mw-section">
      <Heading level={2} id="uitnodigingen-kop">
        Uitnodigingen
      </Heading>
      <Paragraph>
        {formatNumber(survey.aantalUitgenodigd)} mensen uitgenodigd. Elke brief heeft een
        persoonlijke code en QR-code. Herinneringen gaan naar wie {survey.herinneringNaDagen} dagen
        na de uitnodiging nog niet heeft geantwoord.
      </Paragraph>
      <section aria-labelledby="brieven-kop" className="mw-section">
        <Heading level={3} id="brieven-kop">
          Brieven en adresbestand
        </Heading>
        <LetterDownloads surveyId={survey.id} />
      </section>
      <section aria-labelledby="verwijderen-kop" className="mw-section">
        <Heading level={3} id="verwijderen-kop">
          Namen en adressen verwijderen
        </Heading>
        <PurgePersonalData surveyId={survey.id} />
      </section>
    </section>
  );
}
