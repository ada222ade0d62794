import { useState } from 'react';
import type { SurveySummary } from '../../../../shared/api/survey.schema.js';
import { messageOf } from '../../api/errors.js';
import { rememberSurvey, updateSurvey } from '../../api/surveys.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { Heading } from '../Heading.js';
import { Paragraph } from '../Paragraph.js';
import { NEXT_STEP, statusLabel } from './survey-status.js';

const EXPLANATION: Record<SurveySummary['status'], string> = {
  concept: 'Het onderzoek wordt voorbereid. Inwoners kunnen de vragenlijst nog niet invullen.',
  veldwerk: 'Het veldwerk loopt: inwoners kunnen de vragenlijst invullen.',
  gesloten:
    'Het onderzoek is gesloten. Niemand kan de vragenlijst meer invullen. Een gesloten onderzoek kan niet opnieuw open.',
};

export function SurveyStatusPanel({ survey }: { survey: SurveySummary }) {
  const step = NEXT_STEP[survey.status];
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function move() {
    if (!step) return;
    setConfirming(false);
    setBusy(true);
    setMessage(null);
    try {
      rememberSurvey(await updateSurvey(survey.id, { status: step.to }));
      setMessage({ ok: true, text: `De status is nu: ${statusLabel(step.to)}.` });
    } catch (error) {
      setMessage({ ok: false, text: `De status is niet gewijzigd. ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="status-kop" className="mw-section">
      <Heading level={2} id="status-kop">
        Status
      </Heading>
      <Paragraph>
        <strong>{statusLabel(survey.status)}.</strong> {EXPLANATION[survey.status]}
      </Paragraph>
      <div role="status" className="mw-feedback">
        {message?.ok && (
          <Alert type="ok">
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      <div role="alert" className="mw-feedback">
        {message && !message.ok && (
          <Alert type="error">
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
      {step && (
        <Button appearance="primary-action" busy={busy} onClick={() => setConfirming(true)}>
          {step.button}
        </Button>
      )}
      {step && (
        <ConfirmDialog
          open={confirming}
          title={step.confirmTitle}
          confirmLabel={step.confirmLabel}
          onConfirm={() => void move()}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>{step.confirmText}</Paragraph>
        </ConfirmDialog>
      )}
    </section>
  );
}
