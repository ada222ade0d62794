/* Waiting times in words, as the waiting list and the dashboard show them. */

const days = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** "vandaag", "1 dag", "9 dagen", "20 dagen (ruim 2 weken)"; the server counts the days. */
export function waitingText(count: number | null): string {
  if (count === null) return 'onbekend';
  if (count === 0) return 'vandaag';
  if (count === 1) return '1 dag';
  const text = `${days.format(count)} dagen`;
  if (count < 14) return text;
  const weeks = Math.floor(count / 7);
  return `${text} (${count % 7 === 0 ? '' : 'ruim '}${weeks} weken)`;
}

/** Just the days, for table cells: "19 dagen", "1 dag", "–" when unknown. */
export function waitingDaysShort(count: number | null): string {
  if (count === null) return '–';
  return count === 1 ? '1 dag' : `${days.format(count)} dagen`;
}
