import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx.js';

export function FormLabel({ className, ...props }: ComponentPropsWithoutRef<'label'>) {
  return <label {...props} className={cx('utrecht-form-label', className)} />;
}
