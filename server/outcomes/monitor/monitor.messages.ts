import { PUBLIC_NL } from '../../public/messages.js';

/**
 * Everything a resident reads on the monitor pages: plain Dutch at B1 level (short sentences,
 * common words, "u"). One catalogue, so another language can follow. The words every public
 * page shares come from the page kit.
 */
export const MONITOR_NL = {
  ...PUBLIC_NL,
  siteName: 'Mijn leefgebieden',
  codeIntro:
    'Met deze pagina houdt u zelf bij hoe het met u gaat. Bijvoorbeeld met wonen, geld of vrienden. Uw wijkteam heeft u een code gegeven.',
  codeHint: 'Vul de code in die u van uw wijkteam kreeg. Bijvoorbeeld: K7MF-X3PQ.',
  codeHelp: 'Iemand anders mag u helpen. Vragen? Bel of mail uw wijkteam.',
  codeEmpty: 'Vul de code in die u van uw wijkteam kreeg.',
  expired:
    'Wij weten niet meer welke code u gebruikt. Dat gebeurt als u de browser sluit. Vul uw code opnieuw in.',
  chooseTitle: 'Wat is belangrijk voor u?',
  chooseIntro:
    'Kies de onderwerpen waar u over wilt praten. Geef het belangrijkste onderwerp nummer 1. Het op één na belangrijkste nummer 2. En zo verder.',
  chooseNone: 'Niet kiezen',
  choosePlace: (n: number) => (n === 1 ? '1 (belangrijkst)' : String(n)),
  chooseEmpty: 'Kies ten minste één onderwerp. Geef het een nummer.',
  back: 'Terug',
  lineTitle: 'Hoe gaat het nu?',
  lineIntro:
    'Kies bij elk onderwerp een punt op de lijn. Links is het verdrietige gezicht: het gaat niet goed. Rechts is het blije gezicht: het gaat heel goed.',
  scaleHelp: '0 betekent: het gaat helemaal niet goed. 100 betekent: het gaat heel goed.',
  sad: 'Niet goed',
  happy: 'Heel goed',
  lineQuestion: (name: string) => `${name}: hoe gaat het nu?`,
  previous: (mark: number, date: string) => `Vorige keer (${date}): ${mark} van 100.`,
  markMissing: (name: string) => `Kies een punt op de lijn bij ${name}.`,
  goalLabel: (name: string) => `Wat wilt u bereiken bij ${name}? (mag leeg blijven)`,
  goalDateLabel: 'Wanneer wilt u dat bereikt hebben? (mag leeg blijven)',
  goalDateHint: 'Bijvoorbeeld: 31-12-2026.',
  goalDateWrong: (name: string) =>
    `De datum bij ${name} klopt niet. Schrijf de datum zo: 31-12-2026.`,
  goalDatePast: (name: string) =>
    `De datum bij ${name} ligt in het verleden. Kies een latere datum.`,
  goalTooLong: (name: string) => `Het doel bij ${name} is te lang. Gebruik hoogstens 500 tekens.`,
  lifeQuestion: 'Welk cijfer geeft u uw leven nu?',
  lifeHint: '1 is heel slecht. 10 is heel goed. U mag deze vraag overslaan.',
  save: 'Opslaan',
  doneTitle: 'Opgeslagen',
  done: 'Dank u wel. Wij hebben uw antwoorden bewaard. Uw wijkteam kan ze zien bij het volgende gesprek.',
  doneList: 'Dit hebt u ingevuld:',
  doneMark: (name: string, mark: number) => `${name}: ${mark} van 100`,
  doneLife: (mark: number) => `Cijfer voor uw leven: ${mark}`,
  change: 'Iets veranderen',
  stop: 'Klaar, afsluiten',
  stoppedTitle: 'U bent klaar',
  stopped: 'U kunt dit venster sluiten. Wilt u later iets veranderen? Vul dan uw code opnieuw in.',
  again: 'Opnieuw beginnen',
  forbiddenTitle: 'Dat lukt niet',
  forbidden:
    'Dit formulier kunnen wij niet verwerken. Ga terug naar het begin en vul uw code opnieuw in.',
  error: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  notFoundTitle: 'Deze pagina bestaat niet',
  notFound: 'Deze pagina bestaat niet. Begin opnieuw met uw code.',
};
