/**
 * The demo of registration and work pressure (M3) in Den Haag (GM0518). The source document
 * says: cliëntondersteuning takes place in 17 wijkcentra with a Servicepunt XL over the eight
 * stadsdelen; welfare organisations reported too little capacity and growing waiting lists,
 * mostly for vulnerable residents; stadsdelen differ in their use of stagiairs, volunteers and
 * professionals and in their focus; residents who are not digital or not taalvaardig need a
 * tailored offer.
 *
 * The eight stadsdelen are Den Haag's real ones. The source names no wijkcentra, so the 17
 * locations below are INVENTED: each carries the name of a real neighbourhood of its stadsdeel,
 * but the centres, their codes, their figures and every contact are synthetic.
 *
 * The profile of each location is chosen to show the differences the source describes:
 * Escamp and Laak (and parts of Centrum) get many contacts, long waits, more residents who are
 * not digitally skilled or have a language barrier, and a pressure ratio well above 1; Haagse
 * Hout and Leidschenveen-Ypenburg get fewer contacts and spare capacity.
 */

export const DEMO_GEMEENTE = 'GM0518';

export interface DemoLocationProfile {
  stadsdeel: string;
  code: string;
  naam: string;
  /** Contacts on an ordinary weekday at full size (Saturday a third; closed on Sunday). */
  perDay: number;
  /** Mean minutes per contact (durations are skewed: many short, a few long). */
  meanMinutes: number;
  /** Shares of contacts with a resident who is not digitally skilled / has a language barrier. */
  notDigital: number;
  languageBarrier: number;
  /** Share of contacts for older residents (65+), who are more often not digital. */
  older: number;
  /** Demand ÷ effective capacity the capacity is set for (the dashboard recomputes it). */
  targetRatio: number;
  /** How effective hours are made up: shares of professional, stagiair, vrijwilliger hours. */
  staffMix: [number, number, number];
  /** New waiting-list requests per week at full size, and the mean wait in days. */
  requestsPerWeek: number;
  meanWaitDays: number;
}

const p = (
  stadsdeel: string,
  code: string,
  wijk: string,
  o: Omit<DemoLocationProfile, 'stadsdeel' | 'code' | 'naam'>,
): DemoLocationProfile => ({
  stadsdeel,
  code,
  naam: `Wijkcentrum ${wijk} / Servicepunt XL`,
  ...o,
});

const HIGH = { meanMinutes: 24, targetRatio: 1.3, requestsPerWeek: 9, meanWaitDays: 38 };
const MID = { meanMinutes: 21, targetRatio: 1.0, requestsPerWeek: 5, meanWaitDays: 18 };
const LOW = { meanMinutes: 18, targetRatio: 0.72, requestsPerWeek: 2, meanWaitDays: 6 };

