import type { ComponentPropsWithRef } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';
import { cx } from '../lib/cx.js';

/** A link inside the app, handled by the router. */
export function Link({ className, ...props }: RouterLinkProps) {
  return (
    <RouterLink {...props} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />
  );
}

/** A link the browser follows itself, such as a file download. */
export function ExternalLink({ className, ...props }: ComponentPropsWithRef<'a'>) {
  return <a {...props} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />;
}

/** A link that looks like a button, for actions that are really navigation. */
export function ButtonLink({ className, ...props }: ComponentPropsWithRef<'a'>) {
  return (
    <a
      {...props}
      className={cx(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        'utrecht-button-link--secondary-action',
        className,
      )}
    />
  );
}
