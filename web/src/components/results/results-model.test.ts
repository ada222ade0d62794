import { describe, expect, it } from 'vitest';
import type {
  Comparison,
  Figure,
  GemeenteResults,
  QuestionResult,
} from '../../../../shared/api/results.schema.js';
import {
  apiQueryFor,
  chartComparison,
  comparisonSentence,
  directionOf,
  figureQuestions,
  figureText,
  formatCount,
  formatDifference,
  formatInterval,
  formatPValue,
  formatPct,
  groupByTheme,
  resultsSummary,
  scaleX,
  searchFromView,
  significanceText,
  viewFromSearch,
  viewSummary,
  type ResultsView,
} from './results-model.js';

function figure(pct: number | null, n: number | null, extra: Partial<Figure> = {}): Figure {
  return {
    nGeldig: n,
    nPositief: pct === null || n === null ? null : Math.round((pct / 100) * n),
    pctPositief: pct,
    ciLaag: pct === null ? null : pct - 4,
    ciHoog: pct === null ? null : pct + 4,
    onderdrukt: pct === null,
    signaal: n !== null && n < 50,
    ...extra,
  };
}

function comparison(verschil: number | null, significant: boolean | null, pct = 70): Comparison {
  return {
    soort: 'project',
    label: 'Gemiddelde van 21 andere gemeenten',
    aantalGemeenten: 21,
    cijfer: figure(verschil === null ? null : pct, verschil === null ? null : 4000),
    verschil,
    pWaarde: significant === null ? null : significant ? 0.002 : 0.4,
    significant,
  };
}

function question(
  vraagId: string,
  thema: QuestionResult['thema'],
  cijfer: Figure | null,
  vergelijkingen: Comparison[] = [],
): QuestionResult {
  return {
    vraagId,
    tekst: `Tekst van ${vraagId}`,
    thema,
    type: cijfer ? 'stelling' : 'enkelvoudig',
    cijfer,
    verdeling: [],
    vergelijkingen,
    gewogen: null,
  };
}

function results(vragen: QuestionResult[]): GemeenteResults {
  return {
    enquete: {
      id: '00000000-0000-4000-8000-000000000001',
      naam: 'CEO Wmo 2025',
      jaar: 2025,
      status: 'gesloten',
    },
    gemeente: { cbsCode: 'GM0014', naam: 'Groningen', provincie: 'Groningen', inwoners: 240000 },
    telregel: { id: 'ceo-standaard', versie: 1, naam: 'Standaard CEO Wmo', omschrijving: '…' },
    drempel: 10,
    respons: { uitgenodigd: 100, reacties: 40, pct: 40, perKanaal: [] },
    meervoudigToetsen: { aantalToetsen: 0, toelichting: '' },
    weging: null,
    vragen,
  };
}

describe('number formats', () => {
  it('writes percentages with one decimal and a decimal comma', () => {
    expect(formatPct(75.3)).toBe('75,3%');
    expect(formatPct(75.25)).toBe('75,3%');
    expect(formatPct(100)).toBe('100,0%');
    expect(formatPct(0)).toBe('0,0%');
    expect(formatPct(0.04)).toBe('0,0%');
    expect(formatPct(null)).toBe('–');
    expect(formatPct(Number.NaN)).toBe('–');
  });

  it('writes an interval as a range with one percent sign', () => {
    expect(formatInterval(71.24, 79.06)).toBe('71,2–79,1%');
    expect(formatInterval(0, 20.65)).toBe('0,0–20,7%');
    expect(formatInterval(null, 3)).toBe('–');
  });

  it('writes counts with a thousands dot and effective sizes as whole people', () => {
    expect(formatCount(8545)).toBe('8.545');
    expect(formatCount(312.6)).toBe('313');
    expect(formatCount(null)).toBe('–');
  });

  it('writes differences in procentpunt with a sign', () => {
    expect(formatDifference(3.24)).toBe('+3,2 procentpunt');
    expect(formatDifference(-0.46)).toBe('−0,5 procentpunt');
    expect(formatDifference(0.04)).toBe('0,0 procentpunt');
    expect(formatDifference(-0.04)).toBe('0,0 procentpunt');
    expect(formatDifference(null)).toBe('–');
  });

  it('writes p-values with three decimals and a floor', () => {
    expect(formatPValue(0.0123)).toBe('p = 0,012');
    expect(formatPValue(0.5)).toBe('p = 0,500');
    expect(formatPValue(0.0004)).toBe('p < 0,001');
    expect(formatPValue(null)).toBe('–');
  });
});

