import type { Problem } from '../../../shared/api/common.schema.js';

export type InvalidParam = NonNullable<Problem['invalidParams']>[number];

const FALLBACK_TITLES: Record<number, string> = {
  0: 'Geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
  400: 'De gegevens zijn niet goed ingevuld.',
  401: 'U bent niet ingelogd.',
  403: 'U heeft geen toegang tot deze gegevens.',
  404: 'Deze gegevens bestaan niet (meer).',
  409: 'De gegevens zijn intussen gewijzigd.',
  423: 'Dit account is tijdelijk geblokkeerd.',
  429: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
};

/** A failed API call, carrying the server's problem details (RFC 9457). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get invalidParams(): InvalidParam[] {
    return this.problem.invalidParams ?? [];
  }

  /** The sentence to show a user: the server's Dutch detail when it gave one. */
  get userMessage(): string {
    return this.problem.detail ?? fallbackTitle(this.status);
  }
}

export function fallbackTitle(status: number): string {
  return (
    FALLBACK_TITLES[status] ??
    (status >= 500
      ? 'Er ging iets mis op de server. Probeer het later opnieuw.'
      : 'Er ging iets mis. Probeer het opnieuw.')
  );
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    typeof (value as { title?: unknown }).title === 'string'
  );
}

export async function problemFrom(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: fallbackTitle(response.status),
    status: response.status,
  };
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : fallback;
  } catch {
    return fallback;
  }
}

export function networkError(): ApiError {
  return new ApiError({ type: 'about:blank', title: fallbackTitle(0), status: 0 });
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.userMessage : fallbackTitle(500);
}
