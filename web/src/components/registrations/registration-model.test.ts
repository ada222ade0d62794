import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  channelForKey,
  describeRegistration,
  draftOf,
  draftProblems,
  firstDraft,
  nextDraft,
  parseDay,
  dutchDay,
  stepMinutes,
  stillEditable,
  taskIndexForKey,
  taskKeyHint,
  toggleTask,
  type RegistrationDraft,
} from './registration-model.js';

const rules = { today: '2026-03-10' };
const complete: RegistrationDraft = {
  datum: '10-03-2026',
  locatie: 'DH-ESC-1',
  kanaal: 'telefoon',
  taken: ['T01'],
  minuten: '15',
  resultaat: 'R01',
  leeftijdsgroep: '65-74',
  nietDigitaalVaardig: false,
  taalbarriere: true,
  clientReferentie: '',
};

describe('the quick registration form', () => {
  it('starts today at the remembered location, if that location still exists', () => {
    expect(firstDraft('2026-03-10', 'loc-2', ['loc-1', 'loc-2'])).toMatchObject({
      datum: '10-03-2026',
      locatie: 'loc-2',
      kanaal: '',
      taken: [],
      leeftijdsgroep: 'onbekend',
    });
    expect(firstDraft('2026-03-10', 'gone', ['loc-1', 'loc-2']).locatie).toBe('');
    // One location only: nothing to choose.
    expect(firstDraft('2026-03-10', null, ['loc-1']).locatie).toBe('loc-1');
  });

  it('keeps day, location and channel for the next contact and empties the rest', () => {
    expect(nextDraft(complete)).toEqual({
      datum: '10-03-2026',
      locatie: 'DH-ESC-1',
      kanaal: 'telefoon',
      taken: [],
      minuten: '',
      resultaat: '',
      leeftijdsgroep: 'onbekend',
      nietDigitaalVaardig: false,
      taalbarriere: false,
      clientReferentie: '',
    });
  });

  it('toggles tasks by digit keys and keeps the taxonomy order', () => {
    const order = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    expect(taskIndexForKey('1', order.length)).toBe(0);
    expect(taskIndexForKey('9', order.length)).toBe(8);
    expect(taskIndexForKey('0', order.length)).toBe(9);
    expect(taskIndexForKey('4', 3)).toBeNull();
    expect(taskIndexForKey('x', 3)).toBeNull();
    expect(taskKeyHint(0)).toBe('1');
    expect(taskKeyHint(9)).toBe('0');
    expect(taskKeyHint(10)).toBeNull();
    expect(toggleTask(['c'], 'a', order)).toEqual(['a', 'c']);
    expect(toggleTask(['a', 'c'], 'a', order)).toEqual(['c']);
  });

  it('chooses a channel by its first letter', () => {
    expect(channelForKey('i')).toBe('inloop');
    expect(channelForKey('T')).toBe('telefoon');
    expect(channelForKey('d')).toBe('digitaal');
    expect(channelForKey('h')).toBe('huisbezoek');
    expect(channelForKey('x')).toBeNull();
    expect(channelForKey('Enter')).toBeNull();
  });

  it('steps the minutes through the quick picks with the arrow keys', () => {
    expect(stepMinutes('', 1)).toBe('5');
    expect(stepMinutes('5', 1)).toBe('10');
    expect(stepMinutes('12', 1)).toBe('15');
    expect(stepMinutes('12', -1)).toBe('10');
    expect(stepMinutes('60', 1)).toBe('60');
    expect(stepMinutes('90', -1)).toBe('60');
    expect(stepMinutes('5', -1)).toBe('5');
    expect(stepMinutes('abc', 1)).toBe('5');
  });

  it('reads a day as Dutch people type it', () => {
    expect(parseDay('5-3-2026')).toBe('2026-03-05');
    expect(parseDay(' 05/03/2026 ')).toBe('2026-03-05');
    expect(parseDay('5.3.2026')).toBe('2026-03-05');
    expect(parseDay('2026-03-05')).toBe('2026-03-05');
    expect(parseDay('29-02-2026')).toBeNull();
    expect(parseDay('3-5-26')).toBeNull();
    expect(parseDay('gisteren')).toBeNull();
    expect(dutchDay('2026-03-05')).toBe('05-03-2026');
  });

  it('accepts a complete form and names every missing or wrong field in Dutch', () => {
    expect(draftProblems(complete, rules)).toEqual({});
    expect(
      draftProblems(
        { ...nextDraft({ datum: '', locatie: '', kanaal: '' }), minuten: '1,5' },
        rules,
      ),
    ).toEqual({
      datum: 'Vul de datum van het contact in.',
      locatie: 'Kies de locatie.',
      kanaal: 'Kies hoe het contact was: inloop, telefoon, digitaal of huisbezoek.',
      taken: 'Kies ten minste één taak.',
      minuten: 'Vul de minuten in als heel getal, zoals 15.',
      resultaat: 'Kies het resultaat.',
    });
  });

  it('refuses days in the future or that do not exist, silly minutes and too many tasks', () => {
    expect(draftProblems({ ...complete, datum: '11-03-2026' }, rules).datum).toMatch(/toekomst/);
    expect(draftProblems({ ...complete, datum: '11-03-2025' }, rules).datum).toBeUndefined();
    expect(draftProblems({ ...complete, datum: '30-02-2026' }, rules).datum).toMatch(/bestaande/);
    expect(draftProblems({ ...complete, minuten: '0' }, rules).minuten).toMatch(/1 tot en met 480/);
    expect(draftProblems({ ...complete, minuten: '481' }, rules).minuten).toMatch(/480/);
    expect(draftProblems({ ...complete, minuten: ' 45 ' }, rules)).toEqual({});
    const seven = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07'];
    expect(draftProblems({ ...complete, taken: seven }, rules).taken).toBe(
      'Kies hoogstens 6 taken.',
    );
  });

  it('sends the typed form as the API body and brings a saved contact back', () => {
    const body = bodyOf({ ...complete, minuten: ' 45 ' });
    expect(body).toEqual({
      datum: '2026-03-10',
      locatie: 'DH-ESC-1',
      kanaal: 'telefoon',
      taken: ['T01'],
      minuten: 45,
      resultaat: 'R01',
      leeftijdsgroep: '65-74',
      nietDigitaalVaardig: false,
      taalbarriere: true,
      clientReferentie: null,
    });
    const saved = {
      ...body,
      id: '00000000-0000-4000-8000-000000000001',
      kanaal: 'telefoon' as const,
      leeftijdsgroep: '65-74' as const,
      nietDigitaalVaardig: false,
      taalbarriere: true,
      clientReferentie: null,
      geregistreerdOp: '2026-03-10T10:00:00Z',
      bewerkbaarTot: '2026-03-11T10:00:00Z',
      bewerkbaar: true,
    };
    expect(draftOf(saved)).toEqual({ ...complete, minuten: '45' });
    // A case number is kept for the professional, trimmed; an empty one stays anonymous.
    expect(bodyOf({ ...complete, clientReferentie: ' D-2026-114 ' }).clientReferentie).toBe(
      'D-2026-114',
    );
    expect(draftOf({ ...saved, clientReferentie: 'D-2026-114' }).clientReferentie).toBe(
      'D-2026-114',
    );
    expect(draftProblems({ ...complete, clientReferentie: 'x'.repeat(41) }, rules)).toEqual({
      clientReferentie: 'Een cliëntreferentie is hoogstens 40 tekens.',
    });
  });

  it('allows changes only before the deadline the server gave', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(stillEditable('2026-03-10T12:00:01Z', now)).toBe(true);
    expect(stillEditable('2026-03-10T12:00:00Z', now)).toBe(false);
    expect(stillEditable(null, now)).toBe(false);
    expect(stillEditable('morgen', now)).toBe(false);
  });
});

describe('a saved contact in words', () => {
  it('names channel, minutes and tasks, also a code without a known name', () => {
    expect(
      describeRegistration(
        { kanaal: 'inloop', minuten: 1, taken: ['T01', 'L-TAALCAFE'] },
        { T01: 'Informatie en advies' },
      ),
    ).toBe('inloop, 1 minuut: Informatie en advies, L-TAALCAFE');
    expect(describeRegistration({ kanaal: 'telefoon', minuten: 15, taken: ['T05'] }, {})).toBe(
      'telefoon, 15 minuten: T05',
    );
  });
});