export const DEMO_LOCATIONS: readonly DemoLocationProfile[] = [
  // Centrum: busy, many residents with a language barrier; relies on stagiairs.
  p('Centrum', 'CEN-01', 'Schilderswijk', {
    ...HIGH,
    perDay: 92,
    notDigital: 0.34,
    languageBarrier: 0.41,
    older: 0.18,
    staffMix: [0.55, 0.3, 0.15],
    targetRatio: 1.22,
  }),
  p('Centrum', 'CEN-02', 'Transvaal', {
    ...HIGH,
    perDay: 84,
    notDigital: 0.33,
    languageBarrier: 0.38,
    older: 0.17,
    staffMix: [0.55, 0.3, 0.15],
    targetRatio: 1.18,
  }),
  p('Centrum', 'CEN-03', 'Stationsbuurt', {
    ...MID,
    perDay: 66,
    notDigital: 0.24,
    languageBarrier: 0.22,
    older: 0.2,
    staffMix: [0.6, 0.25, 0.15],
  }),
  // Escamp: the highest pressure, long waiting lists, many not digital.
  p('Escamp', 'ESC-01', 'Moerwijk', {
    ...HIGH,
    perDay: 98,
    notDigital: 0.39,
    languageBarrier: 0.33,
    older: 0.27,
    staffMix: [0.6, 0.15, 0.25],
    targetRatio: 1.42,
  }),
  p('Escamp', 'ESC-02', 'Morgenstond', {
    ...HIGH,
    perDay: 90,
    notDigital: 0.41,
    languageBarrier: 0.27,
    older: 0.33,
    staffMix: [0.6, 0.15, 0.25],
    targetRatio: 1.36,
  }),
  p('Escamp', 'ESC-03', 'Bouwlust', {
    ...HIGH,
    perDay: 86,
    notDigital: 0.37,
    languageBarrier: 0.29,
    older: 0.3,
    staffMix: [0.6, 0.15, 0.25],
  }),
  p('Escamp', 'ESC-04', 'Zuiderpark', {
    ...HIGH,
    perDay: 80,
    notDigital: 0.35,
    languageBarrier: 0.3,
    older: 0.26,
    staffMix: [0.6, 0.15, 0.25],
    targetRatio: 1.28,
  }),
  // Haagse Hout: few contacts, mostly digital residents, spare capacity.
  p('Haagse Hout', 'HH-01', 'Mariahoeve', {
    ...LOW,
    perDay: 44,
    notDigital: 0.17,
    languageBarrier: 0.08,
    older: 0.36,
    staffMix: [0.7, 0.05, 0.25],
  }),
  // Laak: high pressure, the largest share with a language barrier.
  p('Laak', 'LAK-01', 'Spoorwijk', {
    ...HIGH,
    perDay: 94,
    notDigital: 0.36,
    languageBarrier: 0.43,
    older: 0.19,
    staffMix: [0.5, 0.3, 0.2],
    targetRatio: 1.38,
  }),
  p('Laak', 'LAK-02', 'Laakkwartier', {
    ...HIGH,
    perDay: 88,
    notDigital: 0.34,
    languageBarrier: 0.39,
    older: 0.2,
    staffMix: [0.5, 0.3, 0.2],
    targetRatio: 1.33,
  }),
  // Leidschenveen-Ypenburg: young families, digital, little waiting.
  p('Leidschenveen-Ypenburg', 'LY-01', 'Ypenburg', {
    ...LOW,
    perDay: 40,
    notDigital: 0.12,
    languageBarrier: 0.07,
    older: 0.14,
    staffMix: [0.65, 0.15, 0.2],
    targetRatio: 0.66,
  }),
  // Loosduinen: older residents, many volunteers.
  p('Loosduinen', 'LOO-01', 'Waldeck', {
    ...MID,
    perDay: 56,
    notDigital: 0.29,
    languageBarrier: 0.08,
    older: 0.44,
    staffMix: [0.45, 0.05, 0.5],
    targetRatio: 0.92,
  }),
  p('Loosduinen', 'LOO-02', 'Kraayenstein', {
    ...MID,
    perDay: 52,
    notDigital: 0.27,
    languageBarrier: 0.1,
    older: 0.4,
    staffMix: [0.45, 0.05, 0.5],
    targetRatio: 0.9,
  }),
  // Scheveningen: mixed; Duindorp busier than the village centre.
  p('Scheveningen', 'SCH-01', 'Duindorp', {
    ...MID,
    perDay: 62,
    notDigital: 0.3,
    languageBarrier: 0.09,
    older: 0.35,
    staffMix: [0.55, 0.1, 0.35],
    targetRatio: 1.05,
  }),
  p('Scheveningen', 'SCH-02', 'Scheveningen-Dorp', {
    ...MID,
    perDay: 50,
    notDigital: 0.22,
    languageBarrier: 0.12,
    older: 0.34,
    staffMix: [0.55, 0.1, 0.35],
    targetRatio: 0.9,
  }),
  // Segbroek: moderate, digital residents.
  p('Segbroek', 'SEG-01', 'Regentessekwartier', {
    ...MID,
    perDay: 58,
    notDigital: 0.19,
    languageBarrier: 0.14,
    older: 0.28,
    staffMix: [0.6, 0.2, 0.2],
    targetRatio: 0.95,
  }),
  p('Segbroek', 'SEG-02', 'Vogelwijk', {
    ...LOW,
    perDay: 42,
    notDigital: 0.16,
    languageBarrier: 0.06,
    older: 0.38,
    staffMix: [0.6, 0.2, 0.2],
    targetRatio: 0.8,
  }),
];

/**
 * Task weights (T01 … T10) for all locations; a location with a high language-barrier share
 * gets more help with forms, one with many not-digital residents more help with digital matters.
 */
export const DEMO_TASK_WEIGHTS = {
  T01: 0.24,
  T02: 0.2,
  T03: 0.05,
  T04: 0.1,
  T05: 0.12,
  T06: 0.05,
  T07: 0.1,
  T08: 0.06,
  T09: 0.05,
  T10: 0.03,
} as const;

/**
 * Den Haag's real volume would be about 300,000 contacts a year (17 locations, some 70 a day
 * each). The embedded database writes some 30,000 rows a second, and the demo is loaded at the
 * first start, so the demo loads one in ten of them (about 32,000 contacts), with capacity and
 * waiting lists scaled the same way: every ratio, share and waiting time is as it would be at
 * full size. The benchmark (`bench/registrations.ts`) measures the dashboard on the full 300,000.
 */
export const DEMO_SCALE = 1 / 10;

/** The demo registrations reach back this many days from the day before loading. */
export const DEMO_DAYS = 364;

/** The seed of PostgreSQL's random(), so every load tells the same story. */
export const DEMO_SEED = 0.518;
