import type { ReactNode } from 'react';
import { FormField } from './FormField.js';
import { Textbox } from './Textbox.js';

export interface NumberFieldProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Kept as typed, so a half-typed or wrong value can be shown back with its error. */
  value: string;
  onChange: (value: string) => void;
}

/** A short field for a whole number: the numeric keyboard on phones, no spinner buttons. */
export function NumberField({ id, label, description, error, value, onChange }: NumberFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <Textbox
          {...control}
          inputMode="numeric"
          autoComplete="off"
          className="mw-short"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
