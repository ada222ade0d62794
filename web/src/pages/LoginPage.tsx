import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginBodySchema } from '../../../shared/api/session.schema.js';
import { logIn, useSessionQuery } from '../api/session.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { FormField } from '../components/FormField.js';
import { PageHeading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { Textbox } from '../components/Textbox.js';
import type { LoginState } from '../components/layout/RequireSession.js';
import {
  NO_ERRORS,
  fieldErrorsFromIssues,
  formErrorsFromApi,
  type FormErrors,
} from '../lib/form-errors.js';
import { clearSessionEnd } from '../lib/session-end.js';
import { usePageTitle } from '../lib/use-page-title.js';

const FIELD_IDS = { email: 'email', wachtwoord: 'wachtwoord' };

/** Only paths inside the app, so a crafted link cannot send the user elsewhere. */
function safeTarget(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  usePageTitle('Inloggen');
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? {}) as LoginState;
  const { data: session } = useSessionQuery();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  // The reason is now in this page's state; a later visit to a protected page starts afresh.
  useEffect(() => clearSessionEnd(), []);

  if (session && !busy) return <Navigate to={safeTarget(state.from)} replace />;

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = loginBodySchema.safeParse({ email: email.trim(), wachtwoord });
    if (!parsed.success) return fail({ fields: fieldErrorsFromIssues(parsed.error.issues) });
    setBusy(true);
    try {
      await logIn(parsed.data);
      void navigate(safeTarget(state.from), { replace: true });
    } catch (error) {
      fail(formErrorsFromApi(error, Object.keys(FIELD_IDS)));
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>Inloggen</PageHeading>
      {state.melding && (
        <Alert type={state.meldingSoort ?? 'info'} role="status">
          <Paragraph>{state.melding}</Paragraph>
        </Alert>
      )}
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw Meetwerk-account.</Paragraph>
      <ErrorSummary
        errors={errors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title="Inloggen is niet gelukt"
      />
      <form noValidate onSubmit={(event) => void submit(event)} className="mw-form">
        <FormField id={FIELD_IDS.email} label="E-mailadres" error={errors.fields.email}>
          {(control) => (
            <Textbox
              {...control}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField id={FIELD_IDS.wachtwoord} label="Wachtwoord" error={errors.fields.wachtwoord}>
          {(control) => (
            <Textbox
              {...control}
              type="password"
              name="wachtwoord"
              autoComplete="current-password"
              value={wachtwoord}
              onChange={(event) => setWachtwoord(event.target.value)}
            />
          )}
        </FormField>
        <Button type="submit" appearance="primary-action" busy={busy}>
          Inloggen
        </Button>
      </form>
    </>
  );
}
