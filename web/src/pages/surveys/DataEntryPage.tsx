import { useState } from 'react';
import { STAFF_CHANNELS } from '../../../../shared/api/responses.schema.js';
import { useQuestionnaire } from '../../api/surveys.js';
import { Fieldset } from '../../components/Fieldset.js';
import { Heading } from '../../components/Heading.js';
import { LoadingMessage } from '../../components/LoadingMessage.js';
import { Paragraph } from '../../components/Paragraph.js';
import { QueryError } from '../../components/QueryError.js';
import { ChoiceField, RadioButton } from '../../components/surveys/controls.js';
import { EntryConflicts } from '../../components/surveys/fieldwork/EntryConflicts.js';
import { ResponseFileImport } from '../../components/surveys/fieldwork/ResponseFileImport.js';
import { EntryForm, type EntrySettings } from '../../components/surveys/fieldwork/EntryForm.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';
import '../../components/surveys/fieldwork/fieldwork.css';

const CHANNEL_LABELS = { papier: 'Papieren vragenlijst', telefoon: 'Telefonisch' } as const;
const ENTRY_CHOICES = [
  { value: 0, label: 'Eén keer invoeren' },
  { value: 1, label: 'Dubbele invoer: ik ben invoerder 1' },
  { value: 2, label: 'Dubbele invoer: ik ben invoerder 2' },
] as const;

export function DataEntryPage() {
  const { survey } = useSurveyContext();
  usePageTitle(`Invoer — ${survey.naam}`);
  const questionnaire = useQuestionnaire(survey.id);
  const [settings, setSettings] = useState<EntrySettings>({
    kanaal: 'papier',
    invoerder: undefined,
  });
  const [count, setCount] = useState(0);

  return (
    <section aria-labelledby="invoer-kop" className="mw-section">
      <Heading level={2} id="invoer-kop">
        Invoer
      </Heading>
      <Paragraph>
        Typ per vraag de code van het aangekruiste antwoord. Enter gaat naar de volgende vraag;
        Enter bij de laatste vraag slaat op. Laat een vraag leeg als er niets is ingevuld.
      </Paragraph>
      <Paragraph aria-live="polite" className="mw-entry-count">
        Ingevoerd deze sessie: <strong>{count}</strong>
      </Paragraph>
      <div className="mw-entry-settings">
        <Fieldset legend="Hoe kwam het antwoord binnen?">
          {STAFF_CHANNELS.map((kanaal) => (
            <ChoiceField key={kanaal} id={`kanaal-${kanaal}`} label={CHANNEL_LABELS[kanaal]}>
              <RadioButton
                id={`kanaal-${kanaal}`}
                name="kanaal"
                checked={settings.kanaal === kanaal}
                onChange={() => setSettings((s) => ({ ...s, kanaal }))}
              />
            </ChoiceField>
          ))}
        </Fieldset>
        <Fieldset legend="Invoer">
          {ENTRY_CHOICES.map((choice) => (
            <ChoiceField key={choice.value} id={`invoerder-${choice.value}`} label={choice.label}>
              <RadioButton
                id={`invoerder-${choice.value}`}
                name="invoerder"
                checked={(settings.invoerder ?? 0) === choice.value}
                onChange={() =>
                  setSettings((s) => ({
                    ...s,
                    invoerder: choice.value === 0 ? undefined : choice.value,
                  }))
                }
              />
            </ChoiceField>
          ))}
        </Fieldset>
      </div>
      <section aria-labelledby="formulier-kop" className="mw-section">
        <Heading level={3} id="formulier-kop">
          Formulier
        </Heading>
        {questionnaire.isPending && <LoadingMessage>De vragenlijst wordt geladen…</LoadingMessage>}
        {questionnaire.error && <QueryError error={questionnaire.error} what="De vragenlijst" />}
        {questionnaire.data && (
          <EntryForm
            key={questionnaire.data.versie}
            surveyId={survey.id}
            questionnaire={questionnaire.data.vragenlijst}
            settings={settings}
            onSaved={() => setCount((n) => n + 1)}
          />
        )}
      </section>
      <section aria-labelledby="bestand-kop" className="mw-section">
        <Heading level={3} id="bestand-kop">
          Een bestand met formulieren inlezen
        </Heading>
        <ResponseFileImport surveyId={survey.id} />
      </section>
      <section aria-labelledby="verschillen-kop" className="mw-section">
        <Heading level={3} id="verschillen-kop">
          Verschillen bij dubbele invoer
        </Heading>
        <EntryConflicts surveyId={survey.id} />
      </section>
    </section>
  );
}
