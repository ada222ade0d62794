import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Job } from '../../../../../shared/api/jobs.schema.js';
import { startLetters, downloadMailing, type LetterKind } from '../../../api/invitations.js';
import { jobFinished, useJob } from '../../../api/jobs.js';
import { messageOf } from '../../../api/errors.js';
import type { DownloadedFile } from '../../../api/files.js';
import { saveFile } from '../../../api/files.js';
import { useAnnounce } from '../../../lib/announcer.js';
import { formatDateTime, formatNumber } from '../../../lib/format.js';
import { Alert } from '../../Alert.js';
import { Button } from '../../Button.js';
import { Fieldset } from '../../Fieldset.js';
import { FormField } from '../../FormField.js';
import { ExternalLink } from '../../Link.js';
import { Paragraph } from '../../Paragraph.js';
import { Textbox } from '../../Textbox.js';
import { Checkbox, ChoiceField } from '../controls.js';

/** The printing house gets the same people as the PDFs would: invitees or those to remind. */
const MAILINGS = [
  { soort: 'uitnodiging', label: 'Adresbestand uitnodigingen' },
  { soort: 'herinnering', label: 'Adresbestand herinneringen' },
] as const;

interface Made {
  label: string;
  file: DownloadedFile;
  detail: string;
}

/** Describes a finished letters job from the counts in its summary. */
function letterDetail(job: Job): string {
  const letters = job.samenvatting?.brieven;
  const count = letters === undefined ? '?' : formatNumber(Number(letters));
  const missing = Number(job.samenvatting?.zonderAdres ?? 0);
  return missing > 0
    ? `${count} brieven. ${formatNumber(missing)} uitgenodigden hebben geen volledig adres en kregen geen brief.`
    : `${count} brieven.`;
}

/** Starts the browser's "save file" for the job's file: a plain GET with the session cookie. */
function saveJobFile(job: Job): void {
  if (!job.resultaat) return;
  const link = document.createElement('a');
  link.href = job.resultaat.href;
  link.download = job.resultaat.bestandsnaam;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The letters job while it runs: a progress bar, then the file or the reason it failed. */
function LetterJob({ id, label }: { id: string; label: string }) {
  const announce = useAnnounce();
  const { data: job, error } = useJob(id);
  const told = useRef(false);
  const finished = jobFinished(job);
  useEffect(() => {
    if (!job || !finished || told.current) return;
    told.current = true;
    if (job.status === 'klaar') {
      saveJobFile(job);
      announce(`${label} zijn klaar. ${letterDetail(job)}`);
    } else {
      announce(`${label} konden niet worden gemaakt.`);
    }
  }, [job, finished, label, announce]);
  if (error) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{messageOf(error)}</Paragraph>
      </Alert>
    );
  }
  if (!job || !finished) {
    const done = job?.voortgang.gedaan ?? 0;
    const total = job?.voortgang.totaal ?? 0;
    return (
      <div className="mw-stack">
        <Paragraph>
          <label htmlFor={`taak-${id}`}>{label} worden gemaakt</label>
        </Paragraph>
        {/* Without a total yet the bar shows that work goes on, not how far. */}
        <progress id={`taak-${id}`} max={total || undefined} value={total ? done : undefined}>
          {total ? `${formatNumber(done)} van ${formatNumber(total)}` : ''}
        </progress>
        <Paragraph>
          {job?.status === 'wachtend'
            ? 'Wacht op een plek: er loopt nog een andere taak.'
            : (job?.voortgang.stap ?? 'Bezig…')}
        </Paragraph>
        <Paragraph>
          U kunt deze pagina open laten of later terugkomen. De brieven tellen pas als gemaakt als
          de hele PDF klaar is.
        </Paragraph>
      </div>
    );
  }
  if (job.status === 'mislukt') {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{job.reden}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="ok">
      <Paragraph>
        {label}: {letterDetail(job)}{' '}
        {job.resultaat && (
          <ExternalLink href={job.resultaat.href} download={job.resultaat.bestandsnaam}>
            {job.resultaat.bestandsnaam} opslaan
          </ExternalLink>
        )}
      </Paragraph>
      {job.resultaat && (
        <Paragraph>
          Het bestand bevat namen en adressen en wordt bewaard tot{' '}
          {formatDateTime(job.resultaat.beschikbaarTot)}.
        </Paragraph>
      )}
    </Alert>
  );
}

