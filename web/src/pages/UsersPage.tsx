import { useState } from 'react';
import type { User } from '../../../shared/api/users.schema.js';
import { ROLE_LABELS, type Role } from '../../../shared/auth/roles.js';
import { messageOf } from '../api/errors.js';
import { queryClient } from '../api/query-client.js';
import { useSession } from '../api/session.js';
import { updateUser, usersKey, useUsers, type Invitation } from '../api/users.js';
import { Alert, type AlertType } from '../components/Alert.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { Heading, PageHeading } from '../components/Heading.js';
import { LoadingMessage } from '../components/LoadingMessage.js';
import { Paragraph } from '../components/Paragraph.js';
import { QueryError } from '../components/QueryError.js';
import { InvitationResult } from '../components/users/InvitationResult.js';
import { InviteUserForm } from '../components/users/InviteUserForm.js';
import { UserTable } from '../components/users/UserTable.js';
import { usePageTitle } from '../lib/use-page-title.js';

interface Feedback {
  type: AlertType;
  text: string;
}

function replaceUser(updated: User) {
  queryClient.setQueryData<User[]>(usersKey, (users) =>
    users?.map((user) => (user.id === updated.id ? updated : user)),
  );
}

export function UsersPage() {
  usePageTitle('Gebruikers');
  const session = useSession();
  const users = useUsers();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toConfirm, setToConfirm] = useState<User | null>(null);

  async function change(user: User, body: { rol?: Role; actief?: boolean }, done: string) {
    setBusyId(user.id);
    setFeedback(null);
    try {
      replaceUser(await updateUser(user.id, body));
      setFeedback({ type: 'ok', text: done });
    } catch (error) {
      setFeedback({ type: 'error', text: `Dat is niet gelukt. ${messageOf(error)}` });
    } finally {
      setBusyId(null);
      void queryClient.invalidateQueries({ queryKey: usersKey });
    }
  }

  function saveRole(user: User, rol: Role) {
    if (rol === user.rol) {
      setFeedback({ type: 'info', text: `${user.naam} heeft de rol ${ROLE_LABELS[rol]} al.` });
      return;
    }
    void change(user, { rol }, `${user.naam} heeft nu de rol ${ROLE_LABELS[rol]}.`);
  }

  function toggleActive(user: User) {
    if (user.actief) setToConfirm(user);
    else void change(user, { actief: true }, `${user.naam} kan weer inloggen.`);
  }

  function confirmDeactivate() {
    const user = toConfirm;
    setToConfirm(null);
    if (user) void change(user, { actief: false }, `${user.naam} is gedeactiveerd.`);
  }

  function invited(next: Invitation) {
    setInvitation(next);
    void queryClient.invalidateQueries({ queryKey: usersKey });
  }

  return (
    <>
      <PageHeading>Gebruikers</PageHeading>
      <Paragraph>
        Dit zijn de mensen die voor {session.actieveOrganisatie.naam} in Meetwerk werken.
      </Paragraph>

      <section aria-label="Alle gebruikers" className="mw-section">
        <div role="status" className="mw-feedback">
          {feedback && feedback.type !== 'error' && (
            <Alert type={feedback.type}>
              <Paragraph>{feedback.text}</Paragraph>
            </Alert>
          )}
        </div>
        <div role="alert" className="mw-feedback">
          {feedback?.type === 'error' && (
            <Alert type="error">
              <Paragraph>{feedback.text}</Paragraph>
            </Alert>
          )}
        </div>
        {users.isPending && <LoadingMessage>De gebruikers worden geladen…</LoadingMessage>}
        {users.error && <QueryError error={users.error} what="De gebruikers" />}
        {users.data && (
          <UserTable
            users={users.data}
            caption={`Gebruikers van ${session.actieveOrganisatie.naam} (${users.data.length})`}
            selfId={session.account.id}
            busyId={busyId}
            onSaveRole={saveRole}
            onToggleActive={toggleActive}
          />
        )}
      </section>

      <section aria-labelledby="uitnodigen-kop" className="mw-section">
        <Heading level={2} id="uitnodigen-kop">
          Gebruiker uitnodigen
        </Heading>
        <Paragraph>
          Nodig een collega uit. Na het uitnodigen krijgt u een link die u aan de collega geeft.
        </Paragraph>
        {invitation && <InvitationResult invitation={invitation} />}
        <InviteUserForm onInvited={invited} />
      </section>

      <ConfirmDialog
        open={toConfirm !== null}
        title={`${toConfirm?.naam ?? 'Gebruiker'} deactiveren?`}
        confirmLabel="Ja, deactiveren"
        onConfirm={confirmDeactivate}
        onCancel={() => setToConfirm(null)}
      >
        <Paragraph>
          {toConfirm?.naam} kan dan niet meer inloggen. U kunt het account later weer activeren.
        </Paragraph>
      </ConfirmDialog>
    </>
  );
}
