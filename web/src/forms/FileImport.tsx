import { useEffect, useState, type ReactNode } from 'react';
import { messageOf } from '../api/errors.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { FormField } from '../components/FormField.js';
import { Paragraph } from '../components/Paragraph.js';
import { NO_FILE_MESSAGE, SPREADSHEET_ACCEPT } from './import-report.js';
import { useFormSubmit } from './use-form-submit.js';

export interface ImportStatus {
  /** One sentence: how many rows were stored and how many refused. */
  text: ReactNode;
  warning: boolean;
}

export interface FileImportProps<TResult> {
  id: string;
  label: string;
  description: string;
  upload: (file: File) => Promise<TResult>;
  onUploaded?: (result: TResult, file: File) => void;
  /** The sentence announced after an upload; without it the page shows what comes next. */
  status?: (result: TResult) => ImportStatus;
  /** What follows the sentence, such as the rejected rows. */
  report?: (result: TResult) => ReactNode;
  submitLabel?: string;
  primary?: boolean;
  className?: string;
  /** Fields that go with the file, such as the gemeente of every row in it. */
  children?: ReactNode;
}

/**
 * Choose a file and send it. A missing file or the server's reason for refusing it shows at
 * the file field, which gets focus; the server's Dutch text says what to change.
 */
export function FileImport<TResult>({
  id,
  label,
  description,
  upload,
  onUploaded,
  status,
  report,
  submitLabel = 'Bestand inlezen',
  primary = false,
  className = 'mw-stack',
  children,
}: FileImportProps<TResult>) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<TResult | null>(null);
  const form = useFormSubmit({
    fieldIds: { bestand: id },
    validate: () =>
      file
        ? { success: true, data: file }
        : { success: false, fields: { bestand: NO_FILE_MESSAGE } },
    send: upload,
    errorsFromApi: (error) => ({ fields: { bestand: messageOf(error) } }),
    onError: () => setResult(null),
    onSuccess: (uploaded, sent) => {
      setResult(uploaded);
      onUploaded?.(uploaded, sent);
    },
  });
  const { attempt } = form.summary;

  useEffect(() => {
    if (attempt > 0) document.getElementById(id)?.focus();
  }, [attempt, id]);

  return (
    <form onSubmit={form.onSubmit} noValidate className={className}>
      <FormField id={id} label={label} description={description} error={form.errors.fields.bestand}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept={SPREADSHEET_ACCEPT}
            className="mw-file-input"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              form.clearErrors();
            }}
          />
        )}
      </FormField>
      {children}
      <Button
        type="submit"
        appearance={primary ? 'primary-action' : 'secondary-action'}
        busy={form.busy}
      >
        {submitLabel}
      </Button>
      {status && (
        <div role="status">
          {result && (
            <Alert type={status(result).warning ? 'warning' : 'ok'}>
              <Paragraph>{status(result).text}</Paragraph>
            </Alert>
          )}
        </div>
      )}
      {result && report?.(result)}
    </form>
  );
}
