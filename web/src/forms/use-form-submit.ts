import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  errorsOfValidation,
  formErrorsFromApi,
  NO_ERRORS,
  type ApiErrorOptions,
  type FormErrors,
  type Validation,
} from './form-errors.js';

export interface FormSubmitOptions<TInput, TResult> {
  /**
   * Element id per field name, in the order the fields appear on the page. The server's
   * `invalidParams` for these names show at their field; the rest in the summary's text.
   */
  fieldIds: Record<string, string>;
  /**
   * Checks the typed values before anything is sent; a zod `safeParse` result fits. Without
   * it the form sends only through `sendChecked`.
   */
  validate?: () => Validation<TInput>;
  send: (input: TInput) => Promise<TResult> | TResult;
  onSuccess?: (result: TResult, input: TInput) => void;
  /** Called after a failed call, with the messages already shown. */
  onError?: (error: unknown) => void;
  /** Called on every submit before the check, e.g. to hide an earlier "saved" message. */
  onStart?: () => void;
  /** How a failed call becomes messages; by default through `formErrorsFromApi`. */
  errorsFromApi?: (error: unknown) => FormErrors;
  /**
   * Hides the last messages as soon as a checked submit is sent, so a message shown with
   * `role="alert"` is announced again when the next try fails the same way.
   */
  clearErrorsOnSend?: boolean;
  apiErrorOptions?: ApiErrorOptions;
}

export interface FormSubmit<TInput> {
  /** For `<form onSubmit>`: prevents the page load, checks, sends. */
  onSubmit: (event?: FormEvent) => void;
  /** Sends values checked elsewhere, such as a step of a larger flow. */
  sendChecked: (input: TInput) => void;
  busy: boolean;
  errors: FormErrors;
  /** Spread into `<ErrorSummary>`: a new attempt moves focus to it. */
  summary: { errors: FormErrors; fieldIds: Record<string, string>; attempt: number };
  /** Shows messages found outside the submit, with focus on the summary as after a submit. */
  fail: (errors: FormErrors) => void;
  clearErrors: () => void;
  /** A field's own live check, such as a logo that is too large, without moving focus. */
  setFieldError: (name: string, message: string | undefined) => void;
}

/**
 * The submit of a staff form: check, send as a mutation, then either the success callback or
 * the messages at their fields and in the summary, which gets focus after each failed try.
 */
export function useFormSubmit<TInput, TResult>(
  options: FormSubmitOptions<TInput, TResult>,
): FormSubmit<TInput> {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const mutation = useMutation({ mutationFn: async (input: TInput) => options.send(input) });

  function fail(next: FormErrors) {
    setErrors(next);
    setAttempt((n) => n + 1);
  }

  async function sendChecked(input: TInput) {
    if (options.clearErrorsOnSend) setErrors(NO_ERRORS);
    let result: TResult;
    try {
      result = await mutation.mutateAsync(input);
    } catch (error) {
      fail(
        options.errorsFromApi
          ? options.errorsFromApi(error)
          : formErrorsFromApi(error, Object.keys(options.fieldIds), options.apiErrorOptions),
      );
      options.onError?.(error);
      return;
    }
    setErrors(NO_ERRORS);
    options.onSuccess?.(result, input);
  }

  function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    if (mutation.isPending || !options.validate) return;
    options.onStart?.();
    const validation = options.validate();
    if (!validation.success) return fail(errorsOfValidation(validation));
    void sendChecked(validation.data);
  }

  return {
    onSubmit,
    sendChecked: (input) => void sendChecked(input),
    busy: mutation.isPending,
    errors,
    summary: { errors, fieldIds: options.fieldIds, attempt },
    fail,
    clearErrors: () => setErrors(NO_ERRORS),
    setFieldError: (name, message) =>
      setErrors((current) => {
        const fields = { ...current.fields };
        if (message) fields[name] = message;
        else delete fields[name];
        return { ...current, fields };
      }),
  };
}
