import { describe, expect, it } from 'vitest';
import { MVO_DOMAINS, ZRM_DOMAINS, localDomainCode } from './domains.js';
import {
  aggregate,
  daysBetween,
  directionOf,
  domainChanges,
  lifeSatisfactionChange,
  median,
  percentage,
  residentIndicators,
  trajectoryDays,
  type ResidentHistory,
} from './indicators.js';

const m = (
  date: string,
  life: number | null,
  domains: [code: string, mark: number | null, ss?: number | null][],
) => ({
  date,
  lifeSatisfaction: life,
  domains: domains.map(([code, resident, ss]) => ({ code, resident, selfSufficiency: ss ?? null })),
});

// The worked example of docs/outcomes.md.
const r1: ResidentHistory = {
  measurements: [
    m('2026-01-10', 5, [
      ['wonen', 40, 2],
      ['geld', 30, 1],
    ]),
    m('2026-03-10', 6, [
      ['wonen', 50, 3],
      ['geld', 33],
    ]),
    m('2026-05-09', 7, [
      ['wonen', 70, 3],
      ['geld', 20, 2],
    ]),
  ],
  goals: [{ status: 'bereikt' }, { status: 'open' }],
};
const r2: ResidentHistory = {
  measurements: [m('2026-02-01', 6, [['wonen', 50]]), m('2026-03-03', 6, [['wonen', 53]])],
  goals: [{ status: 'niet_bereikt' }],
};
const r3: ResidentHistory = {
  measurements: [m('2026-01-01', null, [['wonen', 20]]), m('2026-03-02', null, [['wonen', 40]])],
  goals: [{ status: 'bereikt' }, { status: 'bereikt' }],
};
const r4: ResidentHistory = { measurements: [m('2026-04-01', 8, [['wonen', 60]])], goals: [] };

describe('default domain sets', () => {
  it('has the seven MvO domains and the thirteen ZRM domains, with unique codes', () => {
    expect(MVO_DOMAINS.map((d) => d.name)).toEqual([
      'Zelfzorg',
      'Wonen',
      'Werk en dagbesteding',
      'Financiën',
      'Vrije tijd',
      'Sociaal netwerk',
      'Contacten met instanties',
    ]);
    expect(ZRM_DOMAINS).toHaveLength(13);
    expect(ZRM_DOMAINS.map((d) => d.residentName)).toContain('Relaties thuis');
    const codes = [...MVO_DOMAINS, ...ZRM_DOMAINS].map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('makes a local code from a name', () => {
    expect(localDomainCode('Taal en lezen')).toBe('L-TAAL-EN-LEZEN');
    expect(localDomainCode('Gezin & opvoeden')).toBe('L-GEZIN-OPVOEDEN');
    expect(localDomainCode('Zingeving é')).toBe('L-ZINGEVING-E');
  });
});

describe('indicator formulas (hand-worked)', () => {
  it('counts a change within ±5 points as the same', () => {
    expect(directionOf(50, 55)).toBe('gelijk');
    expect(directionOf(50, 56)).toBe('verbeterd');
    expect(directionOf(50, 45)).toBe('gelijk');
    expect(directionOf(50, 44)).toBe('verslechterd');
  });

  it('compares the first and last measurement that marked each domain', () => {
    const changes = domainChanges(r1.measurements);
    expect(changes.get('wonen')).toMatchObject({
      first: 40,
      last: 70,
      change: 30,
      direction: 'verbeterd',
    });
    expect(changes.get('geld')).toMatchObject({
      first: 30,
      last: 20,
      change: -10,
      direction: 'verslechterd',
    });
    const gap = domainChanges([
      m('2026-01-01', null, [['wonen', 40]]),
      m('2026-02-01', null, [['geld', 10]]),
      m('2026-03-01', null, [['wonen', 45]]),
    ]);
    expect(gap.get('wonen')).toMatchObject({ first: 40, last: 45, direction: 'gelijk' });
    expect(gap.get('geld')).toMatchObject({ first: 10, last: 10, change: null, direction: null });
  });

  it('counts days, medians and percentages', () => {
    expect(daysBetween('2026-01-10', '2026-05-09')).toBe(119);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // over the switch to summer time
    expect(trajectoryDays(r1)).toBe(119);
    expect(trajectoryDays(r4)).toBeNull();
    expect(median([119, 30, 60])).toBe(60);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(1, 16)).toBe(6.3);
    expect(percentage(0, 0)).toBeNull();
    expect(lifeSatisfactionChange(r1)).toBe(2);
    expect(lifeSatisfactionChange(r3)).toBeNull();
  });

  it("gives a resident's client-level indicators", () => {
    expect(residentIndicators(r1)).toEqual({
      vooruitgang: false,
      zelfredzaamheid_verbeterd: true,
      acute_problematiek_opgelost: true,
      levenstevredenheid_gestegen: true,
      doelen_vastgelegd: true,
      herhaald_gemeten: true,
      naaste_betrokken: false,
    });
    expect(residentIndicators(r3)).toMatchObject({
      vooruitgang: true,
      zelfredzaamheid_verbeterd: null,
      acute_problematiek_opgelost: null,
    });
    expect(residentIndicators(r4)).toMatchObject({ vooruitgang: null, herhaald_gemeten: false });
  });

  it('aggregates a group and suppresses figures over fewer residents than the threshold', () => {
    const block = aggregate([r1, r2, r3, r4], ['wonen', 'geld', 'werk'], 3);
    expect(block.bewoners).toBe(4);
    expect(block.gevolgd).toBe(3);
    expect(block.leefgebieden[0]).toEqual({
      code: 'wonen',
      n: 3,
      verbeterd: 2,
      gelijk: 1,
      verslechterd: 0,
      pctVerbeterd: 66.7,
      pctGelijk: 33.3,
      pctVerslechterd: 0,
      onderdrukt: false,
    });
    expect(block.leefgebieden[1]).toMatchObject({
      code: 'geld',
      n: null,
      verbeterd: null,
      onderdrukt: true,
    });
    expect(block.leefgebieden[2]).toMatchObject({ code: 'werk', onderdrukt: true });
    expect(block.doelen).toEqual({
      n: 3,
      afgerond: 4,
      bereikt: 3,
      pctBereikt: 75,
      onderdrukt: false,
    });
    expect(block.trajectduur).toEqual({ n: 3, mediaanDagen: 60, onderdrukt: false });
    expect(block.levenstevredenheid).toEqual({
      n: null,
      gemiddeldeVerandering: null,
      onderdrukt: true,
    });
    const byCode = new Map(block.indicatoren.map((i) => [i.code, i]));
    expect(byCode.get('vooruitgang')).toMatchObject({ teller: 1, noemer: 3, pct: 33.3 });
    expect(byCode.get('herhaald_gemeten')).toMatchObject({ teller: 3, noemer: 4, pct: 75 });
    expect(byCode.get('doelen_vastgelegd')).toMatchObject({ teller: 3, noemer: 4, pct: 75 });
    expect(byCode.get('zelfredzaamheid_verbeterd')).toMatchObject({ onderdrukt: true, pct: null });

    const lower = aggregate([r1, r2, r3, r4], ['wonen'], 2);
    expect(lower.levenstevredenheid).toEqual({ n: 2, gemiddeldeVerandering: 1, onderdrukt: false });
  });
});
