import { TextboxField, type TextboxFieldProps } from './TextboxField.js';

export type DateFieldProps = Omit<TextboxFieldProps, 'type'>;

/**
 * A day picked with the browser's own date control, which every screen reader knows; the
 * value is as the browser gives it (`2026-03-05`) or empty.
 */
export function DateField(props: DateFieldProps) {
  return <TextboxField {...props} type="date" />;
}
