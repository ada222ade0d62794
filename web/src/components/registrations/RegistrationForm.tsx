import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '../Button.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { formErrorsFromApi, topField } from '../../forms/form-errors.js';
import { Fieldset } from '../Fieldset.js';
import { FormField } from '../FormField.js';
import { FormFieldErrorMessage } from '../FormFieldErrorMessage.js';
import { Select } from '../Select.js';
import { Textbox } from '../Textbox.js';
import { Checkbox, ChoiceField, RadioButton } from '../surveys/controls.js';
import type { AgeGroup, Channel } from '../../../../shared/registrations/vocabulary.js';
import {
  MINUTE_PICKS,
  channelForKey,
  draftProblems,
  nextDraft,
  stepMinutes,
  taskIndexForKey,
  taskKeyHint,
  toggleTask,
  type DraftField,
  type DraftRules,
  type RegistrationDraft,
} from './registration-model.js';
import '../surveys/surveys.css';
import './registrations.css';

export interface CodeOption {
  code: string;
  naam: string;
  definitie?: string | undefined;
}

export interface LocationOption {
  code: string;
  naam: string;
  stadsdeel: string;
}

export interface RegistrationFormProps {
  tasks: readonly CodeOption[];
  results: readonly CodeOption[];
  channels: readonly { code: Channel; naam: string }[];
  ageGroups: readonly { code: AgeGroup; naam: string }[];
  locations: readonly LocationOption[];
  rules: DraftRules;
  initial: RegistrationDraft;
  /** Set when an earlier contact is being changed. */
  editing?: { onCancel: () => void } | undefined;
  /** Saves the contact; the page announces it and offers to undo it. */
  onSave: (draft: RegistrationDraft) => Promise<unknown>;
}

export const FIRST_FIELD_ID = 'registratie-datum';
const FIELD_IDS: Record<DraftField, string> = {
  datum: FIRST_FIELD_ID,
  locatie: 'registratie-locatie',
  kanaal: 'registratie-kanaal-inloop',
  taken: 'registratie-taak-0',
  minuten: 'registratie-minuten',
  resultaat: 'registratie-resultaat',
  leeftijdsgroep: 'registratie-leeftijd',
  nietDigitaalVaardig: 'registratie-niet-digitaal',
  taalbarriere: 'registratie-taalbarriere',
  clientReferentie: 'registratie-referentie',
};
const SHOWN_FIELDS = Object.keys(FIELD_IDS);

function focusFirstField() {
  document.getElementById(FIRST_FIELD_ID)?.focus();
}

/**
 * One contact in a few keystrokes. Enter saves from any field; the channel is chosen with the
 * arrow keys or its first letter, tasks with their number, minutes with the arrow keys through
 * the quick picks. After saving, the form keeps day, location and channel and the cursor goes
 * back to the first field for the next contact.
 */
