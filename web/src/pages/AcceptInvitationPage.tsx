import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { acceptInvitationBodySchema } from '../../../shared/api/session.schema.js';
import { acceptInvitation } from '../api/session.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/Heading.js';
import { Link } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { PasswordField, repeatProblem } from '../components/PasswordField.js';
import type { LoginState } from '../components/layout/RequireSession.js';
import {
  NO_ERRORS,
  fieldErrorsFromIssues,
  formErrorsFromApi,
  type FieldErrors,
  type FormErrors,
} from '../lib/form-errors.js';
import { usePageTitle } from '../lib/use-page-title.js';

const FIELD_IDS = { wachtwoord: 'wachtwoord', herhaling: 'wachtwoord-herhaling' };

function validate(token: string, wachtwoord: string, herhaling: string): FieldErrors {
  const parsed = acceptInvitationBodySchema.safeParse({ token, wachtwoord });
  const fields = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  const repeat = repeatProblem(wachtwoord, herhaling);
  if (repeat) fields.herhaling = repeat;
  return fields;
}

export function AcceptInvitationPage() {
  usePageTitle('Uitnodiging accepteren');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [wachtwoord, setWachtwoord] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = validate(token, wachtwoord, herhaling);
    if (fields.token) return fail({ fields: {}, general: fields.token });
    if (Object.keys(fields).length) return fail({ fields });
    setBusy(true);
    try {
      await acceptInvitation(token, wachtwoord);
      const state: LoginState = {
        melding: 'Uw wachtwoord is ingesteld. U kunt nu inloggen.',
        meldingSoort: 'ok',
      };
      void navigate('/inloggen', { replace: true, state });
    } catch (error) {
      fail(formErrorsFromApi(error, ['wachtwoord']));
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <>
        <PageHeading>Uitnodiging accepteren</PageHeading>
        <Alert type="error">
          <Paragraph>
            Deze link is niet compleet. Open de link uit uw uitnodiging opnieuw, of vraag de
            beheerder van uw organisatie om een nieuwe uitnodiging.
          </Paragraph>
        </Alert>
        <Paragraph>
          <Link to="/inloggen">Naar inloggen</Link>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageHeading>Uitnodiging accepteren</PageHeading>
      <Paragraph>
        U bent uitgenodigd voor Meetwerk. Kies een wachtwoord om uw account te gebruiken.
      </Paragraph>
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="Uw wachtwoord is nog niet ingesteld"
      />
      <form noValidate onSubmit={(event) => void submit(event)} className="mw-form">
        <PasswordField
          id={FIELD_IDS.wachtwoord}
          label="Nieuw wachtwoord"
          name="wachtwoord"
          autoComplete="new-password"
          isNew
          value={wachtwoord}
          onChange={setWachtwoord}
          error={errors.fields.wachtwoord}
        />
        <PasswordField
          id={FIELD_IDS.herhaling}
          label="Herhaal het wachtwoord"
          name="herhaling"
          autoComplete="new-password"
          value={herhaling}
          onChange={setHerhaling}
          error={errors.fields.herhaling}
        />
        <Button type="submit" appearance="primary-action" busy={busy}>
          Wachtwoord instellen
        </Button>
      </form>
    </>
  );
}
