import { useEffect, useRef, useState } from 'react';
import {
  questionnaireSchema,
  type Question,
  type Questionnaire,
} from '../../../../../shared/surveys/questionnaire.js';
import { ApiError } from '../../../api/errors.js';
import { queryClient } from '../../../api/query-client.js';
import {
  questionnaireKey,
  saveQuestionnaire,
  surveyKey,
  surveysKey,
  type QuestionnaireVersion,
} from '../../../api/surveys.js';
import { useAnnounce } from '../../../lib/announcer.js';
import type { FormErrors } from '../../../forms/form-errors.js';
import { Alert } from '../../Alert.js';
import { Button } from '../../Button.js';
import { ErrorSummary } from '../../../forms/ErrorSummary.js';
import { Heading } from '../../Heading.js';
import { Paragraph } from '../../Paragraph.js';
import { draftOf, move, newDraft, questionIndexOf } from './editor-model.js';
import { IntroField } from './IntroField.js';
import { questionAnchor } from './QuestionItem.js';
import { QuestionForm } from './QuestionForm.js';
import { QuestionList } from './QuestionList.js';
import { ResponsesNotice } from './ResponsesNotice.js';
import { SaveBar } from './SaveBar.js';

interface Problems {
  byQuestion: Map<number, string[]>;
  general: string[];
}

const NO_PROBLEMS: Problems = { byQuestion: new Map(), general: [] };

function collect(
  items: ReadonlyArray<{ path: readonly PropertyKey[] | string; message: string }>,
): Problems {
  const byQuestion = new Map<number, string[]>();
  const general: string[] = [];
  for (const item of items) {
    const index = questionIndexOf(item.path);
    if (index === null) general.push(item.message);
    else byQuestion.set(index, [...(byQuestion.get(index) ?? []), item.message]);
  }
  return { byQuestion, general };
}

/** The problems as the error summary wants them: one entry per question, in list order. */
function summaryOf(problems: Problems, questions: readonly Question[]) {
  const errors: FormErrors = { fields: {} };
  const fieldIds: Record<string, string> = {};
  for (const [index, messages] of [...problems.byQuestion].sort(([a], [b]) => a - b)) {
    const question = questions[index];
    const key = `vraag${index}`;
    fieldIds[key] = question ? questionAnchor(question) : 'vragen-kop';
    errors.fields[key] = `${question?.id ?? `Vraag ${index + 1}`}: ${messages.join(' ')}`;
  }
  if (problems.general.length) errors.general = problems.general.join(' ');
  return { errors, fieldIds };
}

type Editing = { index: number; isNew: boolean } | null;

export interface QuestionnaireEditorProps {
  surveyId: string;
  loaded: QuestionnaireVersion;
}

