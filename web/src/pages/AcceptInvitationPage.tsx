import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { acceptInvitationBodySchema } from '../../../shared/api/session.schema.js';
import { acceptInvitation } from '../api/session.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../forms/ErrorSummary.js';
import { PageHeading } from '../components/Heading.js';
import { Link } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { PasswordField, repeatProblem } from '../components/PasswordField.js';
import type { LoginState } from '../components/layout/RequireSession.js';
import { checked, fieldErrorsFromIssues, type Validation } from '../forms/form-errors.js';
import { useFormSubmit } from '../forms/use-form-submit.js';
import { usePageTitle } from '../lib/use-page-title.js';

const FIELD_IDS = { wachtwoord: 'wachtwoord', herhaling: 'wachtwoord-herhaling' };

function validate(
  token: string,
  wachtwoord: string,
  herhaling: string,
): Validation<{ token: string; wachtwoord: string }> {
  const parsed = acceptInvitationBodySchema.safeParse({ token, wachtwoord });
  const fields = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
  // A broken link is no field the user can mend.
  if (fields.token) return { success: false, fields: {}, general: fields.token };
  const repeat = repeatProblem(wachtwoord, herhaling);
  if (repeat) fields.herhaling = repeat;
  return checked(fields, () => ({ token, wachtwoord }));
}

export function AcceptInvitationPage() {
  usePageTitle('Uitnodiging accepteren');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [wachtwoord, setWachtwoord] = useState('');
  const [herhaling, setHerhaling] = useState('');

  const form = useFormSubmit({
    fieldIds: FIELD_IDS,
    validate: () => validate(token, wachtwoord, herhaling),
    send: (body) => acceptInvitation(body.token, body.wachtwoord),
    onSuccess: () => {
      const state: LoginState = {
        melding: 'Uw wachtwoord is ingesteld. U kunt nu inloggen.',
        meldingSoort: 'ok',
      };
      void navigate('/inloggen', { replace: true, state });
    },
  });
  const errors = form.errors;

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
      <ErrorSummary {...form.summary} title="Uw wachtwoord is nog niet ingesteld" />
      <form noValidate onSubmit={form.onSubmit} className="mw-form">
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
        <Button type="submit" appearance="primary-action" busy={form.busy}>
          Wachtwoord instellen
        </Button>
      </form>
    </>
  );
}
