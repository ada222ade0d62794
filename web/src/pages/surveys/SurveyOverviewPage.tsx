import { Heading } from '../../components/Heading.js';
import { Link } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { SurveyFacts } from '../../components/surveys/SurveyFacts.js';
import { SurveySettingsForm } from '../../components/surveys/SurveySettingsForm.js';
import { SurveyStatusPanel } from '../../components/surveys/SurveyStatusPanel.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';
import { sectionHref, sectionsFor } from './survey-sections.js';

export function SurveyOverviewPage() {
  const { survey } = useSurveyContext();
  usePageTitle(survey.naam);
  const parts = sectionsFor(survey).filter((section) => section.path !== '');

  return (
    <>
      <section aria-labelledby="samenvatting-kop" className="mw-section">
        <Heading level={2} id="samenvatting-kop">
          Samenvatting
        </Heading>
        <SurveyFacts survey={survey} />
      </section>

      <section aria-labelledby="onderdelen-kop" className="mw-section">
        <Heading level={2} id="onderdelen-kop">
          Wat u hier kunt doen
        </Heading>
        <ul className="utrecht-link-list utrecht-link-list--html-ul mw-task-list">
          {parts.map((section) => (
            <li key={section.path} className="utrecht-link-list__item">
              <Link to={sectionHref(survey.id, section)} className="utrecht-link-list__link">
                {section.label}
              </Link>
              <Paragraph>{section.description}</Paragraph>
            </li>
          ))}
        </ul>
      </section>

      <SurveyStatusPanel survey={survey} />
      {/* Keyed by the round, so opening another round starts the form afresh. */}
      <SurveySettingsForm key={survey.id} survey={survey} />
    </>
  );
}
