import { PageHeading } from '../components/Heading.js';
import { Link } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../lib/use-page-title.js';

export function NoAccessPage() {
  usePageTitle('Geen toegang');
  return (
    <>
      <PageHeading>Geen toegang</PageHeading>
      <Paragraph>
        U mag deze pagina niet gebruiken met uw rol in deze organisatie. Denkt u dat dit niet klopt?
        Vraag de beheerder van uw organisatie om uw rol aan te passen.
      </Paragraph>
      <Paragraph>
        <Link to="/">Ga naar het overzicht</Link>
      </Paragraph>
    </>
  );
}
