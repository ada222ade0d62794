import { NavLink } from 'react-router';
import type { SurveySummary } from '../../../../shared/api/survey.schema.js';
import { sectionHref, sectionsFor } from '../../pages/surveys/survey-sections.js';

/** The parts of one round; the current one is marked by weight and a bar, not colour alone. */
export function SurveySubNav({ survey }: { survey: SurveySummary }) {
  return (
    <nav aria-label="Onderdelen van dit onderzoek" className="mw-subnav">
      <ul className="mw-subnav__list">
        {sectionsFor(survey).map((section) => (
          <li key={section.path} className="mw-subnav__item">
            <NavLink
              to={sectionHref(survey.id, section)}
              end
              className="utrecht-link utrecht-link--html-a mw-subnav__link"
            >
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
