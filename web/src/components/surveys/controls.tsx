import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx, isTrue } from '../../lib/cx.js';

/*
 * Utrecht checkbox, radio button and textarea. They live here until another part of the app
 * needs them; the markup follows the Utrecht CSS, so they can move to components/ unchanged.
 */

export function Checkbox({ className, ...props }: Omit<ComponentPropsWithRef<'input'>, 'type'>) {
  return (
    <input
      {...props}
      type="checkbox"
      className={cx(
        'utrecht-checkbox',
        'utrecht-checkbox--html-input',
        'utrecht-checkbox--custom',
        isTrue(props['aria-invalid']) && 'utrecht-checkbox--invalid',
        className,
      )}
    />
  );
}

export function RadioButton({ className, ...props }: Omit<ComponentPropsWithRef<'input'>, 'type'>) {
  return (
    <input
      {...props}
      type="radio"
      className={cx(
        'utrecht-radio-button',
        'utrecht-radio-button--html-input',
        'utrecht-radio-button--custom',
        className,
      )}
    />
  );
}

export function Textarea({ className, ...props }: ComponentPropsWithRef<'textarea'>) {
  return (
    <textarea
      {...props}
      className={cx(
        'utrecht-textarea',
        'utrecht-textarea--html-textarea',
        isTrue(props['aria-invalid']) && 'utrecht-textarea--invalid',
        className,
      )}
    />
  );
}

/** A checkbox or radio button with its label on the same line, as one large target. */
export function ChoiceField({
  id,
  label,
  description,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', 'mw-choice', className)}
    >
      {children}
      <label
        htmlFor={id}
        className="utrecht-form-label utrecht-form-label--checkbox mw-choice__label"
      >
        {label}
        {description && <span className="mw-choice__description">{description}</span>}
      </label>
    </div>
  );
}
