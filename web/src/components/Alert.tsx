import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../lib/cx.js';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/** Words that say what kind of message this is, so the colour is never the only clue. */
const PREFIX: Record<AlertType, string> = {
  info: 'Melding',
  ok: 'Gelukt',
  warning: 'Waarschuwing',
  error: 'Fout',
};

export interface AlertProps extends Omit<ComponentPropsWithRef<'div'>, 'title'> {
  type?: AlertType;
  title?: ReactNode;
}

export function Alert({ type = 'info', title, children, className, ...props }: AlertProps) {
  return (
    <div
      {...props}
      className={cx('utrecht-alert', `utrecht-alert--${type}`, 'mw-alert', className)}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {title ? (
            <p className="utrecht-paragraph mw-alert__title">{title}</p>
          ) : (
            <span className="mw-visually-hidden">{PREFIX[type]}: </span>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}
