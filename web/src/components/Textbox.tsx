import type { ComponentPropsWithRef } from 'react';
import { cx, isTrue } from '../lib/cx.js';

export interface TextboxProps extends ComponentPropsWithRef<'input'> {
  invalid?: boolean;
}

export function Textbox({ invalid, className, type = 'text', ...props }: TextboxProps) {
  const isInvalid = invalid || isTrue(props['aria-invalid']);
  return (
    <input
      {...props}
      type={type}
      aria-invalid={isInvalid || undefined}
      className={cx(
        'utrecht-textbox',
        'utrecht-textbox--html-input',
        isInvalid && 'utrecht-textbox--invalid',
        props.readOnly && 'utrecht-textbox--read-only',
        type === 'password' && 'utrecht-textbox--password',
        className,
      )}
    />
  );
}
