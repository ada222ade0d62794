import { useState, type FormEvent } from 'react';
import type { ResponseImportResult } from '../../../../../shared/api/responses.schema.js';
import { messageOf } from '../../../api/errors.js';
import { importResponses } from '../../../api/responses.js';
import { formatNumber } from '../../../lib/format.js';
import { Alert } from '../../Alert.js';
import { Button } from '../../Button.js';
import { FormField } from '../../FormField.js';
import { Paragraph } from '../../Paragraph.js';
import { RejectionTable } from './RejectionTable.js';

/** Forms scanned or typed elsewhere, read in one go; good rows are stored, bad ones listed. */
export function ResponseFileImport({ surveyId }: { surveyId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<ResponseImportResult | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError('Kies een bestand (CSV of Excel).');
      document.getElementById('reactiebestand')?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await importResponses(surveyId, file));
    } catch (failure) {
      setResult(null);
      setError(messageOf(failure));
      document.getElementById('reactiebestand')?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mw-stack">
      <FormField
        id="reactiebestand"
        label="Bestand met ingevulde vragenlijsten"
        description="CSV of Excel, één rij per formulier: code, kanaal en dan per vraag de antwoordcode (kolommen Q1, Q2 …)."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mw-file-input"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <Button type="submit" busy={busy}>
        Bestand inlezen
      </Button>
      {result && (
        <div role="status" className="mw-stack">
          <Alert type={result.afgewezen > 0 ? 'warning' : 'ok'}>
            <Paragraph>
              {formatNumber(result.aanvaard)} formulieren ingelezen,{' '}
              {formatNumber(result.afgewezen)} rijen afgewezen.
            </Paragraph>
          </Alert>
        </div>
      )}
      {result && result.afwijzingen.length > 0 && (
        <RejectionTable caption="Afgewezen rijen uit het bestand" rows={result.afwijzingen} />
      )}
    </form>
  );
}
