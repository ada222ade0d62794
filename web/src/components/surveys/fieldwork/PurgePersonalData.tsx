import { useState } from 'react';
import type { PurgeResult } from '../../../../../shared/api/invitations.schema.js';
import { messageOf } from '../../../api/errors.js';
import { purgePersonalData } from '../../../api/invitations.js';
import { formatDateTime, formatNumber } from '../../../lib/format.js';
import { Alert } from '../../Alert.js';
import { Button } from '../../Button.js';
import { ConfirmDialog } from '../../ConfirmDialog.js';
import { Paragraph } from '../../Paragraph.js';

/** Removes names and addresses once the letters are out; after a confirmation, for good. */
export function PurgePersonalData({ surveyId }: { surveyId: string }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<PurgeResult | null>(null);

  async function purge() {
    setOpen(false);
    setBusy(true);
    setError(undefined);
    try {
      setResult(await purgePersonalData(surveyId));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mw-stack">
      <Paragraph>
        Zijn alle brieven verstuurd? Verwijder dan de namen en adressen. Gemeente, voorziening en
        geboortejaar blijven voor de tellingen. Late antwoorden tellen nog mee.
      </Paragraph>
      <div>
        <Button busy={busy} onClick={() => setOpen(true)}>
          Namen en adressen verwijderen
        </Button>
      </div>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {result && (
        <Alert type="ok" role="status">
          <Paragraph>
            Verwijderd op {formatDateTime(result.verwijderdOp)}: gegevens van{' '}
            {formatNumber(result.clienten)} cliënten en {formatNumber(result.codes)} codes.
          </Paragraph>
        </Alert>
      )}
      <ConfirmDialog
        open={open}
        title="Namen en adressen verwijderen?"
        confirmLabel="Ja, verwijderen"
        onConfirm={() => void purge()}
        onCancel={() => setOpen(false)}
      >
        <Paragraph>
          Dit kan niet ongedaan worden gemaakt. Daarna kunt u geen brieven of adresbestand meer
          maken voor dit onderzoek.
        </Paragraph>
      </ConfirmDialog>
    </div>
  );
}
