import type { CodeKind } from './vocabulary.js';
import { LOCAL_CODE_PREFIX } from './vocabulary.js';

/**
 * The default task and result codes for cliëntondersteuning and algemeen maatschappelijk werk.
 * They are the same in every gemeente, so figures can be compared: a code's meaning never
 * changes, and a gemeente can only switch a default code off (not rename or redefine it) or add
 * its own codes next to them (starting with `L-`). A new meaning gets a new code.
 */
export interface DefaultCode {
  soort: CodeKind;
  code: string;
  naam: string;
  definitie: string;
  /** For a referral result: the destination. */
  verwijzing?: string;
}

export const DEFAULT_TASKS: readonly DefaultCode[] = [
  {
    soort: 'taak',
    code: 'T01',
    naam: 'Informatie en advies',
    definitie:
      'De inwoner krijgt uitleg of advies over regelingen, voorzieningen of instanties, zonder dat de medewerker zelf iets voor de inwoner regelt.',
  },
  {
    soort: 'taak',
    code: 'T02',
    naam: 'Praktische hulp bij formulieren en administratie',
    definitie:
      'De medewerker helpt een formulier in te vullen, een brief te begrijpen of te beantwoorden, of de eigen administratie op orde te brengen.',
  },
  {
    soort: 'taak',
    code: 'T03',
    naam: 'Ondersteuning bij het keukentafelgesprek',
    definitie:
      'Voorbereiden van, meegaan naar of nabespreken van het gesprek met de gemeente over een Wmo-melding (onafhankelijke cliëntondersteuning).',
  },
  {
    soort: 'taak',
    code: 'T04',
    naam: 'Doorverwijzing',
    definitie:
      'De vraag hoort bij een andere organisatie; de medewerker zoekt uit waar en legt het contact (warme overdracht) of geeft de gegevens mee.',
  },
  {
    soort: 'taak',
    code: 'T05',
    naam: 'Hulp bij digitale zaken',
    definitie:
      'Hulp bij DigiD, e-mail, websites en apps van overheid of bedrijven, of bij het gebruik van telefoon, tablet of computer.',
  },
  {
    soort: 'taak',
    code: 'T06',
    naam: 'Netwerkversterking',
    definitie:
      'Samen met de inwoner familie, buren, vrijwilligers of activiteiten in de wijk zoeken, zodat de inwoner minder alleen staat en minder vaak professionele hulp nodig heeft.',
  },
  {
    soort: 'taak',
    code: 'T07',
    naam: 'Financiële hulp en signalering van schulden',
    definitie:
      'Hulp bij inkomen, toeslagen, kwijtschelding en betalingsachterstanden, en het tijdig herkennen van (dreigende) schulden.',
  },
  {
    soort: 'taak',
    code: 'T08',
    naam: 'Psychosociale ondersteuning',
    definitie:
      'Gesprekken over persoonlijke problemen, zoals rouw, eenzaamheid, spanningen in het gezin of stress, door een maatschappelijk werker.',
  },
  {
    soort: 'taak',
    code: 'T09',
    naam: 'Hulp bij wonen en huisvesting',
    definitie:
      'Vragen over huur, woningzoeken, dreigende huisuitzetting, woningaanpassing of problemen met de woning of buren.',
  },
  {
    soort: 'taak',
    code: 'T10',
    naam: 'Casusregie en afstemming',
    definitie:
      'Overleg met andere professionals over één huishouden en het bewaken van afspraken als meerdere organisaties tegelijk helpen.',
  },
];

export const DEFAULT_RESULTS: readonly DefaultCode[] = [
  {
    soort: 'resultaat',
    code: 'R01',
    naam: 'Afgerond',
    definitie: 'De vraag is beantwoord of opgelost; er is geen vervolg nodig.',
  },
  {
    soort: 'resultaat',
    code: 'R02',
    naam: 'Vervolgafspraak',
    definitie: 'Er is een nieuwe afspraak gemaakt bij dezelfde organisatie om verder te helpen.',
  },
  {
    soort: 'resultaat',
    code: 'R03',
    naam: 'Doorverwezen naar het wijkteam',
    definitie: 'De inwoner is overgedragen aan het (sociaal) wijkteam.',
    verwijzing: 'wijkteam',
  },
  {
    soort: 'resultaat',
    code: 'R04',
    naam: 'Doorverwezen naar schuldhulpverlening',
    definitie: 'De inwoner is aangemeld bij of verwezen naar de gemeentelijke schuldhulpverlening.',
    verwijzing: 'schuldhulpverlening',
  },
  {
    soort: 'resultaat',
    code: 'R05',
    naam: 'Doorverwezen naar het Wmo-loket',
    definitie: 'De inwoner is geholpen een melding te doen bij het Wmo-loket van de gemeente.',
    verwijzing: 'wmo-loket',
  },
  {
    soort: 'resultaat',
    code: 'R06',
    naam: 'Doorverwezen naar zorg (huisarts of ggz)',
    definitie: 'De inwoner is verwezen naar de huisarts, de praktijkondersteuner of de ggz.',
    verwijzing: 'zorg',
  },
  {
    soort: 'resultaat',
    code: 'R07',
    naam: 'Doorverwezen naar een andere organisatie',
    definitie:
      'De inwoner is verwezen naar een organisatie die hierboven niet staat, zoals het Juridisch Loket, een woningcorporatie of de Belastingdienst.',
    verwijzing: 'overig',
  },
  {
    soort: 'resultaat',
    code: 'R08',
    naam: 'Op de wachtlijst gezet',
    definitie:
      'Verdere hulp is nodig maar kan nu niet worden gegeven; de vraag staat op de wachtlijst van de locatie.',
  },
  {
    soort: 'resultaat',
    code: 'R09',
    naam: 'Inwoner afgehaakt',
    definitie: 'De inwoner kwam niet terug of wilde geen verdere hulp.',
  },
];

export const DEFAULT_CODES: readonly DefaultCode[] = [...DEFAULT_TASKS, ...DEFAULT_RESULTS];

const BY_CODE = new Map(DEFAULT_CODES.map((c) => [c.code, c]));

export function defaultCode(code: string): DefaultCode | undefined {
  return BY_CODE.get(code);
}

export function isLocalCode(code: string): boolean {
  return code.startsWith(LOCAL_CODE_PREFIX);
}
