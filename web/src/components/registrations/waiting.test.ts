import { describe, expect, it } from 'vitest';
import { waitingDaysShort, waitingText } from './waiting.js';

describe('waiting times in words', () => {
  it('says days, and weeks once it gets long', () => {
    expect(waitingText(null)).toBe('onbekend');
    expect(waitingText(0)).toBe('vandaag');
    expect(waitingText(1)).toBe('1 dag');
    expect(waitingText(9.5)).toBe('9,5 dagen');
    expect(waitingText(14)).toBe('14 dagen (2 weken)');
    expect(waitingText(20)).toBe('20 dagen (ruim 2 weken)');
  });

  it('keeps table cells short', () => {
    expect(waitingDaysShort(19)).toBe('19 dagen');
    expect(waitingDaysShort(1)).toBe('1 dag');
    expect(waitingDaysShort(14.5)).toBe('14,5 dagen');
    expect(waitingDaysShort(null)).toBe('–');
  });
});
