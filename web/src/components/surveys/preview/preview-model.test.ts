import { describe, expect, it } from 'vitest';
import { CEO_WMO_TEMPLATE } from '../../../../../shared/surveys/ceo-wmo.template.js';
import { nextPage, pagesOf, previousPage, progress } from './preview-model.js';

const pages = pagesOf(CEO_WMO_TEMPLATE.questions);
const pageOf = (id: string) => pages.findIndex((page) => page.some((q) => q.id === id));

describe('preview pages', () => {
  it('puts questions of one group on one page, others on a page of their own', () => {
    expect(pages[0]?.map((q) => q.id)).toEqual(['Q1', 'Q2']);
    expect(pages[pageOf('Q5')]?.map((q) => q.id)).toEqual(['Q5']);
  });

  it('skips a routed question unless the earlier answer fits', () => {
    const a4 = pageOf('A4');
    expect(pages[nextPage(pages, a4, { A4: ['2'] }) ?? -1]?.[0]?.id).toBe('A6');
    expect(pages[nextPage(pages, a4, { A4: ['1'] }) ?? -1]?.[0]?.id).toBe('A5');
    expect(pages[previousPage(pages, pageOf('A6'), { A4: ['2'] }) ?? -1]?.[0]?.id).toBe('A4');
  });

  it('counts only the pages that are asked', () => {
    const withCarer = progress(pages, pageOf('A6'), { A4: ['1'] });
    const without = progress(pages, pageOf('A6'), { A4: ['2'] });
    expect(withCarer.total - without.total).toBe(1);
    expect(without.number).toBe(without.total);
  });

  it('ends after the last page', () => {
    expect(nextPage(pages, pages.length - 1, {})).toBeNull();
    expect(previousPage(pages, 0, {})).toBeNull();
  });
});
