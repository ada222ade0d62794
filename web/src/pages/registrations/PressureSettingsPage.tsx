import { usePressureSettings } from '../../api/registrations.js';
import { Heading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { PressureSettingsForm } from '../../components/registrations/PressureSettingsForm.js';
import { usePageTitle } from '../../lib/use-page-title.js';

export function PressureSettingsPage() {
  usePageTitle('Instellingen — Registratie beheren');
  const settings = usePressureSettings();
  return (
    <section aria-labelledby="instellingen-kop" className="mw-section">
      <Heading level={2} id="instellingen-kop">
        Instellingen
      </Heading>
      <Paragraph>
        Hoe het werkdrukdashboard rekent. Gemeenten die de standaard houden, zijn onderling het best
        te vergelijken.
      </Paragraph>
      {settings.isPending && <LoadingMessage>De instellingen worden geladen…</LoadingMessage>}
      {settings.error && <QueryError error={settings.error} what="De instellingen" />}
      {settings.data && (
        <PressureSettingsForm key={String(settings.dataUpdatedAt)} settings={settings.data} />
      )}
    </section>
  );
}
