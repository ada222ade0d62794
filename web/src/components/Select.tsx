import type { ComponentPropsWithRef } from 'react';
import { cx, isTrue } from '../lib/cx.js';

export interface SelectProps extends ComponentPropsWithRef<'select'> {
  invalid?: boolean;
}

export function Select({ invalid, className, ...props }: SelectProps) {
  const isInvalid = invalid || isTrue(props['aria-invalid']);
  return (
    <select
      {...props}
      aria-invalid={isInvalid || undefined}
      className={cx(
        'utrecht-select',
        'utrecht-select--html-select',
        isInvalid && 'utrecht-select--invalid',
        className,
      )}
    />
  );
}
