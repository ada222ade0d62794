import { dayNumber, daysBetween } from './iso-week.js';

/** A waiting-list request as the pressure figures see it. */
export interface WaitingRequestDates {
  requestedOn: string;
  startedOn: string | null;
  lapsedOn: string | null;
}

/** Waiting time in days: start − request, or `asOf` − request while waiting; null when lapsed. */
export function waitingDays(request: WaitingRequestDates, asOf: string): number | null {
  if (request.startedOn !== null) return daysBetween(request.requestedOn, request.startedOn);
  if (request.lapsedOn !== null) return null;
  return Math.max(0, daysBetween(request.requestedOn, asOf));
}

/** Requests with their days as numbers (see `dayNumber`): made once, used for every period. */
export interface WaitingRequestNumbers {
  requested: number;
  /** Start day, or Infinity while not started. */
  started: number;
  /** Lapse day, or Infinity while not lapsed. */
  lapsed: number;
}

export function requestNumbers(requests: readonly WaitingRequestDates[]): WaitingRequestNumbers[] {
  return requests.map((r) => ({
    requested: dayNumber(r.requestedOn),
    started: r.startedOn === null ? Infinity : dayNumber(r.startedOn),
    lapsed: r.lapsedOn === null ? Infinity : dayNumber(r.lapsedOn),
  }));
}

/**
 * The waiting list of one location over one period [start, end], seen on `today` (all as day
 * numbers):
 * - waiting: requests made on or before the end (or today, if earlier) that had not started
 *   or lapsed by then;
 * - days: waiting times of the requests that started in the period (start − request) and of
 *   those still waiting at its end (end − request). Lapsed requests have no waiting time.
 * A period that has not begun yet has nothing.
 */
export function waitingInDays(
  requests: readonly WaitingRequestNumbers[],
  start: number,
  end: number,
  today: number,
): { waiting: number; days: number[] } {
  if (start > today) return { waiting: 0, days: [] };
  const asOf = end < today ? end : today;
  let waiting = 0;
  const days: number[] = [];
  for (const r of requests) {
    if (r.requested > asOf) continue;
    if (r.started > asOf && r.lapsed > asOf) {
      waiting += 1;
      days.push(asOf - r.requested);
    } else if (r.started >= start && r.started <= asOf) {
      days.push(r.started - r.requested);
    }
  }
  return { waiting, days };
}

/** `waitingInDays` for days written as `yyyy-mm-dd`. */
export function waitingInPeriod(
  requests: readonly WaitingRequestDates[],
  start: string,
  end: string,
  today: string,
): { waiting: number; days: number[] } {
  return waitingInDays(
    requestNumbers(requests),
    dayNumber(start),
    dayNumber(end),
    dayNumber(today),
  );
}
