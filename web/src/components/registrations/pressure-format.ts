/* Figures of the pressure dashboard as Dutch text; a missing figure says why it is missing. */

const ratio = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const hours = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

export function formatRatio(value: number | null): string {
  return value === null ? 'geen capaciteit' : ratio.format(value);
}

export function formatHoursTotal(value: number): string {
  return hours.format(value);
}

export function formatCount(value: number): string {
  return whole.format(value);
}

/** A share 0–1 as a percentage; null means too few contacts to show it. */
export function formatShare(value: number | null): string {
  return value === null ? 'te weinig contacten' : percent.format(value);
}

/** How the ratio reads in words: above 1 there is more demand than capacity. */
export function ratioMeaning(value: number | null): string {
  if (value === null) return 'Er is geen capaciteit ingevoerd.';
  if (value > 1.05) return `De vraag is ${percent.format(value - 1)} groter dan de capaciteit.`;
  if (value < 0.95) return `De vraag is ${percent.format(1 - value)} kleiner dan de capaciteit.`;
  return 'Vraag en capaciteit zijn ongeveer gelijk.';
}
