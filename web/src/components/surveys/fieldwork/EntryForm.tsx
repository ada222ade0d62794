import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type {
  EnterResponseBody,
  EnterResponseResult,
} from '../../../../../shared/api/responses.schema.js';
import { isAsked, type Questionnaire } from '../../../../../shared/surveys/questionnaire.js';
import { enterResponse } from '../../../api/responses.js';
import { Alert } from '../../Alert.js';
import { Button } from '../../Button.js';
import { ErrorSummary } from '../../../forms/ErrorSummary.js';
import { formErrorsFromApi } from '../../../forms/form-errors.js';
import { FormField } from '../../FormField.js';
import { Paragraph } from '../../Paragraph.js';
import { Textbox } from '../../Textbox.js';
import { allowedHint, answersOf, typedProblems, type TypedAnswers } from './entry-model.js';

export interface EntrySettings {
  kanaal: EnterResponseBody['kanaal'];
  invoerder: 1 | 2 | undefined;
}

export interface EntryFormProps {
  surveyId: string;
  questionnaire: Questionnaire;
  settings: EntrySettings;
  onSaved: (code: string, result: EnterResponseResult) => void;
}

const CODE_ID = 'invoer-code';
const fieldId = (questionId: string) => `invoer-${questionId}`;

const STATUS_TEXT: Record<EnterResponseResult['status'], string> = {
  opgeslagen: 'opgeslagen',
  'wacht-op-tweede-invoer': 'opgeslagen; wacht op de tweede invoer',
  verschil: 'opgeslagen, maar verschilt van de eerste invoer',
};

/**
 * One paper form, typed in: the code, then one small box per question. Enter moves on like
 * Tab and saves on the last box, so a typist never leaves the keyboard; after saving, the form
 * empties and the cursor is back in the code box for the next form.
 */
export function EntryForm({ surveyId, questionnaire, settings, onSaved }: EntryFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const [typed, setTyped] = useState<TypedAnswers>({});
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  // The summary appears after a failed save only; while typing, the message by the box is enough.
  const [showSummary, setShowSummary] = useState(false);
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<string | null>(null);

  const questions = questionnaire.questions;
  const asked = answersOf(questions, typed);
  const local = typedProblems(questions, typed);
  const fieldErrors: Record<string, string> = { ...serverFields, ...local };
  const fieldIds: Record<string, string> = {
    code: CODE_ID,
    ...Object.fromEntries(questions.map((q) => [q.id, fieldId(q.id)])),
  };

  function fail(fields: Record<string, string>, message: string | undefined) {
    setServerFields(fields);
    setGeneral(message);
    setShowSummary(true);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!code.trim()) return fail({ code: 'Vul de code van het formulier in.' }, undefined);
    if (Object.keys(local).length > 0) return fail({}, undefined);
    // Empty the form at once, so a fast typist can start on the next form while this one is
    // saved; if saving fails, the form comes back with the reasons.
    const sent = { code, typed };
    setBusy(true);
    setCode('');
    setTyped({});
    setServerFields({});
    setGeneral(undefined);
    setShowSummary(false);
    document.getElementById(CODE_ID)?.focus();
    try {
      const result = await enterResponse(surveyId, {
        code: sent.code.trim(),
        kanaal: settings.kanaal,
        antwoorden: asked,
        ...(settings.invoerder ? { invoerder: settings.invoerder } : {}),
      });
      setLast(`Formulier ${sent.code.trim()} ${STATUS_TEXT[result.status]}.`);
      onSaved(sent.code.trim(), result);
    } catch (failure) {
      const found = formErrorsFromApi(failure, Object.keys(fieldIds), {
        fieldOf: (name) => name.replace(/^antwoorden\./, ''),
        alwaysGeneral: true,
      });
      setCode(sent.code);
      setTyped(sent.typed);
      setLast(null);
      fail(found.fields, found.general);
    } finally {
      setBusy(false);
    }
  }

  /** Enter goes to the next box like Tab; on the last box it saves (the form's submit). */
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    const boxes = [
      ...(formRef.current?.querySelectorAll<HTMLInputElement>('input:not([disabled])') ?? []),
    ];
    const index = boxes.indexOf(event.target);
    const next = boxes[index + 1];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
      noValidate
      className="mw-stack"
    >
      <ErrorSummary
        errors={{ fields: showSummary ? fieldErrors : {}, ...(general ? { general } : {}) }}
        fieldIds={fieldIds}
        attempt={attempt}
        title="Dit formulier is niet opgeslagen"
      />
      {last && (
        <Alert type="ok">
          <Paragraph>{last}</Paragraph>
        </Alert>
      )}
      <FormField
        id={CODE_ID}
        label="Code van het formulier"
        description="Staat rechtsboven op de vragenlijst."
        error={fieldErrors.code}
      >
        {(control) => (
          <Textbox
            {...control}
            autoComplete="off"
            spellCheck={false}
            className="mw-code-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </FormField>
      <ol className="mw-entry-list">
        {questions.map((question) => {
          const skipped = !isAsked(question, asked);
          return (
            <li key={question.id} className="mw-entry-row">
              <FormField
                id={fieldId(question.id)}
                label={
                  <>
                    <span className="mw-entry-id">{question.id}</span> {question.text}
                  </>
                }
                description={skipped ? 'Wordt overgeslagen (routing).' : allowedHint(question)}
                error={fieldErrors[question.id]}
              >
                {(control) => (
                  <Textbox
                    {...control}
                    autoComplete="off"
                    spellCheck={false}
                    disabled={skipped}
                    inputMode={question.type === 'open' ? 'text' : 'numeric'}
                    className={question.type === 'open' ? undefined : 'mw-answer-input'}
                    value={skipped ? '' : (typed[question.id] ?? '')}
                    onChange={(e) => setTyped((t) => ({ ...t, [question.id]: e.target.value }))}
                  />
                )}
              </FormField>
            </li>
          );
        })}
      </ol>
      <Button type="submit" appearance="primary-action" busy={busy}>
        Opslaan en volgende formulier
      </Button>
    </form>
  );
}
