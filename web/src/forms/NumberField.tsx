import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { FormField } from '../components/FormField.js';
import { Textbox } from '../components/Textbox.js';

type InputProps = Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'value' | 'onChange'>;

export interface NumberFieldProps extends InputProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** Kept as typed, so a half-typed or wrong value can be shown back with its error. */
  value: string;
  onChange: (value: string) => void;
  /** 'decimal' where a comma is expected, such as "0,5"; turn the text into a number with `typed-input`. */
  inputMode?: 'numeric' | 'decimal';
}

/** A short field for a number: the numeric keyboard on phones, no spinner buttons. */
export function NumberField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  inputMode = 'numeric',
  className = 'mw-short',
  autoComplete = 'off',
  ...input
}: NumberFieldProps) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      {(control) => (
        <Textbox
          {...input}
          {...control}
          inputMode={inputMode}
          autoComplete={autoComplete}
          className={className}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
