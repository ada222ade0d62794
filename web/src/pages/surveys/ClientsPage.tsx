import { useEffect, useState } from 'react';
import type {
  ClientFileColumns,
  ClientImportResult,
  ColumnMapping,
} from '../../../../shared/api/clients.schema.js';
import { importClients } from '../../api/clients.js';
import { messageOf } from '../../api/errors.js';
import { Alert } from '../../components/Alert.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import {
  ClientFileForm,
  type ClientFileChoice,
} from '../../components/surveys/fieldwork/ClientFileForm.js';
import { ClientImportOutcome } from '../../components/surveys/fieldwork/ClientImportOutcome.js';
import {
  ClientCountTable,
  ClientImportHistory,
} from '../../components/surveys/fieldwork/ClientRegisterOverview.js';
import { ColumnMappingForm } from '../../components/surveys/fieldwork/ColumnMappingForm.js';
import { useFormSubmit } from '../../forms/use-form-submit.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { useSurveyContext } from './survey-context.js';
import '../../components/surveys/fieldwork/fieldwork.css';

type Step =
  | { kind: 'file' }
  | { kind: 'mapping'; choice: ClientFileChoice; columns: ClientFileColumns }
  | { kind: 'done'; result: ClientImportResult };

/** Moves focus to the heading of the step that just appeared, so a screen reader follows. */
function useFocusOnStep(step: Step) {
  useEffect(() => {
    const id =
      step.kind === 'mapping' ? 'kolommen-kop' : step.kind === 'done' ? 'import-resultaat' : null;
    if (id) document.getElementById(id)?.focus();
  }, [step]);
}

export function ClientsPage() {
  const { survey } = useSurveyContext();
  usePageTitle(`Cliënten — ${survey.naam}`);
  const [step, setStep] = useState<Step>({ kind: 'file' });
  useFocusOnStep(step);
  const importing = useFormSubmit({
    fieldIds: {},
    send: ({ choice, mapping }: { choice: ClientFileChoice; mapping: ColumnMapping }) =>
      importClients(survey.id, choice.file, mapping, choice.gemeente),
    errorsFromApi: (failure) => ({ fields: {}, general: messageOf(failure) }),
    onSuccess: (result) => setStep({ kind: 'done', result }),
  });

  return (
    <section aria-labelledby="clienten-kop" className="mw-section">
      <Heading level={2} id="clienten-kop">
        Cliënten
      </Heading>
      <Paragraph>
        Lees het cliëntenbestand van de gemeente in. Daaruit trekt u straks de steekproef. Een
        bestand opnieuw inlezen werkt bestaande cliënten bij (op klantnummer).
      </Paragraph>

      {step.kind === 'mapping' ? (
        <section aria-labelledby="kolommen-kop" className="mw-section">
          <Heading level={3} id="kolommen-kop" tabIndex={-1}>
            Kolommen koppelen
          </Heading>
          {importing.errors.general && (
            <Alert type="error" role="alert">
              <Paragraph>{importing.errors.general}</Paragraph>
            </Alert>
          )}
          <ColumnMappingForm
            fileName={step.choice.file.name}
            columns={step.columns}
            busy={importing.busy}
            onImport={(mapping) => importing.sendChecked({ choice: step.choice, mapping })}
            onCancel={() => {
              importing.clearErrors();
              setStep({ kind: 'file' });
            }}
          />
        </section>
      ) : (
        <section aria-labelledby="inlezen-kop" className="mw-section">
          <Heading level={3} id="inlezen-kop">
            Bestand inlezen
          </Heading>
          <ClientFileForm
            survey={survey}
            onRead={(choice, columns) => setStep({ kind: 'mapping', choice, columns })}
          />
        </section>
      )}

      {step.kind === 'done' && <ClientImportOutcome surveyId={survey.id} result={step.result} />}

      <section aria-labelledby="aantallen-kop" className="mw-section">
        <Heading level={3} id="aantallen-kop">
          Aantallen
        </Heading>
        <ClientCountTable surveyId={survey.id} />
      </section>
      <ClientImportHistory surveyId={survey.id} />
    </section>
  );
}
