import { NavLink, Outlet } from 'react-router';
import { PageHeading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import '../../components/surveys/surveys.css';
import '../../components/registrations/registrations.css';

/** The parts a beheerder sets up before professionals register; each is a child route. */
export const MANAGEMENT_SECTIONS = [
  { path: '', label: 'Taken en resultaten' },
  { path: 'locaties', label: 'Locaties' },
  { path: 'capaciteit', label: 'Capaciteit' },
  { path: 'bestanden', label: 'Bestanden inlezen' },
  { path: 'instellingen', label: 'Instellingen' },
] as const;

export function ManagementLayout() {
  return (
    <>
      <div className="mw-survey-head">
        <PageHeading>Registratie beheren</PageHeading>
        <Paragraph>
          Wat professionals kunnen registreren, waar ze werken en hoeveel uren er per week zijn.
        </Paragraph>
        <nav aria-label="Onderdelen van registratiebeheer" className="mw-subnav">
          <ul className="mw-subnav__list">
            {MANAGEMENT_SECTIONS.map((section) => (
              <li key={section.path} className="mw-subnav__item">
                <NavLink
                  to={`/registratiebeheer${section.path ? `/${section.path}` : ''}`}
                  end
                  className="utrecht-link utrecht-link--html-a mw-subnav__link"
                >
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Outlet />
    </>
  );
}
