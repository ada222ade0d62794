import { describe, expect, it } from 'vitest';
import { readTabular } from '../imports/tabular.js';
import { checkRegistrationRows, readAgeGroup, readStaffType, readYesNo } from './import-rows.js';

describe('reading registration rows', () => {
  it('reads yes/no, age groups and staff types as people write them', () => {
    expect(['ja', 'JA', '1', 'true'].map(readYesNo)).toEqual([true, true, true, true]);
    expect(['nee', '0', 'N'].map(readYesNo)).toEqual([false, false, false]);
    expect(readYesNo('')).toBeUndefined();
    expect(readYesNo('misschien')).toBeNull();
    expect(['18–26', '18 - 26', '75+', '<18', '', '75 of ouder'].map(readAgeGroup)).toEqual([
      '18-26',
      '18-26',
      '75+',
      '<18',
      'onbekend',
      '75+',
    ]);
    expect(readAgeGroup('80-90')).toBeNull();
    expect(['Professionals', 'stagiaire', 'Vrijwilligers'].map(readStaffType)).toEqual([
      'professional',
      'stagiair',
      'vrijwilliger',
    ]);
  });

  it('takes several tasks separated by |, and Dutch headers with accents', async () => {
    const table = await readTabular(
      Buffer.from(
        'Datum;Locatie;Kanaal;Taak;Minuten;Resultaat;Taalbarrière\n' +
          '01-03-2026;a1;inloop;t01 | t05;20;r01;ja\n' +
          '2026-03-01;A1;inloop;T01|T01;20;R01;\n' +
          '2026-03-01;A1;inloop;T01;20;R01;soms\n',
      ),
      'x.csv',
    );
    const check = checkRegistrationRows(table, {
      locations: new Map([['A1', 'id-a1']]),
      taskCodes: new Set(['T01', 'T05']),
      resultCodes: new Set(['R01']),
      today: '2026-11-23',
    });
    expect(check.valid).toEqual([
      {
        locationId: 'id-a1',
        date: '2026-03-01',
        channel: 'inloop',
        tasks: ['T01', 'T05'],
        minutes: 20,
        result: 'R01',
        ageGroup: 'onbekend',
        notDigital: false,
        languageBarrier: true,
      },
    ]);
    expect(check.rejections).toEqual([
      { rij: 3, veld: 'taak', reden: 'Dezelfde taakcode staat twee keer in de rij.' },
      { rij: 4, veld: 'taalbarriere', reden: 'Vul ja of nee in (of 1 of 0).' },
    ]);
    expect(check.rejectedRows).toBe(2);
  });
});
