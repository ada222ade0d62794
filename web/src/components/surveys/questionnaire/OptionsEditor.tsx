import { useRef } from 'react';
import type { AnswerOption } from '../../../../../shared/surveys/questionnaire.js';
import { Button } from '../../Button.js';
import { Fieldset } from '../../Fieldset.js';
import { FormFieldErrorMessage } from '../../FormFieldErrorMessage.js';
import { Paragraph } from '../../Paragraph.js';
import { Textbox } from '../../Textbox.js';
import { nextOptionCode } from './editor-model.js';

export interface OptionsEditorProps {
  idPrefix: string;
  options: AnswerOption[];
  /** Codes that already have answers: these cannot be removed. */
  keptCodes: ReadonlySet<string>;
  error: string | undefined;
  onChange: (options: AnswerOption[]) => void;
}

export function OptionsEditor({
  idPrefix,
  options,
  keptCodes,
  error,
  onChange,
}: OptionsEditorProps) {
  const addRef = useRef<HTMLButtonElement>(null);

  function add() {
    const code = nextOptionCode(options);
    onChange([...options, { code, label: '' }]);
    // The new, empty answer is where the user types next.
    window.setTimeout(() => document.getElementById(`${idPrefix}-${code}`)?.focus(), 0);
  }

  function remove(code: string) {
    onChange(options.filter((o) => o.code !== code));
    // The removed row's button is gone: keep focus in the same place in the form.
    addRef.current?.focus();
  }

  return (
    <Fieldset legend="Antwoorden">
      <Paragraph className="mw-fieldset-description" id={`${idPrefix}-uitleg`}>
        Minstens twee. De code staat in de export; een antwoord met antwoorden erop blijft staan.
      </Paragraph>
      {error && <FormFieldErrorMessage id={`${idPrefix}-fout`}>{error}</FormFieldErrorMessage>}
      <ol className="mw-options">
        {options.map((option, position) => {
          const id = `${idPrefix}-${option.code}`;
          return (
            <li key={option.code} className="mw-options__row">
              <div className="utrecht-form-field mw-options__field">
                <label htmlFor={id} className="utrecht-form-label">
                  Antwoord {position + 1} <span className="mw-muted">(code {option.code})</span>
                </label>
                <Textbox
                  id={id}
                  maxLength={300}
                  value={option.label}
                  aria-invalid={error && !option.label.trim() ? true : undefined}
                  aria-describedby={error ? `${idPrefix}-fout` : undefined}
                  onChange={(event) =>
                    onChange(
                      options.map((o) =>
                        o.code === option.code ? { ...o, label: event.target.value } : o,
                      ),
                    )
                  }
                />
              </div>
              <Button
                appearance="subtle"
                disabled={keptCodes.has(option.code)}
                onClick={() => remove(option.code)}
              >
                Weghalen<span className="mw-visually-hidden"> (antwoord {position + 1})</span>
              </Button>
            </li>
          );
        })}
      </ol>
      <Button ref={addRef} onClick={add}>
        Antwoord toevoegen
      </Button>
    </Fieldset>
  );
}