export function QuestionnaireEditor({ surveyId, loaded }: QuestionnaireEditorProps) {
  const [base, setBase] = useState(loaded);
  const [draft, setDraft] = useState<Questionnaire>(loaded.vragenlijst);
  const [editing, setEditing] = useState<Editing>(null);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const announce = useAnnounce();
  const dirty = JSON.stringify(draft) !== JSON.stringify(base.vragenlijst);
  const savedById = new Map(base.vragenlijst.questions.map((q) => [q.id, q]));

  // Focus moves after React has drawn the change (a moved item, a closed form).
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  function setFocusId(id: string) {
    pendingFocus.current = id;
  }

  function setQuestions(questions: Question[]) {
    setDraft((current) => ({ ...current, questions }));
    setSavedVersion(null);
    setNotice(null);
  }

  function moveQuestion(from: number, to: number) {
    const question = draft.questions[from];
    if (!question) return;
    setQuestions(move(draft.questions, from, to));
    const anchor = questionAnchor(question);
    // Stay on the button just used, unless it is now disabled at the top or bottom.
    const last = draft.questions.length - 1;
    const up = to < from ? to !== 0 : to === last;
    setFocusId(`${anchor}-${up ? 'omhoog' : 'omlaag'}`);
    announce(`Vraag ${question.id} staat nu op plaats ${to + 1} van ${draft.questions.length}.`);
  }

  function removeQuestion(index: number) {
    const question = draft.questions[index];
    if (!question) return;
    const dependants = draft.questions.filter((q) => q.showIf?.question === question.id);
    if (dependants.length > 0) {
      setNotice(
        `Vraag ${question.id} kan niet weg: ${dependants.map((q) => q.id).join(' en ')} ${dependants.length > 1 ? 'hangen' : 'hangt'} ervan af. Pas eerst de routing daarvan aan.`,
      );
      return;
    }
    setQuestions(draft.questions.filter((_, i) => i !== index));
    setFocusId('vragen-kop');
    announce(
      `Vraag ${question.id} is uit de lijst gehaald. Sla de vragenlijst op om dit te bewaren.`,
    );
  }

  function finishEditing(question: Question) {
    if (!editing) return;
    const questions = [...draft.questions];
    if (editing.isNew) questions.splice(editing.index, 0, question);
    else questions[editing.index] = question;
    setQuestions(questions);
    setEditing(null);
    setFocusId(questionAnchor(question));
  }

  function cancelEditing() {
    const question = editing && !editing.isNew ? draft.questions[editing.index] : undefined;
    setEditing(null);
    setFocusId(question ? questionAnchor(question) : 'vraag-toevoegen');
  }

  function fail(next: Problems) {
    setProblems(next);
    setAttempt((n) => n + 1);
  }

  async function save() {
    if (!dirty) {
      announce('Er zijn geen wijzigingen om op te slaan.');
      return;
    }
    const parsed = questionnaireSchema.safeParse(draft);
    if (!parsed.success) {
      return fail(collect(parsed.error.issues.map((i) => ({ path: i.path, message: i.message }))));
    }
    setBusy(true);
    try {
      const saved = await saveQuestionnaire(surveyId, parsed.data);
      queryClient.setQueryData(questionnaireKey(surveyId), saved);
      void queryClient.invalidateQueries({ queryKey: surveyKey(surveyId), exact: true });
      void queryClient.invalidateQueries({ queryKey: surveysKey, exact: true });
      setBase(saved);
      setDraft(saved.vragenlijst);
      setProblems(NO_PROBLEMS);
      setSavedVersion(saved.versie);
    } catch (error) {
      if (error instanceof ApiError) {
        const params = error.invalidParams.map((p) => ({ path: p.name, message: p.reason }));
        const found = collect(params);
        // The server's own sentence explains the rule; the params say which questions.
        found.general.unshift(error.userMessage);
        fail(found);
      } else {
        fail({ byQuestion: new Map(), general: ['Er ging iets mis. Probeer het opnieuw.'] });
      }
    } finally {
      setBusy(false);
    }
  }

  function removable(question: Question): boolean {
    return !(base.heeftReacties && savedById.has(question.id));
  }

  const summary = summaryOf(problems, draft.questions);
  const editingQuestion = editing && !editing.isNew ? draft.questions[editing.index] : undefined;

  return (
    <>
      {base.heeftReacties && <ResponsesNotice />}
      <ErrorSummary
        errors={summary.errors}
        fieldIds={summary.fieldIds}
        attempt={attempt}
        title="De vragenlijst is niet opgeslagen"
      />
      <IntroField
        value={draft.intro}
        onChange={(intro) => {
          setDraft((current) => ({ ...current, intro }));
          setSavedVersion(null);
        }}
      />
      <section aria-labelledby="vragen-kop" className="mw-section">
        <Heading level={2} id="vragen-kop" tabIndex={-1}>
          Vragen ({draft.questions.length})
        </Heading>
        <Paragraph>
          Vragen met ‘Standaardvraag: vaste tekst’ komen uit de landelijke vragenlijst. Hun tekst en
          antwoorden liggen vast, zodat de uitkomsten te vergelijken zijn met andere gemeenten en
          eerdere jaren. Eigen vragen kunt u wijzigen, verplaatsen en weghalen.
        </Paragraph>
        <div role="alert" className="mw-feedback">
          {notice && (
            <Alert type="warning">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          )}
        </div>
        <QuestionList
          questions={draft.questions}
          problems={problems.byQuestion}
          removable={removable}
          onMove={moveQuestion}
          onEdit={(index) => setEditing({ index, isNew: false })}
          onRemove={removeQuestion}
        />
      </section>
      {editing ? (
        <QuestionForm
          key={editing.isNew ? 'nieuw' : (editingQuestion?.id ?? 'vraag')}
          initial={editingQuestion ? draftOf(editingQuestion) : newDraft(draft.questions)}
          index={editing.index}
          others={draft.questions.filter((_, i) => editing.isNew || i !== editing.index)}
          isNew={editing.isNew}
          saved={
            base.heeftReacties && editingQuestion
              ? (savedById.get(editingQuestion.id) ?? null)
              : null
          }
          onDone={finishEditing}
          onCancel={cancelEditing}
        />
      ) : (
        <Button
          id="vraag-toevoegen"
          onClick={() => {
            setEditing({ index: draft.questions.length, isNew: true });
            setFocusId('vraagform-kop');
          }}
        >
          Eigen vraag toevoegen
        </Button>
      )}
      <SaveBar
        version={base.versie}
        dirty={dirty}
        busy={busy}
        savedVersion={savedVersion}
        onSave={() => void save()}
        onUndo={() => {
          setDraft(base.vragenlijst);
          setProblems(NO_PROBLEMS);
          setEditing(null);
        }}
      />
    </>
  );
}
