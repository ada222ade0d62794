import type { ComponentPropsWithoutRef, ComponentPropsWithRef } from 'react';
import { cx } from '../lib/cx.js';

export interface TableContainerProps extends ComponentPropsWithoutRef<'div'> {
  /** Names the scroll region; usually the table's caption. */
  label: string;
}

/**
 * Scrolls sideways on narrow screens instead of breaking the page layout. Focusable, so the
 * keyboard can scroll it too.
 */
export function TableContainer({ label, className, ...props }: TableContainerProps) {
  return (
    <div
      {...props}
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cx(
        'utrecht-table-container',
        'utrecht-table-container--overflow-inline',
        'mw-table-region',
        className,
      )}
    />
  );
}

export function Table({ className, ...props }: ComponentPropsWithRef<'table'>) {
  return (
    <table {...props} className={cx('utrecht-table', 'utrecht-table--html-table', className)} />
  );
}

export function TableCaption({ className, ...props }: ComponentPropsWithoutRef<'caption'>) {
  return <caption {...props} className={cx('utrecht-table__caption', className)} />;
}

export function TableHeader(props: ComponentPropsWithoutRef<'thead'>) {
  return <thead {...props} className="utrecht-table__header" />;
}

export function TableBody(props: ComponentPropsWithoutRef<'tbody'>) {
  return <tbody {...props} className="utrecht-table__body" />;
}

export function TableRow(props: ComponentPropsWithoutRef<'tr'>) {
  return <tr {...props} className="utrecht-table__row" />;
}

export function TableHeaderCell({
  scope = 'col',
  className,
  ...props
}: ComponentPropsWithoutRef<'th'>) {
  return <th {...props} scope={scope} className={cx('utrecht-table__header-cell', className)} />;
}

export function TableCell({ className, ...props }: ComponentPropsWithoutRef<'td'>) {
  return <td {...props} className={cx('utrecht-table__cell', className)} />;
}
