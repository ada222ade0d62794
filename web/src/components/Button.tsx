import type { ComponentPropsWithRef } from 'react';
import { cx } from '../lib/cx.js';

export type ButtonAppearance = 'primary-action' | 'secondary-action' | 'subtle';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  appearance?: ButtonAppearance;
  /** Shows the button as busy while its action runs; it stays focusable. */
  busy?: boolean;
}

export function Button({
  appearance = 'secondary-action',
  busy = false,
  type = 'button',
  className,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      aria-busy={busy || undefined}
      className={cx(
        'utrecht-button',
        `utrecht-button--${appearance}`,
        type === 'submit' && 'utrecht-button--submit',
        busy && 'utrecht-button--busy',
        className,
      )}
    />
  );
}
