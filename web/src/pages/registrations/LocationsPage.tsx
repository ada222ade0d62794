import { useState } from 'react';
import type { Location } from '../../../../shared/api/registrations.schema.js';
import { messageOf } from '../../api/errors.js';
import { updateLocation, useLocations } from '../../api/registrations.js';
import { Alert, type AlertType } from '../../components/Alert.js';
import { Heading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { LocationTable } from '../../components/registrations/LocationTable.js';
import { NewLocationForm } from '../../components/registrations/NewLocationForm.js';
import { usePageTitle } from '../../lib/use-page-title.js';

export function LocationsPage() {
  usePageTitle('Locaties — Registratie beheren');
  const locations = useLocations();
  const [feedback, setFeedback] = useState<{ type: AlertType; text: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function toggle(location: Location) {
    setBusyId(location.id);
    setFeedback(null);
    try {
      const saved = await updateLocation(location.id, { actief: !location.actief });
      setFeedback({
        type: 'ok',
        text: saved.actief
          ? `${saved.naam} is weer open voor registraties.`
          : `${saved.naam} is gesloten: er kunnen geen nieuwe contacten meer op worden geregistreerd.`,
      });
    } catch (error) {
      setFeedback({ type: 'error', text: `Dat is niet gelukt. ${messageOf(error)}` });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <>
      <section aria-labelledby="locaties-kop" className="mw-section">
        <Heading level={2} id="locaties-kop">
          Locaties
        </Heading>
        <Paragraph>
          Wijkcentra en servicepunten, per stadsdeel. Een gesloten locatie blijft in de cijfers over
          de tijd dat ze open was.
        </Paragraph>
        <div aria-live="polite">
          {feedback && (
            <Alert type={feedback.type}>
              <Paragraph>{feedback.text}</Paragraph>
            </Alert>
          )}
        </div>
        {locations.isPending && <LoadingMessage>De locaties worden geladen…</LoadingMessage>}
        {locations.error && <QueryError error={locations.error} what="De locaties" />}
        {locations.data &&
          (locations.data.locaties.length === 0 ? (
            <Paragraph>
              Er zijn nog geen locaties. Voeg ze hieronder toe of lees een bestand in.
            </Paragraph>
          ) : (
            <LocationTable
              locations={locations.data.locaties}
              busyId={busyId}
              onToggle={(location) => void toggle(location)}
            />
          ))}
      </section>
      <section aria-labelledby="nieuwe-locatie-kop" className="mw-section">
        <Heading level={2} id="nieuwe-locatie-kop">
          Locatie toevoegen
        </Heading>
        <NewLocationForm
          stadsdelen={locations.data?.stadsdelen ?? []}
          onAdded={(text) => setFeedback({ type: 'ok', text })}
        />
      </section>
    </>
  );
}
