import { describe, expect, it } from 'vitest';
import {
  bodyFor,
  changeSummary,
  changeText,
  emptyEntry,
  historyRows,
  latestSelfSufficiency,
  linePoints,
  markValueText,
  move,
  pctText,
} from './outcomes-model.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('markValueText', () => {
  it('says the number and the feeling in words', () => {
    expect(markValueText(70)).toBe('70 van 100, eerder blij');
    expect(markValueText(0)).toBe('0 van 100, heel ontevreden');
    expect(markValueText(50)).toBe('50 van 100, er tussenin');
    expect(markValueText(30)).toBe('30 van 100, eerder ontevreden');
    expect(markValueText(100)).toBe('100 van 100, heel blij');
  });
});

describe('changeText', () => {
  it('shows the sign and the direction', () => {
    expect(changeText(12, 'verbeterd')).toBe('+12 (verbeterd)');
    expect(changeText(-8, 'verslechterd')).toBe('−8 (verslechterd)');
    expect(changeText(0, 'gelijk')).toBe('0 (gelijk)');
    expect(changeText(null, null)).toBe('Nog geen verandering (één meting)');
  });
});

describe('move', () => {
  it('swaps with the neighbour and leaves the ends alone', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('historyRows and changeSummary', () => {
  const monitor = {
    veranderingen: [
      {
        code: 'mvo.wonen',
        naam: 'Wonen',
        verloop: [
          { metingId: id(1), datum: '2026-01-01', bewoner: 40 },
          { metingId: id(2), datum: '2026-03-01', bewoner: 45 },
          { metingId: id(3), datum: '2026-06-01', bewoner: 62 },
        ],
        eerste: 40,
        laatste: 62,
        verschil: 22,
        richting: 'verbeterd' as const,
      },
      {
        code: 'mvo.werk',
        naam: 'Werk',
        verloop: [{ metingId: id(1), datum: '2026-01-01', bewoner: 50 }],
        eerste: 50,
        laatste: 50,
        verschil: null,
        richting: null,
      },
    ],
  };
  it('takes the previous mark as the one before the latest', () => {
    const rows = historyRows(monitor);
    expect(rows[0]).toMatchObject({
      eerste: 40,
      vorige: 45,
      laatste: 62,
      verandering: '+22 (verbeterd)',
    });
    expect(rows[1]).toMatchObject({ eerste: 50, vorige: null, laatste: 50 });
  });
  it('counts the directions in one sentence', () => {
    expect(changeSummary(monitor)).toBe(
      'Van de eerste tot de laatste meting: 1 leefgebied verbeterd, 0 leefgebieden gelijk en 0 leefgebieden verslechterd.',
    );
  });
});

describe('pctText and linePoints', () => {
  it('shows a suppressed share as a dash', () => {
    expect(pctText(42.5)).toBe('42,5%');
    expect(pctText(42.5, true)).toBe('–');
    expect(pctText(null)).toBe('–');
  });
  it('puts 100 at the top, 0 at the bottom, and spaces the points by date', () => {
    expect(
      linePoints(
        [
          { datum: '2026-01-01', bewoner: 0 },
          { datum: '2026-01-04', bewoner: 50 },
          { datum: '2026-01-11', bewoner: 100 },
        ],
        200,
        100,
      ),
    ).toEqual([
      { x: 0, y: 100 },
      { x: 60, y: 50 },
      { x: 200, y: 0 },
    ]);
    expect(linePoints([{ datum: '2026-01-01', bewoner: 40 }], 200, 100)).toEqual([
      { x: 100, y: 60 },
    ]);
  });
});

describe('bodyFor', () => {
  it('keeps the chosen order, sends self-sufficiency and goals only when given', () => {
    const entries = {
      'mvo.wonen': { ...emptyEntry(), bewoner: 70, zelf: 'nb' as const },
      'mvo.werk': {
        ...emptyEntry(),
        professional: 40,
        naaste: 30,
        zelf: 4,
        doel: ' Werk vinden ',
        streefdatum: '2027-01-31',
      },
    };
    const body = bodyFor('2026-11-23', ['mvo.werk', 'mvo.wonen'], entries, false, 7);
    expect(body.leefgebieden.map((d) => d.code)).toEqual(['mvo.werk', 'mvo.wonen']);
    expect(body.leefgebieden[0]).toEqual({
      code: 'mvo.werk',
      bewoner: null,
      professional: 40,
      zelfredzaamheid: { score: 4, datum: '2026-11-23' },
    });
    expect(body.leefgebieden[1]?.zelfredzaamheid).toEqual({ score: null, datum: '2026-11-23' });
    expect(body.doelen).toEqual([
      { leefgebied: 'mvo.werk', omschrijving: 'Werk vinden', streefdatum: '2027-01-31' },
    ]);
    expect(body.levenstevredenheid).toBe(7);
    // A naaste's mark goes along only with consent.
    expect(bodyFor('2026-11-23', ['mvo.werk'], entries, true, null).leefgebieden[0]?.naaste).toBe(
      30,
    );
  });
});

describe('latestSelfSufficiency', () => {
  const domain = (datum: string, score: number | null, verouderd: boolean) => ({
    code: 'mvo.wonen',
    naam: 'Wonen',
    bewonersnaam: 'Wonen',
    volgorde: 1,
    bewoner: 50,
    professional: null,
    naaste: null,
    zelfredzaamheid: {
      score,
      label: score === null ? 'Niet besproken' : 'Beperkt zelfredzaam',
      datum,
      verouderd,
    },
  });
  it('keeps the newest score per domain with its outdated flag', () => {
    const rows = latestSelfSufficiency([
      {
        id: id(1),
        datum: '2026-01-01',
        bron: 'gesprek',
        levenstevredenheid: null,
        leefgebieden: [domain('2026-01-01', 3, true)],
      },
      {
        id: id(2),
        datum: '2026-11-20',
        bron: 'gesprek',
        levenstevredenheid: null,
        leefgebieden: [domain('2026-11-20', null, false)],
      },
    ]);
    expect(rows).toEqual([
      {
        code: 'mvo.wonen',
        naam: 'Wonen',
        label: 'Niet besproken',
        datum: '2026-11-20',
        verouderd: false,
      },
    ]);
    const old = latestSelfSufficiency([
      {
        id: id(1),
        datum: '2026-01-01',
        bron: 'gesprek',
        levenstevredenheid: null,
        leefgebieden: [domain('2026-01-01', 3, true)],
      },
    ]);
    expect(old[0]).toMatchObject({ label: '3 – Beperkt zelfredzaam', verouderd: true });
  });
});
