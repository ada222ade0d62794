import type { ReactNode } from 'react';

export function FormFieldErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field__error-message">
      <p id={id} className="utrecht-form-field-error-message">
        {/* Said first, so the message does not lean on its red colour alone. */}
        <span className="mw-visually-hidden">Fout: </span>
        {children}
      </p>
    </div>
  );
}
