import { NavLink } from 'react-router';
import { useSession } from '../../api/session.js';
import { navItemsFor } from './nav-items.js';

export function MainNav() {
  const session = useSession();
  return (
    <nav aria-label="Hoofdmenu" className="utrecht-nav-bar mw-nav">
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list">
          {navItemsFor(session.rechten).map((item) => (
            <li key={item.to} className="utrecht-nav-list__item">
              <NavLink
                to={item.to}
                end={item.to === '/'}
                className="utrecht-nav-list__link utrecht-link utrecht-link--html-a mw-nav__link"
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
