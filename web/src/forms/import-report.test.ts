import { describe, expect, it } from 'vitest';
import { counted, rejectionCaption } from './import-report.js';

describe('the report of an import', () => {
  it('says when the table shows only the first rejections', () => {
    expect(rejectionCaption(3, 3)).toBe('Afgewezen rijen');
    expect(rejectionCaption(100, 2345)).toBe('Afgewezen rijen (de eerste 100 van 2.345)');
  });

  it('counts in the singular or the plural, with Dutch thousands', () => {
    expect(counted(1, ['locatie', 'locaties'])).toBe('1 locatie');
    expect(counted(0, ['rij', 'rijen'])).toBe('0 rijen');
    expect(counted(2400, ['contact', 'contacten'])).toBe('2.400 contacten');
  });
});
