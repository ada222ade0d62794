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

/** First message per top-level field from a zod `safeParse` failure. */
export function fieldErrorsFromIssues(issues: readonly IssueLike[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    fields[name] ??= issue.message;
  }
  return fields;
}

/**
 * Splits a failed call into field messages (for fields the form shows) and one general
 * message for the rest, so no message from the server is ever dropped.
 */
export function formErrorsFromApi(error: unknown, shownFields: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: 'Er ging iets mis. Probeer het opnieuw.' };
  }
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const param of error.invalidParams) {
    if (shownFields.includes(param.name)) fields[param.name] ??= param.reason;
    else other.push(param.reason);
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  const general = [hasFieldErrors && !other.length ? undefined : error.userMessage, ...other]
    .filter(Boolean)
    .join(' ');
  return general ? { fields, general } : { fields };
}

export function hasErrors(errors: FormErrors): boolean {
  return Boolean(errors.general) || Object.keys(errors.fields).length > 0;
}

export const NO_ERRORS: FormErrors = { fields: {} };
