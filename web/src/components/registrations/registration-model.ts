/*
 * The quick registration form as data: what a fresh form holds, what the keys do, and the
 * checks made while typing. The server checks everything again and has the last word.
 */

import type { NewRegistration, Registration } from '../../../../shared/api/registrations.schema.js';
import { daysBetween, isValidDay } from '../../../../shared/registrations/iso-week.js';
import {
  CHANNELS,
  MINUTES_MAX,
  MINUTES_MIN,
  TASKS_MAX,
  type AgeGroup,
  type Channel,
} from '../../../../shared/registrations/vocabulary.js';

export const MINUTE_PICKS = [5, 10, 15, 30, 45, 60] as const;

export interface RegistrationDraft {
  /** As typed: "23-11-2026" (the default), also "23/11/2026" or "2026-11-23". */
  datum: string;
  /** Location code. */
  locatie: string;
  kanaal: Channel | '';
  /** Task codes, in the order of the taxonomy. */
  taken: string[];
  /** As typed, so a half-typed or wrong value can be shown back with its message. */
  minuten: string;
  resultaat: string;
  leeftijdsgroep: AgeGroup;
  nietDigitaalVaardig: boolean;
  taalbarriere: boolean;
  /** Optional: the professional's own case number; empty keeps the contact anonymous. */
  clientReferentie: string;
}

export type DraftField = keyof RegistrationDraft;

/**
 * Reads a typed day: d-m-jjjj as Dutch people write it (with -, / or .), or jjjj-mm-dd.
 * A plain text box is one stop for Tab, where a date picker is three.
 */
export function parseDay(typed: string): string | null {
  const text = typed.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const iso = dutch
    ? `${dutch[3]}-${dutch[2]?.padStart(2, '0')}-${dutch[1]?.padStart(2, '0')}`
    : text;
  return isValidDay(iso) ? iso : null;
}

