import type { ComponentPropsWithRef } from 'react';
import { cx } from '../lib/cx.js';

export interface HeadingProps extends ComponentPropsWithRef<'h1'> {
  level: 1 | 2 | 3 | 4 | 5 | 6;
}

export function Heading({ level, className, ...props }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...props} className={cx(`utrecht-heading-${level}`, className)} />;
}

/**
 * The page's h1. Focusable from script only, so a route change can move focus here and
 * screen readers announce the new page.
 */
export function PageHeading(props: Omit<HeadingProps, 'level'>) {
  return <Heading {...props} level={1} tabIndex={-1} data-page-heading="" />;
}
