/** Addresses of the results pages. */
export const RESULTS_HOME = '/resultaten';

export function roundHref(enqueteId: string): string {
  return `${RESULTS_HOME}/${encodeURIComponent(enqueteId)}`;
}

export function gemeenteHref(enqueteId: string, cbsCode: string, search = ''): string {
  return `${roundHref(enqueteId)}/${encodeURIComponent(cbsCode)}${search}`;
}
