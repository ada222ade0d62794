/**
 * The words every public page with a code uses the same way: plain Dutch at B1 level (short
 * sentences, common words, "u"). An area's catalogue starts from these and adds its own words,
 * including those that depend on where the resident got the code (a letter, the wijkteam).
 */
export const PUBLIC_NL = {
  errorPrefix: 'Fout: ',
  errorSummaryTitle: 'Er gaat iets mis',
  codeTitle: 'Vul uw code in',
  codeLabel: 'Uw code',
  codeButton: 'Beginnen',
  codeUnknown: 'Deze code kennen wij niet. Kijk of u de code goed hebt overgetypt.',
  tooManyTitle: 'Even wachten',
  tooMany: 'U hebt te vaak een code ingevuld. Wacht een minuut. Probeer het daarna opnieuw.',
  busyTitle: 'Het is nu erg druk',
  busy: 'Het is nu erg druk. Probeer het over een paar minuten opnieuw.',
  errorTitle: 'Er ging iets mis',
  startAgain: 'Naar het begin',
  next: 'Volgende',
} as const;
