import { PUBLIC_NL } from '../public/messages.js';

/**
 * Everything a resident reads in the survey, in one place: plain Dutch at B1 level (short
 * sentences, common words, "u"). One catalogue, so another language can follow. The words every
 * public page shares come from the page kit.
 */
export const NL = {
  ...PUBLIC_NL,
  siteName: 'Vragenlijst over uw ondersteuning',
  codeIntro: 'U hebt een brief gekregen over deze vragenlijst. In de brief staat een code.',
  codeHint: 'Vul de code in die in uw brief staat. Bijvoorbeeld: K7MF-X3PQ.',
  codeHelp:
    'Iemand anders mag u helpen met invullen. Liever op papier of aan de telefoon? Bel dan het nummer in uw brief.',
  codeEmpty: 'Vul de code in die in uw brief staat.',
  codeUsed:
    'Met deze code is de vragenlijst al ingevuld. U kunt de vragenlijst maar één keer invullen. Dank u wel!',
  codeClosed: 'Deze vragenlijst is gesloten. U kunt de vragen niet meer invullen.',
  askByPhone: 'Hebt u een vraag? Bel dan het nummer in uw brief.',
  otherCode: 'Een andere code invullen',
  codeNotOpen:
    'U kunt de vragen nog niet invullen. Dat kan vanaf de dag in uw brief. Bewaar uw brief en probeer het dan opnieuw.',
  expiredTitle: 'Vul uw code opnieuw in',
  expired:
    'Wij weten niet meer welke code u gebruikt. Dat gebeurt als u de browser sluit of lang wacht. Uw antwoorden zijn bewaard.',
  step: (n: number, total: number) => `Stap ${n} van ${total}`,
  previous: 'Vorige',
  pause: 'Stoppen en later verder',
  skipHint: 'U mag een vraag overslaan.',
  statementHint: 'Kies bij elke zin wat het best bij u past.',
  chooseFromList: 'Kies een van de antwoorden die u ziet.',
  openLabel: 'Uw antwoord',
  numberLabel: 'Getal',
  chooseMore: 'U mag meer dan één antwoord kiezen.',
  reviewTitle: 'Controleer uw antwoorden',
  reviewIntro:
    'Hieronder ziet u uw antwoorden. Klopt er iets niet? Kies dan "Wijzigen". Klopt alles? Kies dan "Versturen".',
  notAnswered: 'Niet ingevuld',
  change: 'Wijzigen',
  changeQuestion: (id: string) => `Wijzigen: vraag ${id}`,
  send: 'Versturen',
  sendHint: 'Na het versturen kunt u niets meer veranderen.',
  doneTitle: 'Dank u wel!',
  done: [
    'Wij hebben uw antwoorden goed ontvangen.',
    'Uw antwoorden zijn anoniem. Niemand kan zien wat u hebt geantwoord.',
    'De gemeente gebruikt de antwoorden van alle mensen samen. Zo kan zij de hulp en ondersteuning beter maken.',
    'U hoeft niets meer te doen. U kunt deze pagina nu sluiten.',
  ],
  pausedTitle: 'Uw antwoorden zijn bewaard',
  paused: [
    'U kunt later verder gaan. Gebruik dan dezelfde code uit uw brief.',
    'U begint dan waar u gebleven was.',
  ],
  again: 'Verder met de vragenlijst',
  usedTitle: 'Vragenlijst al ingevuld',
  closedTitle: 'Vragenlijst gesloten',
  notOpenTitle: 'Vragenlijst nog niet open',
  forbiddenTitle: 'Dit lukte niet',
  forbidden: 'Dit formulier is niet goed verstuurd. Ga terug en probeer het opnieuw.',
  error: 'Er ging iets mis aan onze kant. Probeer het later nog een keer.',
  notFoundTitle: 'Pagina niet gevonden',
  notFound: 'Deze pagina bestaat niet.',
} as const;
