import { useEffect, useState, type FormEvent } from 'react';
import { downloadLetters, downloadMailing, type LetterKind } from '../../../api/invitations.js';
import { messageOf } from '../../../api/errors.js';
import type { DownloadedFile } from '../../../api/files.js';
import { saveFile } from '../../../api/files.js';
import { useAnnounce } from '../../../lib/announcer.js';
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

/** Describes a letters PDF from the counts the server puts in its headers. */
function letterDetail(file: DownloadedFile): string {
  const count = file.headers.get('X-Aantal-Brieven') ?? '?';
  const missing = Number(file.headers.get('X-Zonder-Adres') ?? '0');
  return missing > 0
    ? `${count} brieven. ${missing} uitgenodigden hebben geen volledig adres en kregen geen brief.`
    : `${count} brieven.`;
}

/**
 * Letters and the mailing file. They are made by POST (letters mark who got one), so a plain
 * link cannot fetch them: we fetch with the session's CSRF token and offer the result to save.
 */
export function LetterDownloads({ surveyId }: { surveyId: string }) {
  const announce = useAnnounce();
  const [telefoon, setTelefoon] = useState('');
  const [antwoordVoor, setAntwoordVoor] = useState('');
  const [again, setAgain] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [made, setMade] = useState<Made | null>(null);

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

  function letters(kind: LetterKind, label: string) {
    const settings = {
      ...(telefoon.trim() ? { telefoon: telefoon.trim() } : {}),
      ...(antwoordVoor ? { antwoordVoor } : {}),
    };
    void run(label, () => downloadLetters(surveyId, kind, settings, again), letterDetail);
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
          onClick={() => letters('brieven', 'Uitnodigingsbrieven')}
        >
          Uitnodigingsbrieven (PDF)
        </Button>
        <Button
          busy={busy === 'Herinneringsbrieven'}
          onClick={() => letters('herinneringen', 'Herinneringsbrieven')}
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
