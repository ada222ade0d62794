import { ApiError } from '../api/errors.js';

/** Error message per body field name (`email`, `drempelKleineAantallen`, …). */
export type FieldErrors = Record<string, string>;

export interface FormErrors {
  fields: FieldErrors;
  /** A message not tied to one field, such as the server's problem detail. */
  general?: string;
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * What a form's check of its typed values found: a zod `safeParse` result fits as it is; a
 * hand-written check gives its messages per field.
 */
export type Validation<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly IssueLike[] } }
  | { success: false; fields: FieldErrors; general?: string };

/** The typed values are fine only when no field has a message. */
export function checked<T>(fields: FieldErrors, data: () => T): Validation<T> {
  return Object.keys(fields).length > 0
    ? { success: false, fields }
    : { success: true, data: data() };
}

export function errorsOfValidation(validation: Validation<unknown>): FormErrors {
  if (validation.success) return NO_ERRORS;
  if (!('fields' in validation)) return { fields: fieldErrorsFromIssues(validation.error.issues) };
  const { fields, general } = validation;
  return general ? { fields, general } : { fields };
}

/** First message per top-level field from a zod `safeParse` failure. */
export function fieldErrorsFromIssues(issues: readonly IssueLike[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    fields[name] ??= issue.message;
  }
  return fields;
}

export interface ApiErrorOptions {
  /** The form's field for a name the server reports, when the two differ. */
  fieldOf?: (name: string) => string;
  /** Keeps the server's sentence even when every message has its field. */
  alwaysGeneral?: boolean;
}

/**
 * A nested name (`gemeenten.3`) belongs to its top field: the server reports array items one
 * by one where the form shows one field for the whole array.
 */
export const topField = (name: string): string => name.split('.')[0] ?? '';

/**
 * Splits a failed call into field messages (for fields the form shows) and one general
 * message for the rest, so no message from the server is ever dropped.
 */
export function formErrorsFromApi(
  error: unknown,
  shownFields: readonly string[],
  options: ApiErrorOptions = {},
): FormErrors {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: 'Er ging iets mis. Probeer het opnieuw.' };
  }
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const param of error.invalidParams) {
    const name = options.fieldOf ? options.fieldOf(param.name) : param.name;
    if (shownFields.includes(name)) fields[name] ??= param.reason;
    else other.push(param.reason);
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  const explain = options.alwaysGeneral || !hasFieldErrors || other.length > 0;
  const general = [explain ? error.userMessage : undefined, ...other].filter(Boolean).join(' ');
  return general ? { fields, general } : { fields };
}

export function hasErrors(errors: FormErrors): boolean {
  return Boolean(errors.general) || Object.keys(errors.fields).length > 0;
}

export interface SummaryItem {
  /** The element the summary's link moves focus to. */
  fieldId: string;
  message: string;
}

/** The summary's links, in the order the fields appear on the page. */
export function summaryItems(errors: FormErrors, fieldIds: Record<string, string>): SummaryItem[] {
  return Object.entries(fieldIds).flatMap(([name, fieldId]) => {
    const message = errors.fields[name];
    return message ? [{ fieldId, message }] : [];
  });
}

export const NO_ERRORS: FormErrors = { fields: {} };
