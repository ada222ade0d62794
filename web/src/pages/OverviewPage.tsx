import { ROLE_LABELS, TENANT_KIND_LABELS } from '../../../shared/auth/roles.js';
import { useSession } from '../api/session.js';
import { Heading, PageHeading } from '../components/Heading.js';
import { Link } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { navItemsFor } from '../components/layout/nav-items.js';
import { usePageTitle } from '../lib/use-page-title.js';

export function OverviewPage() {
  usePageTitle('Overzicht');
  const session = useSession();
  const tenant = session.actieveOrganisatie;
  const pages = navItemsFor(session.rechten).filter((item) => item.to !== '/');

  return (
    <>
      <PageHeading>Overzicht</PageHeading>
      <Paragraph lead>Welkom, {session.account.naam}.</Paragraph>
      <dl className="utrecht-data-list mw-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Organisatie</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {tenant.naam} ({TENANT_KIND_LABELS[tenant.soort]}
            {tenant.cbsCode ? `, ${tenant.cbsCode}` : ''})
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Uw rol</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {ROLE_LABELS[tenant.rol]}
          </dd>
        </div>
        {session.organisaties.length > 1 && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Andere organisaties</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              U werkt voor {session.organisaties.length} organisaties. Kies bovenaan de pagina voor
              welke organisatie u nu werkt.
            </dd>
          </div>
        )}
      </dl>
      <Heading level={2}>Wat u kunt doen</Heading>
      {pages.length ? (
        <ul className="utrecht-link-list utrecht-link-list--html-ul mw-task-list">
          {pages.map((item) => (
            <li key={item.to} className="utrecht-link-list__item">
              <Link to={item.to} className="utrecht-link-list__link">
                {item.label}
              </Link>
              <Paragraph>{item.description}</Paragraph>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>
          Voor uw rol zijn in deze versie van Meetwerk nog geen onderdelen beschikbaar. Heeft u iets
          nodig? Neem contact op met de beheerder van uw organisatie.
        </Paragraph>
      )}
    </>
  );
}
