import { ApiError } from '../../api/errors.js';
import type { FormErrors } from '../../lib/form-errors.js';

/**
 * Like formErrorsFromApi, but a nested name (`gemeenten.3`) belongs to its top field: the
 * server reports array items one by one, the form shows one field for the whole array.
 */
export function topFieldErrorsFromApi(error: unknown, shown: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: 'Er ging iets mis. Probeer het opnieuw.' };
  }
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const param of error.invalidParams) {
    const top = param.name.split('.')[0] ?? '';
    if (shown.includes(top)) fields[top] ??= param.reason;
    else other.push(param.reason);
  }
  const hasFields = Object.keys(fields).length > 0;
  const general = [hasFields && !other.length ? '' : error.userMessage, ...other]
    .filter(Boolean)
    .join(' ');
  return general ? { fields, general } : { fields };
}
