import type { Question } from '../../../../../shared/surveys/questionnaire.js';
import { optionsOf } from '../../../../../shared/surveys/questionnaire.js';
import { Fieldset } from '../../Fieldset.js';
import { FormField } from '../../FormField.js';
import { FormFieldErrorMessage } from '../../FormFieldErrorMessage.js';
import { Paragraph } from '../../Paragraph.js';
import { Select } from '../../Select.js';
import { Checkbox, ChoiceField } from '../controls.js';
import type { DraftErrors, QuestionDraft } from './editor-model.js';

export interface RoutingEditorProps {
  idPrefix: string;
  draft: QuestionDraft;
  candidates: Question[];
  errors: DraftErrors;
  onChange: (patch: Partial<QuestionDraft>) => void;
}

/** "Stel deze vraag alleen als [eerdere vraag] [antwoord(en)]": selects and checkboxes. */
export function RoutingEditor({
  idPrefix,
  draft,
  candidates,
  errors,
  onChange,
}: RoutingEditorProps) {
  const on = candidates.find((q) => q.id === draft.routeQuestion);
  const answersError = errors.routeAnswers;

  return (
    <Fieldset legend="Routing">
      <ChoiceField
        id={`${idPrefix}-aan`}
        label="Stel deze vraag alleen als een eerder antwoord past"
      >
        <Checkbox
          id={`${idPrefix}-aan`}
          checked={draft.routed}
          disabled={candidates.length === 0}
          onChange={(event) => onChange({ routed: event.target.checked })}
        />
      </ChoiceField>
      {candidates.length === 0 && (
        <Paragraph className="mw-fieldset-description">
          Er staat geen eerdere vraag met vaste antwoorden boven deze vraag.
        </Paragraph>
      )}
      {draft.routed && (
        <>
          <FormField
            id={`${idPrefix}-vraag`}
            label="Stel deze vraag alleen als op vraag"
            error={errors.routeQuestion}
          >
            {(control) => (
              <Select
                {...control}
                value={draft.routeQuestion}
                onChange={(event) =>
                  onChange({ routeQuestion: event.target.value, routeAnswers: [] })
                }
              >
                <option value="">Kies een eerdere vraag</option>
                {candidates.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.id}: {q.text.length > 70 ? `${q.text.slice(0, 70)}…` : q.text}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          {on && (
            <fieldset
              id={`${idPrefix}-antwoorden`}
              tabIndex={-1}
              aria-describedby={answersError ? `${idPrefix}-antwoorden-fout` : undefined}
              className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
            >
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend mw-legend-small">
                dit antwoord is gegeven (een of meer)
              </legend>
              {answersError && (
                <FormFieldErrorMessage id={`${idPrefix}-antwoorden-fout`}>
                  {answersError}
                </FormFieldErrorMessage>
              )}
              {optionsOf(on).map((option) => {
                const id = `${idPrefix}-antwoord-${option.code}`;
                return (
                  <ChoiceField key={option.code} id={id} label={option.label}>
                    <Checkbox
                      id={id}
                      checked={draft.routeAnswers.includes(option.code)}
                      onChange={(event) =>
                        onChange({
                          routeAnswers: event.target.checked
                            ? [...draft.routeAnswers, option.code]
                            : draft.routeAnswers.filter((c) => c !== option.code),
                        })
                      }
                    />
                  </ChoiceField>
                );
              })}
            </fieldset>
          )}
        </>
      )}
    </Fieldset>
  );
}
