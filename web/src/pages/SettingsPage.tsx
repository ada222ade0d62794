import { useSession } from '../api/session.js';
import { useTenantSettings } from '../api/tenants.js';
import { PageHeading } from '../components/Heading.js';
import { LoadingMessage } from '../components/LoadingMessage.js';
import { Paragraph } from '../components/Paragraph.js';
import { QueryError } from '../components/QueryError.js';
import { SettingsForm } from '../components/settings/SettingsForm.js';
import { usePageTitle } from '../lib/use-page-title.js';

export function SettingsPage() {
  usePageTitle('Instellingen');
  const tenantId = useSession().actieveOrganisatie.id;
  const settings = useTenantSettings(tenantId);

  return (
    <>
      <PageHeading>Instellingen</PageHeading>
      <Paragraph>Deze instellingen gelden voor iedereen in uw organisatie.</Paragraph>
      {settings.isPending && <LoadingMessage>De instellingen worden geladen…</LoadingMessage>}
      {settings.error && <QueryError error={settings.error} what="De instellingen" />}
      {settings.data && <SettingsForm key={settings.data.id} settings={settings.data} />}
    </>
  );
}
