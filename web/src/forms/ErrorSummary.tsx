import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { hasErrors, summaryItems, type FormErrors } from './form-errors.js';

export interface ErrorSummaryProps {
  errors: FormErrors;
  /** Element id per field name, in the order the fields appear on the page. */
  fieldIds: Record<string, string>;
  /** Changes on every failed submit; each change moves focus to the summary. */
  attempt: number;
  title?: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  document.getElementById(id)?.focus();
}

export function ErrorSummary({
  errors,
  fieldIds,
  attempt,
  title = 'Er ging iets mis',
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const shown = hasErrors(errors);

  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  if (!shown) return null;
  const items = summaryItems(errors, fieldIds);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="utrecht-alert utrecht-alert--error mw-alert mw-error-summary"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 id={headingId} className="utrecht-heading-2">
            {title}
          </h2>
          {errors.general && <p className="utrecht-paragraph">{errors.general}</p>}
          {items.length > 0 && (
            <ul className="utrecht-unordered-list">
              {items.map(({ fieldId, message }) => (
                <li key={fieldId} className="utrecht-unordered-list__item">
                  <a
                    href={`#${fieldId}`}
                    onClick={(event) => focusField(event, fieldId)}
                    className="utrecht-link utrecht-link--html-a"
                  >
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
