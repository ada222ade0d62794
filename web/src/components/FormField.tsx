import type { ReactNode } from 'react';
import { cx } from '../lib/cx.js';
import { FormFieldDescription } from './FormFieldDescription.js';
import { FormFieldErrorMessage } from './FormFieldErrorMessage.js';
import { FormLabel } from './FormLabel.js';

/** Props a form control needs to be tied to its label, description and error message. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FormFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function FormField({ id, label, description, error, className, children }: FormFieldProps) {
  const descriptionId = description ? `${id}-beschrijving` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  const control: ControlProps = {
    id,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  return (
    <div className={cx('utrecht-form-field', error && 'utrecht-form-field--invalid', className)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && descriptionId && (
        <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
      )}
      {error && errorId && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children(control)}</div>
    </div>
  );
}
