import { optionsOf, type Question } from '../../../../../shared/surveys/questionnaire.js';
import { Textbox } from '../../Textbox.js';
import { Checkbox, ChoiceField, RadioButton, Textarea } from '../controls.js';

export interface ResidentQuestionProps {
  question: Question;
  value: string[];
  onChange: (value: string[]) => void;
}

function Help({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="utrecht-paragraph mw-resident__help">
      {text}
    </p>
  );
}

function numberHint(question: Question): string {
  const { min, max } = question;
  if (min !== undefined && max !== undefined)
    return `Vul een getal in van ${min} tot en met ${max}.`;
  if (min !== undefined) return `Vul een getal in van ${min} of meer.`;
  if (max !== undefined) return `Vul een getal in van ${max} of minder.`;
  return 'Vul een getal in.';
}

/** One question as the resident sees it: large answers to tap, the question as the legend. */
export function ResidentQuestion({ question, value, onChange }: ResidentQuestionProps) {
  const id = `voorbeeld-${question.id}`;
  const helpId = `${id}-uitleg`;
  const describedBy = question.help ? helpId : undefined;

  if (question.type === 'getal' || question.type === 'open') {
    const hintId = `${id}-hint`;
    return (
      <div className="utrecht-form-field mw-resident__question">
        <label htmlFor={id} className="utrecht-form-label mw-resident__legend">
          {question.text}
        </label>
        <Help id={helpId} text={question.help} />
        {question.type === 'getal' && (
          <p id={hintId} className="utrecht-paragraph mw-resident__help">
            {numberHint(question)}
          </p>
        )}
        {question.type === 'getal' ? (
          <Textbox
            id={id}
            inputMode="numeric"
            autoComplete="off"
            className="mw-short"
            aria-describedby={[describedBy, hintId].filter(Boolean).join(' ')}
            value={value[0] ?? ''}
            onChange={(event) => onChange(event.target.value ? [event.target.value] : [])}
          />
        ) : (
          <Textarea
            id={id}
            rows={4}
            aria-describedby={describedBy}
            value={value[0] ?? ''}
            onChange={(event) => onChange(event.target.value ? [event.target.value] : [])}
          />
        )}
      </div>
    );
  }

  const multiple = question.type === 'meervoudig';
  return (
    <fieldset
      aria-describedby={describedBy}
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mw-resident__question"
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend mw-resident__legend">
        {question.text}
      </legend>
      <Help id={helpId} text={question.help} />
      {multiple && (
        <p className="utrecht-paragraph mw-resident__help">U mag meer antwoorden kiezen.</p>
      )}
      <div className="mw-resident__options">
        {optionsOf(question).map((option) => {
          const optionId = `${id}-${option.code}`;
          const checked = value.includes(option.code);
          return (
            <ChoiceField
              key={option.code}
              id={optionId}
              label={option.label}
              className="mw-big-choice"
            >
              {multiple ? (
                <Checkbox
                  id={optionId}
                  name={question.id}
                  value={option.code}
                  checked={checked}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...value, option.code]
                        : value.filter((c) => c !== option.code),
                    )
                  }
                />
              ) : (
                <RadioButton
                  id={optionId}
                  name={question.id}
                  value={option.code}
                  checked={checked}
                  onChange={() => onChange([option.code])}
                />
              )}
            </ChoiceField>
          );
        })}
      </div>
    </fieldset>
  );
}
