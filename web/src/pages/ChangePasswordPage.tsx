import { useState, type FormEvent } from 'react';
import { changePasswordBodySchema } from '../../../shared/api/session.schema.js';
import { changePassword, useSession } from '../api/session.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { PasswordField, repeatProblem } from '../components/PasswordField.js';
import {
  NO_ERRORS,
  fieldErrorsFromIssues,
  formErrorsFromApi,
  type FieldErrors,
  type FormErrors,
} from '../lib/form-errors.js';
import { usePageTitle } from '../lib/use-page-title.js';

const FIELD_IDS = {
  huidigWachtwoord: 'huidig-wachtwoord',
  nieuwWachtwoord: 'nieuw-wachtwoord',
  herhaling: 'nieuw-wachtwoord-herhaling',
};

function validate(
  huidigWachtwoord: string,
  nieuwWachtwoord: string,
  herhaling: string,
): FieldErrors {
  const parsed = changePasswordBodySchema.safeParse({ huidigWachtwoord, nieuwWachtwoord });
  const fields = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  const repeat = repeatProblem(nieuwWachtwoord, herhaling);
  if (repeat) fields.herhaling = repeat;
  return fields;
}

/** Changing one's own password; the only page open when the password must be changed first. */
export function ChangePasswordPage() {
  usePageTitle('Wachtwoord wijzigen');
  const session = useSession();
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const fields = validate(huidig, nieuw, herhaling);
    if (Object.keys(fields).length) return fail({ fields });
    setBusy(true);
    try {
      await changePassword({ huidigWachtwoord: huidig, nieuwWachtwoord: nieuw });
      setErrors(NO_ERRORS);
      setHuidig('');
      setNieuw('');
      setHerhaling('');
      setDone(true);
    } catch (error) {
      fail(formErrorsFromApi(error, ['huidigWachtwoord', 'nieuwWachtwoord']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>Wachtwoord wijzigen</PageHeading>
      {session.moetWachtwoordWijzigen && (
        <Alert type="warning">
          <Paragraph>
            U bent ingelogd met een wachtwoord dat iemand anders heeft gezien. Kies eerst een eigen
            wachtwoord. Daarna kunt u verder.
          </Paragraph>
        </Alert>
      )}
      {done && (
        <Alert type="ok">
          <Paragraph>
            Uw wachtwoord is gewijzigd. Op andere apparaten bent u nu uitgelogd.
          </Paragraph>
        </Alert>
      )}
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="Uw wachtwoord is nog niet gewijzigd"
      />
      <form noValidate onSubmit={(event) => void submit(event)} className="mw-form">
        <PasswordField
          id={FIELD_IDS.huidigWachtwoord}
          label="Huidig wachtwoord"
          name="huidigWachtwoord"
          autoComplete="current-password"
          value={huidig}
          onChange={setHuidig}
          error={errors.fields.huidigWachtwoord}
        />
        <PasswordField
          id={FIELD_IDS.nieuwWachtwoord}
          label="Nieuw wachtwoord"
          name="nieuwWachtwoord"
          autoComplete="new-password"
          isNew
          value={nieuw}
          onChange={setNieuw}
          error={errors.fields.nieuwWachtwoord}
        />
        <PasswordField
          id={FIELD_IDS.herhaling}
          label="Herhaal het nieuwe wachtwoord"
          name="herhaling"
          autoComplete="new-password"
          value={herhaling}
          onChange={setHerhaling}
          error={errors.fields.herhaling}
        />
        <Button type="submit" appearance="primary-action" busy={busy}>
          Wachtwoord wijzigen
        </Button>
      </form>
    </>
  );
}
