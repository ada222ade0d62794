import type { Problem } from '../../shared/api/common.schema.js';

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

/**
 * An error that becomes an `application/problem+json` response (RFC 9457). Throw it from any
 * route or service; the error handler turns it into the response.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail ?? title);
  }

  toBody(instance: string): Problem {
    return {
      type: `https://meetwerk.nl/problemen/${this.status}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      instance,
      ...(this.invalidParams ? { invalidParams: this.invalidParams } : {}),
    };
  }
}

export const problems = {
  invalid: (invalidParams: InvalidParam[], detail = 'Niet alle gegevens zijn goed ingevuld.') =>
    new HttpProblem(400, 'Ongeldige invoer', detail, invalidParams),
  invalidField: (name: string, reason: string, code = 'invalid') =>
    new HttpProblem(400, 'Ongeldige invoer', reason, [{ name, code, reason }]),
  unauthenticated: (detail = 'U bent niet ingelogd, of uw sessie is verlopen. Log opnieuw in.') =>
    new HttpProblem(401, 'Niet ingelogd', detail),
  forbidden: (detail = 'U hebt geen toegang tot dit onderdeel.') =>
    new HttpProblem(403, 'Geen toegang', detail),
  notFound: (detail = 'Dit bestaat niet, of u hebt er geen toegang toe.') =>
    new HttpProblem(404, 'Niet gevonden', detail),
  conflict: (detail: string) => new HttpProblem(409, 'Conflict', detail),
  locked: (detail: string) => new HttpProblem(423, 'Geblokkeerd', detail),
  tooMany: (detail = 'U hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.') =>
    new HttpProblem(429, 'Te veel verzoeken', detail),
};