/**
 * Letters and the mailing file. Letters are a background job (a round can have 23,000): the
 * POST starts it, the job is followed until its PDF can be saved. The mailing file is quick and
 * is fetched at once.
 */
export function LetterDownloads({ surveyId }: { surveyId: string }) {
  const announce = useAnnounce();
  const [telefoon, setTelefoon] = useState('');
  const [antwoordVoor, setAntwoordVoor] = useState('');
  const [again, setAgain] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [made, setMade] = useState<Made | null>(null);
  const [letterJob, setLetterJob] = useState<{ id: string; label: string } | null>(null);

  // An object URL holds the whole PDF in memory until it is revoked.
  useEffect(
    () => () => {
      if (made) URL.revokeObjectURL(made.file.url);
    },
    [made],
  );

  async function run(
    label: string,
    make: () => Promise<DownloadedFile>,
    describe: (f: DownloadedFile) => string,
  ) {
    setBusy(label);
    setError(undefined);
    try {
      const file = await make();
      const next = { label, file, detail: describe(file) };
      setMade(next);
      saveFile(file);
      announce(`${label} is klaar. ${next.detail}`);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }

  async function letters(kind: LetterKind, label: string) {
    const settings = {
      ...(telefoon.trim() ? { telefoon: telefoon.trim() } : {}),
      ...(antwoordVoor ? { antwoordVoor } : {}),
    };
    setBusy(label);
    setError(undefined);
    try {
      const job = await startLetters(surveyId, kind, settings, again);
      setLetterJob({ id: job.id, label });
      announce(`${label} worden gemaakt.`);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <form onSubmit={(event: FormEvent) => event.preventDefault()} noValidate className="mw-stack">
      <Fieldset legend="In de brief">
        <FormField
          id="brief-telefoon"
          label="Telefoonnummer voor hulp en een papieren vragenlijst"
          description="Staat in de brief. Nodig bij de eerste brieven; daarna bewaard voor de volgende."
        >
          {(control) => (
            <Textbox
              {...control}
              type="tel"
              autoComplete="off"
              value={telefoon}
              onChange={(e) => setTelefoon(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="brief-antwoord-voor" label="Graag antwoorden vóór (niet verplicht)">
          {(control) => (
            <Textbox
              {...control}
              type="date"
              className="mw-date-input"
              value={antwoordVoor}
              onChange={(e) => setAntwoordVoor(e.target.value)}
            />
          )}
        </FormField>
        <ChoiceField
          id="brief-opnieuw"
          label="Ook brieven die al gemaakt zijn"
          description="Bijvoorbeeld als de drukker een bestand kwijt is. Wie al antwoordde, krijgt geen brief."
        >
          <Checkbox
            id="brief-opnieuw"
            checked={again}
            onChange={(e) => setAgain(e.target.checked)}
          />
        </ChoiceField>
      </Fieldset>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div className="mw-button-row">
        <Button
          appearance="primary-action"
          busy={busy === 'Uitnodigingsbrieven'}
          onClick={() => void letters('brieven', 'Uitnodigingsbrieven')}
        >
          Uitnodigingsbrieven (PDF)
        </Button>
        <Button
          busy={busy === 'Herinneringsbrieven'}
          onClick={() => void letters('herinneringen', 'Herinneringsbrieven')}
        >
          Herinneringsbrieven (PDF)
        </Button>
        {MAILINGS.map((mailing) => (
          <Button
            key={mailing.soort}
            busy={busy === mailing.label}
            onClick={() =>
              void run(
                mailing.label,
                () => downloadMailing(surveyId, mailing.soort),
                () =>
                  'Voor de drukkerij: puntkomma-gescheiden, met de code en de link per persoon.',
              )
            }
          >
            {mailing.label} (CSV)
          </Button>
        ))}
      </div>
      {letterJob && <LetterJob key={letterJob.id} id={letterJob.id} label={letterJob.label} />}
      {made && (
        <Alert type="ok">
          <Paragraph>
            {made.label}: {made.detail}{' '}
            <ExternalLink href={made.file.url} download={made.file.fileName}>
              {made.file.fileName} opslaan
            </ExternalLink>
          </Paragraph>
        </Alert>
      )}
    </form>
  );
}
