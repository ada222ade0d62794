import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Questionnaire } from '../../../../../shared/surveys/questionnaire.js';
import { Button } from '../../Button.js';
import { ButtonGroup } from '../../ButtonGroup.js';
import { Heading } from '../../Heading.js';
import { Paragraph } from '../../Paragraph.js';
import {
  askedOn,
  nextPage,
  pagesOf,
  previousPage,
  progress,
  type Answers,
} from './preview-model.js';
import { ResidentQuestion } from './ResidentQuestion.js';

type Place = { kind: 'intro' } | { kind: 'page'; index: number } | { kind: 'end' };

/**
 * The questionnaire page by page, with the routing applied, as a resident answers it online.
 * Nothing leaves the browser: the answers live in this component only.
 */
export function QuestionnairePreview({ questionnaire }: { questionnaire: Questionnaire }) {
  const pages = pagesOf(questionnaire.questions);
  const [place, setPlace] = useState<Place>({ kind: 'intro' });
  const [answers, setAnswers] = useState<Answers>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // A new page is announced like a new page load: focus on its heading.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [place]);

  function go(next: Place) {
    moved.current = true;
    setPlace(next);
  }

  function forward(from: number) {
    const next = nextPage(pages, from, answers);
    go(next === null ? { kind: 'end' } : { kind: 'page', index: next });
  }

  function back(from: number) {
    const previous = previousPage(pages, from, answers);
    go(previous === null ? { kind: 'intro' } : { kind: 'page', index: previous });
  }

  function submit(event: FormEvent<HTMLFormElement>, from: number) {
    event.preventDefault();
    forward(from);
  }

  if (place.kind === 'intro') {
    return (
      <div className="mw-resident">
        <Heading level={3} ref={headingRef} tabIndex={-1}>
          Welkom
        </Heading>
        {questionnaire.intro
          .split(/\n{2,}/)
          .filter(Boolean)
          .map((text) => (
            <Paragraph key={text}>{text}</Paragraph>
          ))}
        <Button appearance="primary-action" onClick={() => forward(-1)}>
          Beginnen
        </Button>
      </div>
    );
  }

  if (place.kind === 'end') {
    return (
      <div className="mw-resident">
        <Heading level={3} ref={headingRef} tabIndex={-1}>
          Klaar. Bedankt voor het invullen!
        </Heading>
        <Paragraph>
          Hier ziet de inwoner dat de antwoorden zijn verstuurd. Dit is een voorbeeld: er is niets
          verstuurd of opgeslagen.
        </Paragraph>
        <ButtonGroup>
          <Button onClick={() => back(pages.length)}>Vorige</Button>
          <Button
            onClick={() => {
              setAnswers({});
              go({ kind: 'intro' });
            }}
          >
            Opnieuw beginnen
          </Button>
        </ButtonGroup>
      </div>
    );
  }

  const page = pages[place.index] ?? [];
  const { number, total } = progress(pages, place.index, answers);
  return (
    <form noValidate className="mw-resident" onSubmit={(event) => submit(event, place.index)}>
      <Heading level={3} ref={headingRef} tabIndex={-1} className="mw-resident__progress">
        Stap {number} van {total}
      </Heading>
      {askedOn(page, answers).map((question) => (
        <ResidentQuestion
          key={question.id}
          question={question}
          value={answers[question.id] ?? []}
          onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
        />
      ))}
      <ButtonGroup>
        <Button onClick={() => back(place.index)}>Vorige</Button>
        <Button type="submit" appearance="primary-action">
          Volgende
        </Button>
      </ButtonGroup>
    </form>
  );
}
