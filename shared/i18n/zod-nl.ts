import { z } from 'zod';

let configured = false;

/**
 * Dutch messages for every zod error that has no message of its own. Call once at start-up, in
 * the server and in the web app, so all validation speaks Dutch.
 */
export function applyDutchValidationMessages(): void {
  if (configured) return;
  z.config(z.locales.nl());
  configured = true;
}
