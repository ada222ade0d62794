import { useState } from 'react';
import type { RegistrationCode } from '../../../../shared/api/registrations.schema.js';
import { messageOf } from '../../api/errors.js';
import { setRegistrationCodeActive, useRegistrationCodes } from '../../api/registrations.js';
import { Alert, type AlertType } from '../../components/Alert.js';
import { Heading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { CodeTable } from '../../components/registrations/CodeTable.js';
import { NewCodeForm } from '../../components/registrations/NewCodeForm.js';
import { usePageTitle } from '../../lib/use-page-title.js';

export function CodesPage() {
  usePageTitle('Taken en resultaten — Registratie beheren');
  const codes = useRegistrationCodes();
  const [feedback, setFeedback] = useState<{ type: AlertType; text: string } | null>(null);
  const [busyCode, setBusyCode] = useState<string | null>(null);

  async function toggle(code: RegistrationCode) {
    setBusyCode(code.code);
    setFeedback(null);
    try {
      const saved = await setRegistrationCodeActive(code.code, !code.actief);
      setFeedback({
        type: 'ok',
        text: saved.actief
          ? `${saved.naam} kan weer worden gekozen.`
          : `${saved.naam} is uitgezet: nieuwe contacten kunnen deze code niet meer kiezen; eerdere contacten houden hem.`,
      });
    } catch (error) {
      setFeedback({ type: 'error', text: `Dat is niet gelukt. ${messageOf(error)}` });
    } finally {
      setBusyCode(null);
    }
  }

  return (
    <>
      <section aria-labelledby="codes-kop" className="mw-section">
        <Heading level={2} id="codes-kop">
          Taken en resultaten
        </Heading>
        <Paragraph>
          De standaardcodes zijn in elke gemeente hetzelfde, zodat cijfers te vergelijken zijn. U
          kunt een standaardcode uitzetten, maar niet hernoemen of anders definiëren. Eigen codes
          beginnen met L-.
        </Paragraph>
        <div aria-live="polite">
          {feedback && (
            <Alert type={feedback.type}>
              <Paragraph>{feedback.text}</Paragraph>
            </Alert>
          )}
        </div>
        {codes.isPending && <LoadingMessage>De codes worden geladen…</LoadingMessage>}
        {codes.error && <QueryError error={codes.error} what="De codes" />}
        {codes.data && (
          <>
            <CodeTable
              caption="Taken"
              codes={codes.data.taken}
              busyCode={busyCode}
              onToggle={(code) => void toggle(code)}
            />
            <CodeTable
              caption="Resultaten"
              codes={codes.data.resultaten}
              busyCode={busyCode}
              onToggle={(code) => void toggle(code)}
            />
          </>
        )}
      </section>
      <section aria-labelledby="nieuwe-code-kop" className="mw-section">
        <Heading level={2} id="nieuwe-code-kop">
          Eigen code toevoegen
        </Heading>
        <NewCodeForm onAdded={(text) => setFeedback({ type: 'ok', text })} />
      </section>
    </>
  );
}