describe('significance in words', () => {
  it('says the direction and whether it is significant', () => {
    expect(significanceText(comparison(5.1, true))).toBe('hoger, significant');
    expect(significanceText(comparison(-5.1, true))).toBe('lager, significant');
    expect(significanceText(comparison(1.2, false))).toBe('hoger, niet significant');
    expect(significanceText(comparison(-1.2, false))).toBe('lager, niet significant');
    expect(significanceText(comparison(0.02, false))).toBe('gelijk, niet significant');
  });

  it('says why there is nothing to compare when a side is suppressed', () => {
    expect(significanceText(comparison(null, null))).toBe(
      'niet te vergelijken (te weinig antwoorden)',
    );
    expect(directionOf({ verschil: null })).toBe('onbekend');
    // The server's placeholder when there is no previous round.
    const none = {
      ...comparison(null, null),
      soort: 'vorige' as const,
      label: 'Geen eerdere meting',
      aantalGemeenten: 0,
    };
    expect(significanceText(none)).toBe('geen cijfer om mee te vergelijken');
    expect(comparisonSentence(none)).toBe('Geen eerdere meting: geen vergelijking.');
  });

  it('makes a sentence that keeps names of gemeenten but lowers common words', () => {
    expect(comparisonSentence(comparison(3.24, true))).toBe(
      '3,2 procentpunt hoger dan gemiddelde van 21 andere gemeenten. Dit verschil is significant.',
    );
    const named = { ...comparison(-2, false), label: 'Groningen 2024' };
    expect(comparisonSentence(named)).toBe(
      '2,0 procentpunt lager dan Groningen 2024. Dit verschil kan toeval zijn (niet significant).',
    );
    expect(comparisonSentence(comparison(null, null))).toMatch(/^Geen vergelijking met/);
  });

  it('reads a figure aloud with its interval, n and signal', () => {
    expect(figureText(figure(75.3, 312), 10)).toBe(
      '75,3% positief (95%-interval 71,3–79,3%, n = 312).',
    );
    expect(figureText(figure(60, 40), 10)).toMatch(/Signaal: minder dan 50 antwoorden\.$/);
    expect(figureText(figure(null, null), 10)).toBe('Niet getoond: minder dan 10 antwoorden.');
    expect(figureText(null, 10)).toBe('Geen percentage positief bij deze vraag.');
  });
});

