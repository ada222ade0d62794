import type { Migration } from 'kysely';
import * as platform from './2026-11-23T1830-platform.js';
import * as surveys from './2026-11-23T2000-surveys.js';
import * as passwordChange from './2026-11-23T2100-password-change.js';
import * as invitationLetters from './2026-11-23T2130-invitation-letters.js';
import * as responseVoorziening from './2026-11-24T0800-response-voorziening.js';
import * as results from './2026-11-24T0900-results.js';
import * as registrations from './2026-11-24T1000-registrations.js';
import * as outcomes from './2026-11-24T1100-outcomes.js';
import * as respondentStatements from './2026-11-24T1200-respondent-statements.js';
import * as jobs from './2026-12-07T1600-jobs.js';

/** Every migration, by its timestamped name. Names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T1830-platform': platform,
  '2026-11-23T2000-surveys': surveys,
  '2026-11-23T2100-password-change': passwordChange,
  '2026-11-23T2130-invitation-letters': invitationLetters,
  '2026-11-24T0800-response-voorziening': responseVoorziening,
  '2026-11-24T0900-results': results,
  '2026-11-24T1000-registrations': registrations,
  '2026-11-24T1100-outcomes': outcomes,
  '2026-11-24T1200-respondent-statements': respondentStatements,
  '2026-12-07T1600-jobs': jobs,
};
