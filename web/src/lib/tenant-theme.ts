import { parseHex, shade, textColourOn } from './colour.js';

/**
 * Custom properties set on <html> through the CSSOM: the server's CSP forbids inline style
 * attributes, but not properties set from script.
 */
const PROPERTIES = [
  '--utrecht-page-header-background-color',
  '--utrecht-page-header-color',
  '--utrecht-button-primary-action-background-color',
  '--utrecht-button-primary-action-color',
  '--utrecht-button-primary-action-hover-background-color',
  '--utrecht-button-primary-action-hover-color',
  '--utrecht-button-primary-action-active-background-color',
  '--utrecht-button-primary-action-active-color',
  '--utrecht-button-primary-action-pressed-background-color',
  '--utrecht-button-primary-action-pressed-color',
] as const;

export function themeProperties(themaKleur: string): Record<string, string> | null {
  const rgb = parseHex(themaKleur);
  if (!rgb) return null;
  const text = textColourOn(rgb);
  const hover = shade(rgb, 0.2);
  const active = shade(rgb, 0.35);
  return {
    '--utrecht-page-header-background-color': themaKleur,
    '--utrecht-page-header-color': text,
    '--utrecht-button-primary-action-background-color': themaKleur,
    '--utrecht-button-primary-action-color': text,
    '--utrecht-button-primary-action-hover-background-color': hover,
    '--utrecht-button-primary-action-hover-color': text,
    '--utrecht-button-primary-action-active-background-color': active,
    '--utrecht-button-primary-action-active-color': text,
    '--utrecht-button-primary-action-pressed-background-color': active,
    '--utrecht-button-primary-action-pressed-color': text,
  };
}

export function applyTenantTheme(themaKleur: string | null): void {
  const style = document.documentElement.style;
  const properties = themaKleur ? themeProperties(themaKleur) : null;
  for (const name of PROPERTIES) {
    const value = properties?.[name];
    if (value) style.setProperty(name, value);
    else style.removeProperty(name);
  }
}
