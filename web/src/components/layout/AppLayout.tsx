import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useSession } from '../../api/session.js';
import { applyTenantTheme } from '../../lib/tenant-theme.js';
import { PageFooter } from '../PageFooter.js';
import { SkipLink } from '../SkipLink.js';
import { MainNav } from './MainNav.js';
import { SiteHeader } from './SiteHeader.js';

/** The frame of every page behind the login. */
export function AppLayout() {
  const themaKleur = useSession().actieveOrganisatie.themaKleur;

  useEffect(() => {
    applyTenantTheme(themaKleur);
    return () => applyTenantTheme(null);
  }, [themaKleur]);

  return (
    <div className="utrecht-page-layout mw-page">
      <SkipLink target="inhoud">Naar de inhoud</SkipLink>
      <SiteHeader />
      <MainNav />
      <main id="inhoud" tabIndex={-1} className="utrecht-page-body mw-main">
        <div className="utrecht-page-body__content">
          <Outlet />
        </div>
      </main>
      <PageFooter />
    </div>
  );
}