describe('the view in the address', () => {
  it('uses the API default when the address says nothing', () => {
    expect(viewFromSearch(new URLSearchParams())).toEqual({
      vergelijk: ['vorige', 'project'],
      peergroep: [],
      gewogen: false,
    });
  });

  it('round-trips every view through the address', () => {
    const views: ResultsView[] = [
      { vergelijk: [], peergroep: [], gewogen: false },
      { vergelijk: ['vorige'], peergroep: [], gewogen: true },
      { vergelijk: ['vorige', 'project', 'grootteklasse'], peergroep: [], gewogen: false },
      { vergelijk: ['project', 'peergroep'], peergroep: ['GM0106', 'GM0109'], gewogen: true },
    ];
    for (const view of views) {
      const search = new URLSearchParams(searchFromView(view).toString());
      expect(viewFromSearch(search)).toEqual(view);
    }
  });

  it('writes the kinds in a fixed order and keeps other parameters', () => {
    const base = new URLSearchParams('uitsplitsing=leeftijd');
    const search = searchFromView(
      { vergelijk: ['peergroep', 'vorige'], peergroep: ['GM0109', 'GM0106'], gewogen: true },
      base,
    );
    expect(search.toString()).toBe(
      'uitsplitsing=leeftijd&vergelijk=vorige%2Cpeergroep&peergroep=GM0106%2CGM0109&gewogen=ja',
    );
    expect(base.toString()).toBe('uitsplitsing=leeftijd');
  });

  it('drops the peer group when it is not compared with, and unknown values', () => {
    const search = searchFromView({
      vergelijk: ['project'],
      peergroep: ['GM0106'],
      gewogen: false,
    });
    expect(search.has('peergroep')).toBe(false);
    expect(
      viewFromSearch(
        new URLSearchParams('vergelijk=project,onzin,project&peergroep=gm0106,XX,GM0106&gewogen=1'),
      ),
    ).toEqual({ vergelijk: ['project'], peergroep: ['GM0106'], gewogen: false });
  });

  it('asks the API for exactly the chosen view', () => {
    expect(apiQueryFor({ vergelijk: [], peergroep: [], gewogen: false })).toBe(
      '?vergelijk=&gewogen=nee',
    );
    expect(
      apiQueryFor({
        vergelijk: ['project', 'peergroep'],
        peergroep: ['GM0109', 'GM0106'],
        gewogen: true,
      }),
    ).toBe('?vergelijk=project%2Cpeergroep&peergroep=GM0106%2CGM0109&gewogen=ja');
    // A peer group without gemeenten cannot be compared with.
    expect(apiQueryFor({ vergelijk: ['peergroep'], peergroep: [], gewogen: false })).toBe(
      '?vergelijk=&gewogen=nee',
    );
  });

  it('describes the view in words', () => {
    expect(viewSummary({ vergelijk: [], peergroep: [], gewogen: false })).toBe(
      'Zonder vergelijking. Ongewogen.',
    );
    expect(
      viewSummary({ vergelijk: ['vorige', 'peergroep'], peergroep: ['GM0106'], gewogen: true }),
    ).toBe(
      'Vergeleken met: vorige meting; zelf gekozen groep gemeenten (1). Gewogen naar leeftijd en geslacht.',
    );
  });
});

describe('grouping, chart and summary', () => {
  const vragen = [
    question('Q9', 'effect', figure(80.1, 400), [comparison(2.5, true, 77.6)]),
    question('Q1', 'toegang', figure(70.5, 420), [comparison(-6, true, 76.5)]),
    question('Q5', 'clientondersteuning', figure(24.2, 380), [comparison(0.1, false, 24.1)]),
    question('A1', 'achtergrond', null),
    question('Q6', 'kwaliteit', figure(null, null), [comparison(null, null)]),
  ];

  it('orders the themes as in the questionnaire, background last', () => {
    expect(groupByTheme(vragen).map((g) => [g.label, g.questions.map((q) => q.vraagId)])).toEqual([
      ['Toegang', ['Q1']],
      ['Cliëntondersteuning', ['Q5']],
      ['Kwaliteit', ['Q6']],
      ['Effect', ['Q9']],
      ['Over uzelf', ['A1']],
    ]);
  });

  it('charts only questions with a share positive and marks the first usable comparison', () => {
    const data = results(vragen);
    expect(figureQuestions(data).map((q) => q.vraagId)).toEqual(['Q9', 'Q1', 'Q5', 'Q6']);
    expect(chartComparison(vragen[0]!)?.cijfer.pctPositief).toBe(77.6);
    expect(chartComparison(vragen[4]!)).toBeNull();
  });

  it('summarises the range and the significant differences', () => {
    expect(resultsSummary(results(vragen))).toBe(
      'Groningen: 3 vragen met een percentage positief, van 24,2% (Q5) tot 80,1% (Q9). ' +
        'Van de 3 vergelijkingen is er 1 significant hoger en 1 significant lager.',
    );
    expect(resultsSummary(results([question('Q6', 'kwaliteit', figure(null, null))]))).toBe(
      'Voor Groningen zijn er te weinig antwoorden om percentages te tonen.',
    );
  });

  it('scales percentages onto the chart and clamps them', () => {
    expect(scaleX(50, 420)).toBe(210);
    expect(scaleX(75.3, 420)).toBe(316.3);
    expect(scaleX(-3, 420)).toBe(0);
    expect(scaleX(104, 420)).toBe(420);
  });
});
