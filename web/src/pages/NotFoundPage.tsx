import { PageHeading } from '../components/Heading.js';
import { Link } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../lib/use-page-title.js';

export function NotFoundPage() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <PageHeading>Pagina niet gevonden</PageHeading>
      <Paragraph>
        Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt, of is de pagina
        verplaatst.
      </Paragraph>
      <Paragraph>
        <Link to="/">Ga naar het overzicht</Link>
      </Paragraph>
    </>
  );
}
