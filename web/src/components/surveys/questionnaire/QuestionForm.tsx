import { useState } from 'react';
import {
  QUESTION_TYPES,
  STATEMENT_SCALE,
  THEMES,
  THEME_LABELS,
  YES_NO_SCALE,
  optionsOf,
  type Question,
  type QuestionType,
  type Theme,
} from '../../../../../shared/surveys/questionnaire.js';
import { Button } from '../../Button.js';
import { ButtonGroup } from '../../ButtonGroup.js';
import { ErrorSummary } from '../../../forms/ErrorSummary.js';
import type { FieldErrors } from '../../../forms/form-errors.js';
import { NumberField } from '../../../forms/NumberField.js';
import { useFormSubmit } from '../../../forms/use-form-submit.js';
import { TextboxField } from '../../../forms/TextboxField.js';
import { FormField } from '../../FormField.js';
import { Heading } from '../../Heading.js';
import { Paragraph } from '../../Paragraph.js';
import { Select } from '../../Select.js';
import { Textarea } from '../controls.js';
import {
  isChoice,
  questionFromDraft,
  routingCandidates,
  typeLabel,
  type DraftErrors,
  type QuestionDraft,
} from './editor-model.js';
import { OptionsEditor } from './OptionsEditor.js';
import { RoutingEditor } from './RoutingEditor.js';

export interface QuestionFormProps {
  initial: QuestionDraft;
  /** Where the question stands (or will stand) in the list. */
  index: number;
  /** The list without this question. */
  others: readonly Question[];
  isNew: boolean;
  /** Answers exist for this question: its type and its answer codes must stay. */
  saved: Question | null;
  onDone: (question: Question) => void;
  onCancel: () => void;
}

const P = 'vraagform';
/** In the order the fields appear, for the error summary. */
const FIELD_IDS: Partial<Record<keyof QuestionDraft, string>> = {
  id: `${P}-id`,
  type: `${P}-soort`,
  text: `${P}-tekst`,
  help: `${P}-toelichting`,
  options: `${P}-antwoorden-1`,
  min: `${P}-min`,
  max: `${P}-max`,
  group: `${P}-groep`,
  routeQuestion: `${P}-routing-vraag`,
  routeAnswers: `${P}-routing-antwoorden`,
};

