import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx.js';

export interface ParagraphProps extends ComponentPropsWithoutRef<'p'> {
  lead?: boolean;
  small?: boolean;
}

export function Paragraph({ lead, small, className, ...props }: ParagraphProps) {
  return (
    <p
      {...props}
      className={cx(
        'utrecht-paragraph',
        lead && 'utrecht-paragraph--lead',
        small && 'utrecht-paragraph--small',
        className,
      )}
    />
  );
}
