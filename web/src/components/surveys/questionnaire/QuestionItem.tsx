import type { Question } from '../../../../../shared/surveys/questionnaire.js';
import { optionsOf } from '../../../../../shared/surveys/questionnaire.js';
import { Button } from '../../Button.js';
import { FormFieldErrorMessage } from '../../FormFieldErrorMessage.js';
import { Heading } from '../../Heading.js';
import { Paragraph } from '../../Paragraph.js';
import { StatusBadge } from '../../StatusBadge.js';
import { routingText, typeLabel } from './editor-model.js';

export interface QuestionItemProps {
  question: Question;
  index: number;
  count: number;
  all: readonly Question[];
  problems: readonly string[];
  /** False once answers exist for it: the notice above the list says why. */
  removable: boolean;
  onMove: (from: number, to: number) => void;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

export function questionAnchor(question: Question): string {
  return `vraag-${question.id}`;
}

/** One question in the editor's list: what it asks, how it is answered, when it is asked. */
export function QuestionItem(props: QuestionItemProps) {
  const { question, index, count, all, problems, removable } = props;
  const routing = routingText(question, all);
  const options = optionsOf(question);
  const anchor = questionAnchor(question);
  const errorId = `${anchor}-fout`;

  return (
    <li className={problems.length ? 'mw-question mw-question--invalid' : 'mw-question'}>
      <Heading level={4} id={anchor} tabIndex={-1} className="mw-question__title">
        <span className="mw-question__id">{question.id}</span> {question.text}
      </Heading>
      {problems.length > 0 && (
        <FormFieldErrorMessage id={errorId}>{problems.join(' ')}</FormFieldErrorMessage>
      )}
      <dl className="mw-question__facts">
        <div>
          <dt>Soort vraag</dt>
          <dd>{typeLabel(question.type)}</dd>
        </div>
        {options.length > 0 && (
          <div>
            <dt>Antwoorden</dt>
            <dd>{options.map((o) => o.label).join(' · ')}</dd>
          </div>
        )}
        {question.type === 'getal' &&
          (question.min !== undefined || question.max !== undefined) && (
            <div>
              <dt>Getal</dt>
              <dd>
                {question.min !== undefined ? `vanaf ${question.min}` : ''}
                {question.min !== undefined && question.max !== undefined ? ' ' : ''}
                {question.max !== undefined ? `tot en met ${question.max}` : ''}
              </dd>
            </div>
          )}
        {question.help && (
          <div>
            <dt>Toelichting</dt>
            <dd>{question.help}</dd>
          </div>
        )}
        {routing && (
          <div>
            <dt>Routing</dt>
            <dd>{routing}</dd>
          </div>
        )}
        {question.group && (
          <div>
            <dt>Paginagroep</dt>
            <dd>{question.group}</dd>
          </div>
        )}
      </dl>
      {question.standard ? (
        <Paragraph small className="mw-question__locked">
          <StatusBadge status="neutral">Standaardvraag: vaste tekst</StatusBadge>
        </Paragraph>
      ) : (
        <div className="utrecht-button-group mw-question__actions">
          <Button
            id={`${anchor}-omhoog`}
            disabled={index === 0}
            onClick={() => props.onMove(index, index - 1)}
          >
            Omhoog<span className="mw-visually-hidden"> ({question.id})</span>
          </Button>
          <Button
            id={`${anchor}-omlaag`}
            disabled={index === count - 1}
            onClick={() => props.onMove(index, index + 1)}
          >
            Omlaag<span className="mw-visually-hidden"> ({question.id})</span>
          </Button>
          <Button onClick={() => props.onEdit(index)}>
            Wijzigen<span className="mw-visually-hidden"> ({question.id})</span>
          </Button>
          {removable && (
            <Button appearance="subtle" onClick={() => props.onRemove(index)}>
              Verwijderen<span className="mw-visually-hidden"> ({question.id})</span>
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
