/**
 * The words on invitation and reminder letters, in plain Dutch (B1): short sentences, one idea
 * per sentence, "u", no jargon (no "Wmo", no "cliëntervaringsonderzoek" in the body).
 */

export type LetterKind = 'uitnodiging' | 'herinnering';

export interface LetterWords {
  gemeente: string;
  answerBefore: string;
  minutes: number;
}

export function subject(kind: LetterKind): string {
  return kind === 'uitnodiging'
    ? 'Wat vindt u van uw hulp?'
    : 'Herinnering: wat vindt u van uw hulp?';
}

export function opening(kind: LetterKind, words: LetterWords): string[] {
  if (kind === 'herinnering') {
    return [
      `Een paar weken geleden kreeg u een brief van de gemeente ${words.gemeente}. Wij vroegen u mee te doen aan een onderzoek over uw hulp. Wij hebben uw antwoorden nog niet gekregen.`,
      'Uw mening is belangrijk. Wilt u toch meedoen? Dat kan nog steeds.',
      `Hebt u de vragen al beantwoord? Dan hoeft u niets te doen. Bedankt!`,
    ];
  }
  return [
    `U krijgt hulp van de gemeente ${words.gemeente}. Bijvoorbeeld hulp in het huishouden, begeleiding of een hulpmiddel. Wij willen graag weten wat u van die hulp vindt. Daarmee kunnen wij de hulp beter maken.`,
    'Daarom vragen wij u een paar vragen te beantwoorden.',
  ];
}

export function facts(words: LetterWords): string[] {
  return [
    `Het duurt ongeveer ${words.minutes} minuten.`,
    'Uw antwoorden zijn anoniem. Niemand ziet wat u hebt ingevuld.',
    'Meedoen is niet verplicht. Uw hulp blijft hetzelfde, ook als u niet meedoet.',
    `Beantwoord de vragen graag vóór ${words.answerBefore}.`,
  ];
}

export const HOW_TO = {
  heading: 'Zo doet u mee',
  step1: 'Ga op internet naar:',
  step2: 'Vul daar deze code in:',
  qr: 'Of scan de QR-code met de camera van uw telefoon.',
};

export function help(phone: string | null): string[] {
  const number = phone ?? '[TELEFOONNUMMER ONTBREEKT: stel het in bij het onderzoek]';
  return [
    'Liever op papier? Of wilt u hulp bij het invullen?',
    `Bel dan naar ${number}. Wij sturen u een papieren vragenlijst. Of wij stellen de vragen door de telefoon.`,
    'Iemand anders mag u ook helpen, bijvoorbeeld een familielid.',
  ];
}

export const CLOSING = 'Met vriendelijke groet,';

export function signature(gemeente: string): string {
  return `Het college van burgemeester en wethouders van ${gemeente}`;
}

export function executedBy(bureau: string): string {
  return `Het onderzoek wordt voor de gemeente uitgevoerd door ${bureau}.`;
}
