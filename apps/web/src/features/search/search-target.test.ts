import { describe, expect, it } from 'vitest';
import { listPathFor, normalizeQuery } from './search-target';

describe('normalizeQuery', () => {
  it('trims, and is no search below two characters', () => {
    expect(normalizeQuery('  巴公 ')).toBe('巴公');
    expect(normalizeQuery(' a ')).toBeNull();
    expect(normalizeQuery('')).toBeNull();
    expect(normalizeQuery('YH')).toBe('YH');
  });
});

describe('listPathFor', () => {
  it('sends a hazard number (or its beginning) to the hazard list', () => {
    expect(listPathFor('YH-140525-2026', { hazards: 3, enterprises: 0 })).toBe('/hazards?q=YH-140525-2026');
    expect(listPathFor('yh-1405', { hazards: 0, enterprises: 0 })).toBe('/hazards?q=yh-1405');
  });

  it('sends a credit code to the enterprise list unless hazards match it', () => {
    expect(listPathFor('91140525MA0', { hazards: 0, enterprises: 1 })).toBe('/enterprises?q=91140525MA0');
    expect(listPathFor('91140525MA0', { hazards: 0, enterprises: 0 })).toBe('/enterprises?q=91140525MA0');
    expect(listPathFor('91140525MA0', { hazards: 2, enterprises: 1 })).toBe('/hazards?q=91140525MA0');
  });

  it('sends words to the hazards, or to the enterprises when only they match', () => {
    expect(listPathFor('配电箱', { hazards: 4, enterprises: 0 })).toBe('/hazards?q=%E9%85%8D%E7%94%B5%E7%AE%B1');
    expect(listPathFor('煤业', { hazards: 0, enterprises: 7 })).toBe('/enterprises?q=%E7%85%A4%E4%B8%9A');
    expect(listPathFor('没有', { hazards: 0, enterprises: 0 })).toBe('/hazards?q=%E6%B2%A1%E6%9C%89');
  });
});