function messagesOf(errors: DraftErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

export function QuestionForm(props: QuestionFormProps) {
  const { initial, index, others, isNew, saved, onDone, onCancel } = props;
  const [draft, setDraft] = useState(initial);
  const candidates = routingCandidates(others, index);
  const keptCodes = new Set(saved ? optionsOf(saved).map((o) => o.code) : []);
  const headingId = `${P}-kop`;

  function patch(change: Partial<QuestionDraft>) {
    setDraft((current) => ({ ...current, ...change }));
  }

  const form = useFormSubmit({
    // The summary links to the first answer box, whatever its code.
    fieldIds: { ...FIELD_IDS, options: `${P}-antwoorden-${draft.options[0]?.code ?? '1'}` },
    validate: () => {
      const result = questionFromDraft(draft, others, index);
      return result.errors
        ? { success: false, fields: messagesOf(result.errors) }
        : { success: true, data: result.question };
    },
    // Nothing is sent yet: the question joins the list, which is saved as a whole.
    send: onDone,
  });
  const errors: DraftErrors = form.errors.fields;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit}
      className="mw-form mw-question-form"
      aria-labelledby={headingId}
    >
      <Heading level={3} id={headingId} tabIndex={-1}>
        {isNew ? 'Eigen vraag toevoegen' : `Vraag ${initial.id} wijzigen`}
      </Heading>
      <Paragraph>
        De vraag komt in de lijst hierboven. De vragenlijst is pas bewaard als u daarna op
        ‘Vragenlijst opslaan’ drukt.
      </Paragraph>
      <ErrorSummary {...form.summary} title="Deze vraag kan zo niet in de lijst" />
      <TextboxField
        id={FIELD_IDS.id ?? ''}
        label="Vraagnummer"
        description={
          isNew
            ? 'Begint met een letter, zoals E1. Het nummer staat in de export van de antwoorden.'
            : 'Het nummer van een bestaande vraag verandert niet: de antwoorden verwijzen ernaar.'
        }
        error={errors.id}
        className="mw-short"
        autoComplete="off"
        spellCheck={false}
        readOnly={!isNew}
        maxLength={20}
        value={draft.id}
        onChange={(value) => patch({ id: value })}
      />
      <FormField
        id={`${P}-thema`}
        label="Thema"
        description="Bepaalt onder welk kopje de vraag in rapportages staat."
      >
        {(control) => (
          <Select
            {...control}
            value={draft.theme}
            onChange={(event) => patch({ theme: event.target.value as Theme })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id={FIELD_IDS.type ?? ''}
        label="Soort vraag"
        description={
          saved ? 'Er zijn al antwoorden op deze vraag: het soort vraag blijft gelijk.' : undefined
        }
        error={errors.type}
      >
        {(control) => (
          <Select
            {...control}
            disabled={saved !== null}
            value={draft.type}
            onChange={(event) => patch({ type: event.target.value as QuestionType })}
          >
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id={FIELD_IDS.text ?? ''}
        label="Vraag"
        description="Schrijf kort en eenvoudig (taalniveau B1). Eén vraag per keer."
        error={errors.text}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={1000}
            value={draft.text}
            onChange={(event) => patch({ text: event.target.value })}
          />
        )}
      </FormField>
      <FormField
        id={FIELD_IDS.help ?? ''}
        label="Toelichting (mag leeg blijven)"
        description="Extra uitleg die de inwoner onder de vraag ziet."
        error={errors.help}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            maxLength={1000}
            value={draft.help}
            onChange={(event) => patch({ help: event.target.value })}
          />
        )}
      </FormField>
      {isChoice(draft.type) && (
        <OptionsEditor
          idPrefix={`${P}-antwoorden`}
          options={draft.options}
          keptCodes={keptCodes}
          error={errors.options}
          onChange={(options) => patch({ options })}
        />
      )}
      {(draft.type === 'stelling' || draft.type === 'janee') && (
        <Paragraph>
          De antwoorden liggen vast:{' '}
          {(draft.type === 'stelling' ? STATEMENT_SCALE : YES_NO_SCALE)
            .map((o) => o.label)
            .join(', ')}
          .
        </Paragraph>
      )}
      {draft.type === 'getal' && (
        <div className="mw-pair">
          <NumberField
            id={FIELD_IDS.min ?? ''}
            label="Kleinste getal (mag leeg)"
            error={errors.min}
            value={draft.min}
            onChange={(min) => patch({ min })}
          />
          <NumberField
            id={FIELD_IDS.max ?? ''}
            label="Grootste getal (mag leeg)"
            error={errors.max}
            value={draft.max}
            onChange={(max) => patch({ max })}
          />
        </div>
      )}
      <TextboxField
        id={FIELD_IDS.group ?? ''}
        label="Paginagroep (mag leeg blijven)"
        description="Vragen met dezelfde paginagroep die direct na elkaar staan, komen samen op één pagina. Zonder groep krijgt de vraag een eigen pagina."
        error={errors.group}
        autoComplete="off"
        maxLength={40}
        value={draft.group}
        onChange={(value) => patch({ group: value })}
      />
      <RoutingEditor
        idPrefix={`${P}-routing`}
        draft={draft}
        candidates={candidates}
        errors={errors}
        onChange={patch}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action">
          {isNew ? 'Vraag toevoegen aan de lijst' : 'Wijziging in de lijst zetten'}
        </Button>
        <Button onClick={onCancel}>Annuleren</Button>
      </ButtonGroup>
    </form>
  );
}