export function RegistrationForm({
  tasks,
  results,
  channels,
  ageGroups,
  locations,
  rules,
  initial,
  editing,
  onSave,
}: RegistrationFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<RegistrationDraft>(initial);
  const [serverFields, setServerFields] = useState<Partial<Record<DraftField, string>>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [showErrors, setShowErrors] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [activeTask, setActiveTask] = useState(0);

  const local = draftProblems(draft, rules);
  const errors: Partial<Record<DraftField, string>> = showErrors
    ? { ...local, ...serverFields }
    : {};
  const taskOrder = tasks.map((task) => task.code);
  const stadsdelen = [...new Set(locations.map((location) => location.stadsdeel))];

  function set<K extends DraftField>(field: K, value: RegistrationDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerFields(({ [field]: _dropped, ...rest }) => rest);
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    if (Object.keys(local).length > 0) {
      setShowErrors(true);
      setServerFields({});
      setGeneral(undefined);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await onSave(draft);
      setDraft(nextDraft(draft));
      setServerFields({});
      setGeneral(undefined);
      setShowErrors(false);
      setActiveTask(0);
      focusFirstField();
    } catch (failure) {
      const found = formErrorsFromApi(failure, SHOWN_FIELDS, {
        fieldOf: topField,
        alwaysGeneral: true,
      });
      setServerFields(found.fields);
      setGeneral(found.general);
      setShowErrors(true);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  /** Enter saves from every field; on a button it keeps doing what the button does. */
  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey) return;
    const target = event.target;
    const isField =
      (target instanceof HTMLInputElement &&
        target.type !== 'button' &&
        target.type !== 'submit') ||
      target instanceof HTMLSelectElement;
    if (!isField) return;
    event.preventDefault();
    void submit();
  }

  function onChannelKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const channel = channelForKey(event.key);
    if (!channel) return;
    event.preventDefault();
    set('kanaal', channel);
    document.getElementById(`registratie-kanaal-${channel}`)?.focus();
  }

  function focusTask(index: number) {
    setActiveTask(index);
    document.getElementById(`registratie-taak-${index}`)?.focus();
  }

  /** The tasks are one stop for Tab: arrows move between them, Space or the number toggles. */
  function onTaskKeyDown(event: KeyboardEvent<HTMLDivElement>, index: number) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const count = tasks.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
      event.preventDefault();
      focusTask((index + 1) % count);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
      event.preventDefault();
      focusTask((index - 1 + count) % count);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusTask(event.key === 'Home' ? 0 : count - 1);
    } else {
      const chosen = taskIndexForKey(event.key, count);
      const task = chosen === null ? undefined : tasks[chosen];
      if (chosen === null || !task) return;
      event.preventDefault();
      set('taken', toggleTask(draft.taken, task.code, taskOrder));
      focusTask(chosen);
    }
  }

  function onMinutesKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    set('minuten', stepMinutes(draft.minuten, event.key === 'ArrowUp' ? 1 : -1));
  }

  const summaryErrors = {
    fields: errors as Record<string, string>,
    ...(general ? { general } : {}),
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={onFormKeyDown}
      className="mw-registration"
    >
      <ErrorSummary
        errors={summaryErrors}
        fieldIds={FIELD_IDS}
        attempt={attempt}
        title={editing ? 'De wijziging is niet opgeslagen' : 'Dit contact is niet opgeslagen'}
      />
      <p id="registratie-toetsen" className="utrecht-paragraph mw-muted mw-registration__keys">
        Enter slaat op vanuit elk veld. Kanaal: pijltjes of de eerste letter. Taken: pijltjes en
        spatie, of het cijfer voor de taak. Minuten: pijltje omhoog of omlaag voor 5, 10, 15, 30, 45
        of 60.
      </p>
      <div className="mw-registration__where">
        <FormField
          id={FIELD_IDS.datum}
          label="Datum"
          description="Dag-maand-jaar, zoals 05-03-2026."
          error={errors.datum}
        >
          {(control) => (
            <Textbox
              {...control}
              autoComplete="off"
              spellCheck={false}
              className="mw-date-input"
              value={draft.datum}
              onChange={(event) => set('datum', event.target.value)}
            />
          )}
        </FormField>
        <FormField id={FIELD_IDS.locatie} label="Locatie" error={errors.locatie}>
          {(control) => (
            <Select
              {...control}
              value={draft.locatie}
              onChange={(event) => set('locatie', event.target.value)}
            >
              <option value="">Kies een locatie</option>
              {stadsdelen.map((stadsdeel) => (
                <optgroup key={stadsdeel} label={stadsdeel}>
                  {locations
                    .filter((location) => location.stadsdeel === stadsdeel)
                    .map((location) => (
                      <option key={location.code} value={location.code}>
                        {location.naam}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          )}
        </FormField>
      </div>

      <div className="mw-registration__group" onKeyDown={onChannelKeyDown}>
        <Fieldset legend="Kanaal">
          {errors.kanaal && (
            <FormFieldErrorMessage id="registratie-kanaal-fout">
              {errors.kanaal}
            </FormFieldErrorMessage>
          )}
          <div className="mw-registration__channels">
            {channels.map(({ code, naam }) => (
              <ChoiceField
                key={code}
                id={`registratie-kanaal-${code}`}
                label={
                  <>
                    <span className="mw-key" aria-hidden="true">
                      {code[0]?.toUpperCase()}
                    </span>{' '}
                    {naam}
                  </>
                }
              >
                <RadioButton
                  id={`registratie-kanaal-${code}`}
                  name="kanaal"
                  value={code}
                  checked={draft.kanaal === code}
                  aria-describedby={errors.kanaal ? 'registratie-kanaal-fout' : undefined}
                  aria-invalid={errors.kanaal ? true : undefined}
                  onChange={() => set('kanaal', code)}
                />
              </ChoiceField>
            ))}
          </div>
        </Fieldset>
      </div>

      <div className="mw-registration__group">
        <Fieldset legend="Taak of taken">
          {errors.taken && (
            <FormFieldErrorMessage id="registratie-taken-fout">
              {errors.taken}
            </FormFieldErrorMessage>
          )}
          <div className="mw-registration__tasks">
            {tasks.map((task, index) => {
              const hint = taskKeyHint(index);
              return (
                <ChoiceField
                  key={task.code}
                  id={`registratie-taak-${index}`}
                  label={
                    <>
                      {hint && (
                        <span className="mw-key" aria-hidden="true">
                          {hint}
                        </span>
                      )}{' '}
                      {task.naam}
                    </>
                  }
                >
                  <Checkbox
                    id={`registratie-taak-${index}`}
                    name="taken"
                    value={task.code}
                    tabIndex={index === activeTask ? 0 : -1}
                    checked={draft.taken.includes(task.code)}
                    aria-describedby={errors.taken ? 'registratie-taken-fout' : undefined}
                    aria-invalid={errors.taken ? true : undefined}
                    onFocus={() => setActiveTask(index)}
                    onKeyDown={(event) => onTaskKeyDown(event, index)}
                    onChange={() => set('taken', toggleTask(draft.taken, task.code, taskOrder))}
                  />
                </ChoiceField>
              );
            })}
          </div>
        </Fieldset>
      </div>

      <div className="mw-registration__row">
        <div className="mw-registration__minutes">
          <FormField
            id={FIELD_IDS.minuten}
            label="Minuten"
            description="Pijltje omhoog of omlaag kiest 5, 10, 15, 30, 45 of 60."
            error={errors.minuten}
          >
            {(control) => (
              <Textbox
                {...control}
                inputMode="numeric"
                autoComplete="off"
                className="mw-short"
                value={draft.minuten}
                onKeyDown={onMinutesKeyDown}
                onChange={(event) => set('minuten', event.target.value)}
              />
            )}
          </FormField>
          <div className="mw-registration__picks" role="group" aria-label="Snelkeuze minuten">
            {MINUTE_PICKS.map((pick) => (
              <Button
                key={pick}
                tabIndex={-1}
                appearance="secondary-action"
                aria-pressed={draft.minuten === String(pick)}
                onClick={() => set('minuten', String(pick))}
              >
                {pick} min
              </Button>
            ))}
          </div>
        </div>
        <FormField id={FIELD_IDS.resultaat} label="Resultaat" error={errors.resultaat}>
          {(control) => (
            <Select
              {...control}
              value={draft.resultaat}
              onChange={(event) => set('resultaat', event.target.value)}
            >
              <option value="">Kies het resultaat</option>
              {results.map((result) => (
                <option key={result.code} value={result.code}>
                  {result.naam}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          id={FIELD_IDS.leeftijdsgroep}
          label="Leeftijdsgroep"
          error={errors.leeftijdsgroep}
        >
          {(control) => (
            <Select
              {...control}
              value={draft.leeftijdsgroep}
              onChange={(event) => set('leeftijdsgroep', event.target.value as AgeGroup)}
            >
              {ageGroups.map((group) => (
                <option key={group.code} value={group.code}>
                  {group.naam}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>

      <div className="mw-registration__flags">
        <ChoiceField id={FIELD_IDS.nietDigitaalVaardig} label="Niet digitaal vaardig">
          <Checkbox
            id={FIELD_IDS.nietDigitaalVaardig}
            checked={draft.nietDigitaalVaardig}
            onChange={(event) => set('nietDigitaalVaardig', event.target.checked)}
          />
        </ChoiceField>
        <ChoiceField id={FIELD_IDS.taalbarriere} label="Taalbarrière">
          <Checkbox
            id={FIELD_IDS.taalbarriere}
            checked={draft.taalbarriere}
            onChange={(event) => set('taalbarriere', event.target.checked)}
          />
        </ChoiceField>
      </div>

      <FormField
        id={FIELD_IDS.clientReferentie}
        label="Eigen dossiernummer (niet verplicht)"
        description="Alleen als u het contact aan een dossier in uw eigen systeem wilt koppelen. Geen naam of BSN: alleen u ziet dit nummer."
        error={errors.clientReferentie}
        className="mw-registration__reference"
      >
        {(control) => (
          <Textbox
            {...control}
            autoComplete="off"
            spellCheck={false}
            maxLength={60}
            value={draft.clientReferentie}
            onChange={(event) => set('clientReferentie', event.target.value)}
          />
        )}
      </FormField>

      <div className="mw-actions">
        <Button type="submit" appearance="primary-action" busy={busy}>
          {editing ? 'Wijziging opslaan' : 'Contact opslaan'}
        </Button>
        {editing && <Button onClick={editing.onCancel}>Wijzigen stoppen</Button>}
      </div>
    </form>
  );
}