/** "2026-11-03" as "03-11-2026". */
export function dutchDay(day: string): string {
  return `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
}

/**
 * The form for the next contact: the day, the location and the channel stay as they were
 * (a professional at the inloop registers one inloop contact after another); the rest empties.
 */
export function nextDraft(
  previous: Pick<RegistrationDraft, 'datum' | 'locatie' | 'kanaal'>,
): RegistrationDraft {
  return {
    datum: previous.datum,
    locatie: previous.locatie,
    kanaal: previous.kanaal,
    taken: [],
    minuten: '',
    resultaat: '',
    leeftijdsgroep: 'onbekend',
    nietDigitaalVaardig: false,
    taalbarriere: false,
    clientReferentie: '',
  };
}

/**
 * The first form: today, at the location this person used last (the server remembers it) if
 * it is still open; with one location only, that one.
 */
export function firstDraft(
  today: string,
  remembered: string | null,
  locationCodes: readonly string[],
): RegistrationDraft {
  const locatie =
    remembered && locationCodes.includes(remembered)
      ? remembered
      : locationCodes.length === 1
        ? (locationCodes[0] ?? '')
        : '';
  return nextDraft({ datum: dutchDay(today), locatie, kanaal: '' });
}

/** An earlier contact back in the form, to change it. */
export function draftOf(registration: Registration): RegistrationDraft {
  return {
    datum: dutchDay(registration.datum),
    locatie: registration.locatie,
    kanaal: registration.kanaal,
    taken: [...registration.taken],
    minuten: String(registration.minuten),
    resultaat: registration.resultaat,
    leeftijdsgroep: registration.leeftijdsgroep,
    nietDigitaalVaardig: registration.nietDigitaalVaardig,
    taalbarriere: registration.taalbarriere,
    clientReferentie: registration.clientReferentie ?? '',
  };
}

/** The body for the API; call only when draftProblems found nothing. */
export function bodyOf(draft: RegistrationDraft): NewRegistration & { datum: string } {
  return {
    datum: parseDay(draft.datum) ?? draft.datum,
    locatie: draft.locatie,
    kanaal: draft.kanaal as Channel,
    taken: draft.taken,
    minuten: Number(draft.minuten.trim()),
    resultaat: draft.resultaat,
    leeftijdsgroep: draft.leeftijdsgroep,
    nietDigitaalVaardig: draft.nietDigitaalVaardig,
    taalbarriere: draft.taalbarriere,
    clientReferentie: draft.clientReferentie.trim() || null,
  };
}

/** Task codes in taxonomy order, with `code` switched on or off. */
export function toggleTask(taken: readonly string[], code: string, order: readonly string[]) {
  const chosen = new Set(taken);
  if (chosen.has(code)) chosen.delete(code);
  else chosen.add(code);
  return order.filter((c) => chosen.has(c));
}

/** Keys 1–9 toggle the first nine tasks, 0 the tenth; other keys do nothing. */
export function taskIndexForKey(key: string, count: number): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const index = key === '0' ? 9 : Number(key) - 1;
  return index < count ? index : null;
}

/** The shortcut shown before a task's label: "1" … "9", "0" for the tenth, none after. */
export function taskKeyHint(index: number): string | null {
  if (index < 9) return String(index + 1);
  return index === 9 ? '0' : null;
}

/** The first letter of each channel chooses it: i, t, d, h. */
export function channelForKey(key: string): Channel | null {
  const letter = key.toLowerCase();
  return CHANNELS.find((channel) => channel.startsWith(letter) && letter.length === 1) ?? null;
}

/**
 * Arrow up and down in the minutes box step through the quick picks: from 12, up goes to 15
 * and down to 10; from empty, up starts at 5.
 */
export function stepMinutes(typed: string, direction: 1 | -1): string {
  const current = Number(typed.trim());
  const known = typed.trim() !== '' && Number.isFinite(current);
  if (direction === 1) {
    const next = known ? MINUTE_PICKS.find((pick) => pick > current) : MINUTE_PICKS[0];
    return String(next ?? MINUTE_PICKS.at(-1));
  }
  if (!known) return String(MINUTE_PICKS[0]);
  const previous = [...MINUTE_PICKS].reverse().find((pick) => pick < current);
  return String(previous ?? MINUTE_PICKS[0]);
}

export interface DraftRules {
  /** Today in the Netherlands, as the server says. */
  today: string;
}

/** Dutch messages per field for what is missing or wrong; empty when the form can be sent. */
export function draftProblems(draft: RegistrationDraft, rules: DraftRules) {
  const problems: Partial<Record<DraftField, string>> = {};
  const day = parseDay(draft.datum);
  if (!draft.datum.trim()) problems.datum = 'Vul de datum van het contact in.';
  else if (!day)
    problems.datum = 'Vul een bestaande datum in als dag-maand-jaar, zoals 05-03-2026.';
  else if (daysBetween(rules.today, day) > 0)
    problems.datum = 'De datum ligt in de toekomst. Registreer een contact op of na de dag zelf.';
  if (!draft.locatie) problems.locatie = 'Kies de locatie.';
  if (!draft.kanaal)
    problems.kanaal = 'Kies hoe het contact was: inloop, telefoon, digitaal of huisbezoek.';
  if (draft.taken.length === 0) problems.taken = 'Kies ten minste één taak.';
  else if (draft.taken.length > TASKS_MAX) problems.taken = `Kies hoogstens ${TASKS_MAX} taken.`;
  const minutes = draft.minuten.trim();
  if (!minutes) problems.minuten = 'Vul het aantal minuten in.';
  else if (!/^\d+$/.test(minutes)) problems.minuten = 'Vul de minuten in als heel getal, zoals 15.';
  else if (Number(minutes) < MINUTES_MIN || Number(minutes) > MINUTES_MAX)
    problems.minuten = `Vul een aantal minuten in van ${MINUTES_MIN} tot en met ${MINUTES_MAX}.`;
  if (!draft.resultaat) problems.resultaat = 'Kies het resultaat.';
  if (draft.clientReferentie.trim().length > 40)
    problems.clientReferentie = 'Een cliëntreferentie is hoogstens 40 tekens.';
  return problems;
}

/** Whether a saved contact may still be changed or undone, by the server's deadline. */
export function stillEditable(editableUntil: string | null | undefined, now: Date): boolean {
  if (!editableUntil) return false;
  const until = new Date(editableUntil).getTime();
  return Number.isFinite(until) && until > now.getTime();
}

/** "telefoon, 15 minuten: Informatie en advies" — what the confirmation and the list say. */
export function describeRegistration(
  registration: Pick<Registration, 'kanaal' | 'minuten' | 'taken'>,
  taskNames: Readonly<Record<string, string>>,
): string {
  const tasks = registration.taken.map((code) => taskNames[code] ?? code).join(', ');
  const minutes = registration.minuten === 1 ? '1 minuut' : `${registration.minuten} minuten`;
  return `${registration.kanaal}, ${minutes}: ${tasks}`;
}
