import type { FieldworkProgress } from '../../../../../shared/api/responses.schema.js';

type Day = FieldworkProgress['perDag'][number];

/**
 * "14,3%", the response rate as the monitor writes it everywhere: always one decimal, so the
 * numbers in a column line up; a dash when nobody was invited.
 */
export const formatPercent = (value: number | null) =>
  value === null
    ? '–'
    : `${value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
/** "3 mrt"; the API's dates are days, so read them as UTC to avoid shifting a day. */
export const formatDay = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

/**
 * The cumulative response rate as points over the bars: x at the middle of each bar, y from
 * 0% at the bottom (`height`) to 100% at the top (0). Days without a rate are left out.
 */
export function ratePoints(
  days: readonly Day[],
  bar: { width: number; gap: number },
  height: number,
): { x: number; y: number }[] {
  return days.flatMap((day, index) =>
    day.responspercentage === null
      ? []
      : [
          {
            x: index * (bar.width + bar.gap) + bar.width / 2,
            y:
              Math.round((height - (Math.min(day.responspercentage, 100) / 100) * height) * 10) /
              10,
          },
        ],
  );
}

/** What a screen reader hears for the chart; the table next to it has every number. */
export function perDaySummary(days: readonly Day[]): string {
  const last = days.at(-1);
  if (!last) return 'Nog geen reacties.';
  const busiest = days.reduce((best, d) => (d.totaal > best.totaal ? d : best), last);
  return (
    `Reacties per dag over ${days.length} dagen, samen ${last.cumulatief.toLocaleString('nl-NL')}` +
    `. Drukste dag: ${formatDay(busiest.datum)} met ${busiest.totaal.toLocaleString('nl-NL')}` +
    `. Respons op ${formatDay(last.datum)}: ${formatPercent(last.responspercentage)}.` +
    ' De cijfers staan in de tabel.'
  );
}
