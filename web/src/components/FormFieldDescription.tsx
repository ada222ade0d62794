import type { ReactNode } from 'react';

export function FormFieldDescription({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field__description">
      <div id={id} className="utrecht-form-field-description">
        {children}
      </div>
    </div>
  );
}
