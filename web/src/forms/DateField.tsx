import type { ReactNode } from 'react';
import { FormField } from '../components/FormField.js';
import { Textbox } from '../components/Textbox.js';

export interface DateFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** As the browser gives it: `2026-03-05`, or empty. */
  value: string;
  onChange: (value: string) => void;
  min?: string | undefined;
  max?: string | undefined;
  name?: string;
  className?: string;
}

/** A day picked with the browser's own date control, which every screen reader knows. */
export function DateField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  ...input
}: DateFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <Textbox
          {...input}
          {...control}
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
