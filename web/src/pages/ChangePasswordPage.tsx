import { useState } from 'react';
import { changePasswordBodySchema } from '../../../shared/api/session.schema.js';
import { changePassword, useSession } from '../api/session.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../forms/ErrorSummary.js';
import { PageHeading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { PasswordField, repeatProblem } from '../components/PasswordField.js';
import { checked, fieldErrorsFromIssues } from '../forms/form-errors.js';
import { useFormSubmit } from '../forms/use-form-submit.js';
import { usePageTitle } from '../lib/use-page-title.js';

const FIELD_IDS = {
  huidigWachtwoord: 'huidig-wachtwoord',
  nieuwWachtwoord: 'nieuw-wachtwoord',
  herhaling: 'nieuw-wachtwoord-herhaling',
};

function validate(huidigWachtwoord: string, nieuwWachtwoord: string, herhaling: string) {
  const body = { huidigWachtwoord, nieuwWachtwoord };
  const parsed = changePasswordBodySchema.safeParse(body);
  const fields = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  const repeat = repeatProblem(nieuwWachtwoord, herhaling);
  if (repeat) fields.herhaling = repeat;
  return checked(fields, () => body);
}

/** Changing one's own password; the only page open when the password must be changed first. */
export function ChangePasswordPage() {
  usePageTitle('Wachtwoord wijzigen');
  const session = useSession();
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    onStart: () => setDone(false),
    validate: () => validate(huidig, nieuw, herhaling),
    send: changePassword,
    onSuccess: () => {
      setHuidig('');
      setNieuw('');
      setHerhaling('');
      setDone(true);
    },
  });
  const errors = form.errors;

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
      <ErrorSummary {...form.summary} title="Uw wachtwoord is nog niet gewijzigd" />
      <form noValidate onSubmit={form.onSubmit} className="mw-form">
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
        <Button type="submit" appearance="primary-action" busy={form.busy}>
          Wachtwoord wijzigen
        </Button>
      </form>
    </>
  );
}
