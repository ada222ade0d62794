import { Fragment } from 'react';
import { THEME_LABELS, type Question } from '../../../../../shared/surveys/questionnaire.js';
import { Heading } from '../../Heading.js';
import { themeRuns } from './editor-model.js';
import { QuestionItem, type QuestionItemProps } from './QuestionItem.js';

export interface QuestionListProps extends Pick<
  QuestionItemProps,
  'onMove' | 'onEdit' | 'onRemove'
> {
  questions: readonly Question[];
  problems: ReadonlyMap<number, string[]>;
  removable: (question: Question) => boolean;
}

/**
 * The questions in the order they are asked, under a heading per theme. A theme can come back
 * further down when an own question is placed between others.
 */
export function QuestionList({ questions, problems, removable, ...actions }: QuestionListProps) {
  const runs = themeRuns(questions);
  return (
    <>
      {runs.map((run, r) => {
        const end = runs[r + 1]?.start ?? questions.length;
        const headingId = `thema-${r}`;
        return (
          <Fragment key={`${run.theme}-${run.start}`}>
            <Heading level={3} id={headingId} className="mw-theme-heading">
              {THEME_LABELS[run.theme]}
            </Heading>
            <ol start={run.start + 1} className="mw-questions" aria-labelledby={headingId}>
              {questions.slice(run.start, end).map((question, offset) => (
                <QuestionItem
                  key={question.id}
                  question={question}
                  index={run.start + offset}
                  count={questions.length}
                  all={questions}
                  problems={problems.get(run.start + offset) ?? []}
                  removable={removable(question)}
                  {...actions}
                />
              ))}
            </ol>
          </Fragment>
        );
      })}
    </>
  );
}
