import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  Registration,
  RegistrationForm as FormData,
} from '../../../../shared/api/registrations.schema.js';
import { messageOf } from '../../api/errors.js';
import {
  createRegistration,
  undoRegistration,
  updateRegistration,
  useOwnRegistrations,
  useRegistrationForm,
} from '../../api/registrations.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { Heading, PageHeading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { RecentRegistrations } from '../../components/registrations/RecentRegistrations.js';
import {
  FIRST_FIELD_ID,
  RegistrationForm,
} from '../../components/registrations/RegistrationForm.js';
import { formatDay } from '../../components/registrations/dates.js';
import { TaskDefinitions } from '../../components/registrations/TaskDefinitions.js';
import {
  bodyOf,
  describeRegistration,
  draftOf,
  firstDraft,
  nextDraft,
  type RegistrationDraft,
} from '../../components/registrations/registration-model.js';
import { usePageTitle } from '../../lib/use-page-title.js';

interface Saved {
  text: string;
  /** The contact that "Ongedaan maken" takes back; null once it cannot. */
  registration: Registration | null;
}

const namesOf = (items: readonly { code: string; naam: string }[]) =>
  Object.fromEntries(items.map((item) => [item.code, item.naam]));

function focusFirstField() {
  document.getElementById(FIRST_FIELD_ID)?.focus();
}

export function RegistrationPage() {
  usePageTitle('Contact registreren');
  const form = useRegistrationForm();
  return (
    <>
      <PageHeading>Contact registreren</PageHeading>
      <Paragraph lead>
        Leg elk contact met een inwoner vast: anoniem, in een paar toetsen. Zo wordt zichtbaar
        hoeveel werk er is en waar de druk zit.
      </Paragraph>
      {form.isPending && <LoadingMessage>Het formulier wordt geladen…</LoadingMessage>}
      {form.error && <QueryError error={form.error} what="De keuzelijsten" />}
      {form.data &&
        (form.data.locaties.length === 0 || form.data.taken.length === 0 ? (
          <Alert type="warning" title="Registreren kan nog niet.">
            <Paragraph>
              Uw organisatie heeft nog geen locaties of taken ingesteld. Vraag de beheerder dit te
              doen bij ‘Registratie beheren’.
            </Paragraph>
          </Alert>
        ) : (
          <RegistrationWorkspace data={form.data} />
        ))}
    </>
  );
}

function RegistrationWorkspace({ data }: { data: FormData }) {
  const own = useOwnRegistrations(20);
  const [editing, setEditing] = useState<Registration | null>(null);
  const [initial, setInitial] = useState<RegistrationDraft>(() =>
    firstDraft(
      data.vandaag,
      data.laatsteLocatie,
      data.locaties.map((location) => location.code),
    ),
  );
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const focusAfterRender = useRef(false);

  const taskNames = useMemo(() => namesOf(data.taken), [data.taken]);
  const resultNames = useMemo(() => namesOf(data.resultaten), [data.resultaten]);
  const locationNames = useMemo(
    () => Object.fromEntries(data.locaties.map((l) => [l.code, l.naam])),
    [data.locaties],
  );

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    focusFirstField();
  }, [formKey]);

  /**
   * Empties the live region first, so a screen reader also repeats a confirmation that reads the
   * same as the one before (two identical contacts in a row).
   */
  function announce(next: Saved) {
    setSaved(null);
    window.setTimeout(() => setSaved(next), 50);
  }

  /** A new form (another contact, or the end of a change); focus goes to its first field. */
  function restartForm(draft: RegistrationDraft) {
    setInitial(draft);
    focusAfterRender.current = true;
    setFormKey((key) => key + 1);
  }

  async function save(draft: RegistrationDraft) {
    setProblem(null);
    if (editing) {
      const changed = await updateRegistration(editing.id, bodyOf(draft));
      announce({
        text: `Wijziging opgeslagen: ${describeRegistration(changed, taskNames)}.`,
        registration: null,
      });
      setEditing(null);
      restartForm(nextDraft(draft));
      return;
    }
    const registration = await createRegistration(bodyOf(draft));
    announce({
      text: `Contact opgeslagen: ${describeRegistration(registration, taskNames)}.`,
      registration,
    });
  }

  async function undo(registration: Registration) {
    setBusyId(registration.id);
    setProblem(null);
    try {
      await undoRegistration(registration.id);
      announce({
        text: `Ongedaan gemaakt: ${describeRegistration(registration, taskNames)}.`,
        registration: null,
      });
      if (editing?.id === registration.id) {
        setEditing(null);
        restartForm(nextDraft(draftOf(registration)));
      } else {
        focusFirstField();
      }
    } catch (error) {
      setProblem(`Ongedaan maken is niet gelukt. ${messageOf(error)}`);
    } finally {
      setBusyId(null);
    }
  }

  function edit(registration: Registration) {
    setEditing(registration);
    setSaved(null);
    setProblem(null);
    restartForm(draftOf(registration));
  }

  function stopEditing() {
    setEditing(null);
    restartForm(nextDraft(initial));
  }

  const recent = own.data?.registraties ?? [];

  return (
    <>
      <section aria-labelledby="registratie-kop" className="mw-section">
        <Heading level={2} id="registratie-kop">
          {editing ? `Contact van ${formatDay(editing.datum)} wijzigen` : 'Nieuw contact'}
        </Heading>
        <div className="mw-saved-area">
          {/* Always present, so screen readers hear every new confirmation. */}
          <div role="status" aria-live="polite" className="mw-saved-status">
            {saved && <Paragraph className="mw-saved-text">{saved.text}</Paragraph>}
          </div>
          {saved?.registration && (
            <Button
              busy={busyId === saved.registration.id}
              onClick={() => saved.registration && void undo(saved.registration)}
            >
              Ongedaan maken
            </Button>
          )}
        </div>
        {problem && (
          <Alert type="error" role="alert">
            <Paragraph>{problem}</Paragraph>
          </Alert>
        )}
        <RegistrationForm
          key={formKey}
          tasks={data.taken}
          results={data.resultaten}
          channels={data.kanalen}
          ageGroups={data.leeftijdsgroepen}
          locations={data.locaties}
          rules={{ today: data.vandaag }}
          initial={initial}
          editing={editing ? { onCancel: stopEditing } : undefined}
          onSave={save}
        />
        <TaskDefinitions tasks={data.taken} results={data.resultaten} />
      </section>
      <section aria-labelledby="eigen-kop" className="mw-section">
        <Heading level={2} id="eigen-kop">
          Uw laatste contacten
        </Heading>
        <Paragraph>
          U kunt een contact tot {data.bewerkTermijnUren} uur na het registreren wijzigen of
          ongedaan maken. Alleen u ziet deze lijst.
        </Paragraph>
        {own.isPending && <LoadingMessage>Uw contacten worden geladen…</LoadingMessage>}
        {own.error && <QueryError error={own.error} what="Uw laatste contacten" />}
        {own.data && recent.length === 0 && (
          <Paragraph>U heeft nog geen contacten geregistreerd.</Paragraph>
        )}
        {recent.length > 0 && (
          <RecentRegistrations
            registrations={recent}
            taskNames={taskNames}
            resultNames={resultNames}
            locationNames={locationNames}
            now={new Date()}
            busyId={busyId}
            onEdit={edit}
            onUndo={(registration) => void undo(registration)}
          />
        )}
        {own.data && own.data.totaal > recent.length && (
          <Paragraph className="mw-muted">
            De {recent.length} nieuwste van uw {own.data.totaal} contacten.
          </Paragraph>
        )}
      </section>
    </>
  );
}
