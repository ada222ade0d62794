import { Outlet } from 'react-router';
import { PageFooter } from '../PageFooter.js';
import { PageHeader } from '../PageHeader.js';
import { SkipLink } from '../SkipLink.js';

/** The frame of the pages before login: no menu, no account. */
export function PublicLayout() {
  return (
    <div className="utrecht-page-layout mw-page">
      <SkipLink target="inhoud">Naar de inhoud</SkipLink>
      <PageHeader>
        <div className="mw-header__brand">
          <span className="mw-header__name">Meetwerk</span>
        </div>
      </PageHeader>
      <main id="inhoud" tabIndex={-1} className="utrecht-page-body mw-main">
        <div className="utrecht-page-body__content mw-narrow">
          <Outlet />
        </div>
      </main>
      <PageFooter />
    </div>
  );
}
