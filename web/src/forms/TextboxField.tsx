import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { FormField } from '../components/FormField.js';
import { Textbox } from '../components/Textbox.js';

type InputProps = Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'value' | 'onChange'>;

export interface TextboxFieldProps extends InputProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Kept as typed, so a half-typed or wrong value can be shown back with its error. */
  value: string;
  onChange: (value: string) => void;
}

/** One text box with its label, description and error message tied to it. */
export function TextboxField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  ...input
}: TextboxFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <Textbox
          {...input}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
