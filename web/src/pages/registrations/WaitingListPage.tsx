import { useMemo, useState } from 'react';
import type {
  RegistrationForm,
  WaitingRequest,
} from '../../../../shared/api/registrations.schema.js';
import { daysBetween, isValidDay } from '../../../../shared/registrations/iso-week.js';
import {
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
  type RequestStatus,
} from '../../../../shared/registrations/vocabulary.js';
import { messageOf } from '../../api/errors.js';
import {
  updateWaitingRequest,
  useRegistrationForm,
  useWaitingList,
} from '../../api/registrations.js';
import { Alert, type AlertType } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormField } from '../../components/FormField.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { Select } from '../../components/Select.js';
import { formatDay } from '../../components/registrations/dates.js';
import { WaitingRequestForm } from '../../components/registrations/WaitingRequestForm.js';
import {
  WaitingRequestTable,
  WaitingSummaryTable,
} from '../../components/registrations/WaitingTables.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { DateField } from '../../forms/DateField.js';
import '../../components/registrations/registrations.css';

export function WaitingListPage() {
  usePageTitle('Wachtlijst');
  const form = useRegistrationForm();
  return (
    <>
      <PageHeading>Wachtlijst</PageHeading>
      <Paragraph lead>
        Inwoners die om hulp vroegen die nog niet kon beginnen. De wachttijd telt vanaf de datum van
        de aanvraag tot de hulp start.
      </Paragraph>
      {form.isPending && <LoadingMessage>De locaties worden geladen…</LoadingMessage>}
      {form.error && <QueryError error={form.error} what="De locaties en taken" />}
      {form.data && <WaitingList data={form.data} />}
    </>
  );
}

interface Closing {
  request: WaitingRequest;
  status: 'gestart' | 'vervallen';
}

function WaitingList({ data }: { data: RegistrationForm }) {
  const [locatie, setLocatie] = useState(data.laatsteLocatie ?? '');
  const [status, setStatus] = useState<RequestStatus | ''>('wachtend');
  const list = useWaitingList(locatie || undefined, status || undefined);
  const [feedback, setFeedback] = useState<{ type: AlertType; text: string } | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [closeDate, setCloseDate] = useState(data.vandaag);
  const [closeError, setCloseError] = useState<string | undefined>();
  const [busyId, setBusyId] = useState<string | null>(null);

  const taskNames = useMemo(
    () => Object.fromEntries(data.taken.map((t) => [t.code, t.naam])),
    [data.taken],
  );
  const locationNames = useMemo(
    () => Object.fromEntries(data.locaties.map((l) => [l.code, l.naam])),
    [data.locaties],
  );

  function startClosing(request: WaitingRequest, next: Closing['status']) {
    setCloseDate(data.vandaag);
    setCloseError(undefined);
    setClosing({ request, status: next });
  }

  async function confirmClosing() {
    if (!closing) return;
    if (!isValidDay(closeDate))
      return setCloseError('Vul een bestaande datum in, zoals 2026-03-05.');
    if (daysBetween(data.vandaag, closeDate) > 0)
      return setCloseError('De datum ligt in de toekomst.');
    if (daysBetween(closing.request.aanvraagdatum, closeDate) < 0)
      return setCloseError('De datum ligt voor de datum van de aanvraag.');
    const { request, status: next } = closing;
    setClosing(null);
    setBusyId(request.id);
    try {
      await updateWaitingRequest(request.id, {
        status: next,
        ...(next === 'gestart' ? { startdatum: closeDate } : { vervallenOp: closeDate }),
      });
      const word = next === 'gestart' ? 'gestart' : 'vervallen';
      setFeedback({
        type: 'ok',
        text: `De aanvraag voor ${taskNames[request.taak] ?? request.taak} van ${formatDay(request.aanvraagdatum)} is ${word} op ${formatDay(closeDate)}.`,
      });
    } catch (error) {
      setFeedback({ type: 'error', text: `Dat is niet gelukt. ${messageOf(error)}` });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <>
      <section aria-labelledby="nieuwe-aanvraag-kop" className="mw-section">
        <Heading level={2} id="nieuwe-aanvraag-kop">
          Aanvraag toevoegen
        </Heading>
        <WaitingRequestForm
          locations={data.locaties}
          tasks={data.taken}
          today={data.vandaag}
          locatie={locatie}
          onLocationChange={setLocatie}
          onAdded={(text) => setFeedback({ type: 'ok', text })}
        />
      </section>
      <div aria-live="polite">
        {feedback && (
          <Alert type={feedback.type}>
            <Paragraph>{feedback.text}</Paragraph>
          </Alert>
        )}
      </div>
      <section aria-labelledby="wachtlijst-kop" className="mw-section">
        <Heading level={2} id="wachtlijst-kop">
          {locatie
            ? `Wachtlijst van ${locationNames[locatie] ?? locatie}`
            : 'Wachtlijst van alle locaties'}
        </Heading>
        <FormField id="wachtlijst-status" label="Welke aanvragen">
          {(control) => (
            <Select
              {...control}
              className="mw-auto-width"
              value={status}
              onChange={(event) => setStatus(event.target.value as RequestStatus | '')}
            >
              {REQUEST_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {REQUEST_STATUS_LABELS[value]}
                </option>
              ))}
              <option value="">Alle aanvragen</option>
            </Select>
          )}
        </FormField>
        {list.isPending && <LoadingMessage>De wachtlijst wordt geladen…</LoadingMessage>}
        {list.error && <QueryError error={list.error} what="De wachtlijst" />}
        {list.data && (
          <>
            {list.data.samenvatting.length > 0 && (
              <WaitingSummaryTable rows={list.data.samenvatting} locationNames={locationNames} />
            )}
            {list.data.aanvragen.length === 0 ? (
              <Paragraph>Er zijn geen aanvragen met deze status.</Paragraph>
            ) : (
              <WaitingRequestTable
                requests={list.data.aanvragen}
                taskNames={taskNames}
                locationNames={locationNames}
                busyId={busyId}
                showLocation={!locatie}
                onClose={startClosing}
              />
            )}
          </>
        )}
      </section>
      <ConfirmDialog
        open={closing !== null}
        title={closing?.status === 'gestart' ? 'Hulp gestart' : 'Aanvraag vervallen'}
        confirmLabel={closing?.status === 'gestart' ? 'Gestart' : 'Vervallen'}
        onConfirm={() => void confirmClosing()}
        onCancel={() => setClosing(null)}
      >
        {closing && (
          <>
            <Paragraph>
              {taskNames[closing.request.taak] ?? closing.request.taak}, aangevraagd op{' '}
              {formatDay(closing.request.aanvraagdatum)}.
            </Paragraph>
            <DateField
              id="afhandel-datum"
              label={
                closing.status === 'gestart'
                  ? 'Datum waarop de hulp startte'
                  : 'Datum waarop de aanvraag verviel'
              }
              error={closeError}
              max={data.vandaag}
              value={closeDate}
              onChange={setCloseDate}
            />
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
