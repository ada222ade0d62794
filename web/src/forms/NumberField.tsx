import { TextboxField, type TextboxFieldProps } from './TextboxField.js';

export interface NumberFieldProps extends TextboxFieldProps {
  /** 'decimal' where a comma is expected, such as "0,5"; `typed-input` reads the text. */
  inputMode?: 'numeric' | 'decimal';
}

/** A short field for a number: the numeric keyboard on phones, no spinner buttons. */
export function NumberField({
  inputMode = 'numeric',
  className = 'mw-short',
  autoComplete = 'off',
  ...props
}: NumberFieldProps) {
  return (
    <TextboxField
      {...props}
      inputMode={inputMode}
      autoComplete={autoComplete}
      className={className}
    />
  );
}
