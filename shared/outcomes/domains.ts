import type { DomainSet } from './vocabulary.js';

export interface DefaultDomain {
  /** Stable across gemeenten, so figures compare: `mvo.wonen`, `zrm.huisvesting`. */
  code: string;
  /** The professional's name. */
  name: string;
  /** The name residents read (B1). */
  residentName: string;
}

/**
 * The life domains of the Maatwerkvoorziening Ondersteuning (MvO, Den Haag): the default set.
 * The MvO says "werken"; with daytime activities added it fits residents without paid work.
 */
export const MVO_DOMAINS: readonly DefaultDomain[] = [
  { code: 'mvo.zelfzorg', name: 'Zelfzorg', residentName: 'Zorgen voor mezelf' },
  { code: 'mvo.wonen', name: 'Wonen', residentName: 'Wonen' },
  { code: 'mvo.werk', name: 'Werk en dagbesteding', residentName: 'Werk en dagbesteding' },
  { code: 'mvo.financien', name: 'Financiën', residentName: 'Geldzaken' },
  { code: 'mvo.vrije-tijd', name: 'Vrije tijd', residentName: 'Vrije tijd' },
  { code: 'mvo.sociaal-netwerk', name: 'Sociaal netwerk', residentName: 'Familie en vrienden' },
  {
    code: 'mvo.instanties',
    name: 'Contacten met instanties',
    residentName: 'Contact met instanties',
  },
];

/**
 * A ZRM-style set of 13 domains (the 2017 version's domains, with its own resident names). Only
 * the domain names are used; the scale labels are Meetwerk's own (see vocabulary.ts).
 */
export const ZRM_DOMAINS: readonly DefaultDomain[] = [
  { code: 'zrm.financien', name: 'Financiën', residentName: 'Geldzaken' },
  { code: 'zrm.werk-opleiding', name: 'Werk & opleiding', residentName: 'Werk en opleiding' },
  { code: 'zrm.tijdsbesteding', name: 'Tijdsbesteding', residentName: 'Tijdsbesteding' },
  { code: 'zrm.huisvesting', name: 'Huisvesting', residentName: 'Woning' },
  { code: 'zrm.huiselijke-relaties', name: 'Huiselijke relaties', residentName: 'Relaties thuis' },
  {
    code: 'zrm.geestelijke-gezondheid',
    name: 'Geestelijke gezondheid',
    residentName: 'Geestelijke gezondheid',
  },
  {
    code: 'zrm.lichamelijke-gezondheid',
    name: 'Lichamelijke gezondheid',
    residentName: 'Lichamelijke gezondheid',
  },
  { code: 'zrm.middelengebruik', name: 'Middelengebruik', residentName: 'Verslaving' },
  { code: 'zrm.basale-adl', name: 'Basale ADL', residentName: 'Zelfzorg' },
  {
    code: 'zrm.instrumentele-adl',
    name: 'Instrumentele ADL',
    residentName: 'Dagelijkse activiteiten',
  },
  { code: 'zrm.sociaal-netwerk', name: 'Sociaal netwerk', residentName: 'Sociaal netwerk' },
  {
    code: 'zrm.participatie',
    name: 'Maatschappelijke participatie',
    residentName: 'Inzet voor de maatschappij',
  },
  { code: 'zrm.justitie', name: 'Justitie', residentName: 'Justitie' },
];

export const DEFAULT_DOMAIN_SETS: Record<DomainSet, readonly DefaultDomain[]> = {
  mvo: MVO_DOMAINS,
  zrm: ZRM_DOMAINS,
};

const ALL_DEFAULTS = new Map([...MVO_DOMAINS, ...ZRM_DOMAINS].map((d) => [d.code, d]));

/** A default domain of either set by code (old measurements keep codes of a set no longer chosen). */
export function defaultDomain(code: string): DefaultDomain | undefined {
  return ALL_DEFAULTS.get(code);
}

/** The source of a code: `mvo`, `zrm` or `lokaal`. */
export function sourceOf(code: string): 'mvo' | 'zrm' | 'lokaal' {
  if (code.startsWith('mvo.')) return 'mvo';
  if (code.startsWith('zrm.')) return 'zrm';
  return 'lokaal';
}

/** `L-` + the name in capitals, digits and dashes: `Taal en lezen` → `L-TAAL-EN-LEZEN`. */
export function localDomainCode(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/g, '');
  return `L-${slug || 'LEEFGEBIED'}`;
}
