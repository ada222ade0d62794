export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** ARIA booleans arrive as `true` or `'true'`. */
export function isTrue(value: boolean | 'true' | 'false' | 'grammar' | 'spelling' | undefined) {
  return value === true || value === 'true';
}
