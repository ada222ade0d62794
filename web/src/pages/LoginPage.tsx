import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginBodySchema } from '../../../shared/api/session.schema.js';
import { logIn, useSessionQuery } from '../api/session.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../forms/ErrorSummary.js';
import { PageHeading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import type { LoginState } from '../components/layout/RequireSession.js';
import { useFormSubmit } from '../forms/use-form-submit.js';
import { TextboxField } from '../forms/TextboxField.js';
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

  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () => loginBodySchema.safeParse({ email: email.trim(), wachtwoord }),
    send: logIn,
    onSuccess: () => void navigate(safeTarget(state.from), { replace: true }),
  });
  const errors = form.errors;

  // The reason is now in this page's state; a later visit to a protected page starts afresh.
  useEffect(() => clearSessionEnd(), []);

  if (session && !form.busy) return <Navigate to={safeTarget(state.from)} replace />;

  return (
    <>
      <PageHeading>Inloggen</PageHeading>
      {state.melding && (
        <Alert type={state.meldingSoort ?? 'info'} role="status">
          <Paragraph>{state.melding}</Paragraph>
        </Alert>
      )}
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw Meetwerk-account.</Paragraph>
      <ErrorSummary {...form.summary} title="Inloggen is niet gelukt" />
      <form noValidate onSubmit={form.onSubmit} className="mw-form">
        <TextboxField
          id={FIELD_IDS.email}
          label="E-mailadres"
          error={errors.fields.email}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(value) => setEmail(value)}
        />
        <TextboxField
          id={FIELD_IDS.wachtwoord}
          label="Wachtwoord"
          error={errors.fields.wachtwoord}
          type="password"
          name="wachtwoord"
          autoComplete="current-password"
          value={wachtwoord}
          onChange={(value) => setWachtwoord(value)}
        />
        <Button type="submit" appearance="primary-action" busy={form.busy}>
          Inloggen
        </Button>
      </form>
    </>
  );
}
