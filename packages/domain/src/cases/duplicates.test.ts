import { describe, expect, it } from 'vitest';
import {
  type DuplicateCandidate,
  type ExistingCase,
  haversineMetres,
  scoreDuplicate,
  titleSimilarity,
} from './duplicates';

const DAY = 86_400_000;
const R = 6_371_008.8;
const now = new Date('2026-03-12T02:00:00.000Z');
const origin = { lat: 35.4913, lng: 112.8516 };
/** A point `metres` due north of the origin: along a meridian the great-circle distance is R·Δφ. */
const north = (metres: number) => ({ lat: origin.lat + (metres / R) * (180 / Math.PI), lng: origin.lng });

const candidate: DuplicateCandidate = { ...origin, enterpriseId: null, title: '配电箱门未关闭', reportedAt: now };
const existing = (extra: Partial<ExistingCase> = {}): ExistingCase => ({
  id: 'case-1',
  state: 'rectifying',
  enterpriseId: null,
  ...north(50),
  title: '配电箱柜门未关闭',
  reportedAt: new Date(now.getTime() - 2 * DAY),
  ...extra,
});

describe('haversineMetres', () => {
  it('gives R·Δφ along a meridian and 111 195 m per degree of longitude at the equator', () => {
    expect(haversineMetres(origin, north(99))).toBeCloseTo(99, 6);
    expect(haversineMetres({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111_195.08, 1);
    expect(haversineMetres(origin, origin)).toBe(0);
  });
});

describe('titleSimilarity (character bigram Dice coefficient)', () => {
  it('scores similar Chinese titles at 0.5 or more', () => {
    // 配电箱门未关闭 vs 配电箱柜门未关闭: bigrams 6 and 7, shared 5 → 10/13.
    expect(titleSimilarity('配电箱门未关闭', '配电箱柜门未关闭')).toBeCloseTo(10 / 13, 10);
    expect(titleSimilarity('仓库灭火器过期', '灭火器过期未更换')).toBeCloseTo(8 / 13, 10);
  });

  it('scores dissimilar titles below 0.5', () => {
    expect(titleSimilarity('配电箱门未关闭', '消防通道堵塞')).toBe(0);
    expect(titleSimilarity('配电箱未接地', '配电箱门未关闭')).toBeCloseTo(4 / 11, 10);
  });

  it('ignores spaces, punctuation, width and case', () => {
    expect(titleSimilarity('LPG 气瓶,未固定!', 'ｌｐｇ气瓶未固定')).toBe(1);
  });

  it('counts repeated bigrams once per occurrence', () => {
    expect(titleSimilarity('哈哈哈', '哈哈')).toBeCloseTo(2 / 3, 10);
  });

  it('handles titles shorter than two characters', () => {
    expect(titleSimilarity('火', '火')).toBe(1);
    expect(titleSimilarity('火', '水')).toBe(0);
    expect(titleSimilarity('', '')).toBe(0);
  });
});

describe('scoreDuplicate (issue 3 §2: same enterprise or ≤ 100 m, similar title, last 30 days, open)', () => {
  it('suggests an open, recent, nearby case with a similar title', () => {
    const score = scoreDuplicate(candidate, existing(), now);
    expect(score).not.toBeNull();
    expect(score!).toBeGreaterThan(0.3);
    expect(score!).toBeLessThanOrEqual(1);
  });

  it('includes a case 99 m away and excludes one 101 m away', () => {
    expect(scoreDuplicate(candidate, existing(north(99)), now)).not.toBeNull();
    expect(scoreDuplicate(candidate, existing(north(101)), now)).toBeNull();
    expect(scoreDuplicate(candidate, existing(north(99.99)), now)).not.toBeNull();
    expect(scoreDuplicate(candidate, existing(north(100.01)), now)).toBeNull();
  });

  it('includes a case reported 29 days ago and excludes one 31 days ago (30 days inclusive)', () => {
    const ago = (ms: number) => existing({ reportedAt: new Date(now.getTime() - ms) });
    expect(scoreDuplicate(candidate, ago(29 * DAY), now)).not.toBeNull();
    expect(scoreDuplicate(candidate, ago(30 * DAY), now)).not.toBeNull();
    expect(scoreDuplicate(candidate, ago(30 * DAY + 1), now)).toBeNull();
    expect(scoreDuplicate(candidate, ago(31 * DAY), now)).toBeNull();
  });

  it('accepts the same enterprise at any distance, or without coordinates', () => {
    const far = existing({ ...north(5_000), enterpriseId: 'e-1' });
    expect(scoreDuplicate({ ...candidate, enterpriseId: 'e-1' }, far, now)).not.toBeNull();
    expect(scoreDuplicate(candidate, far, now)).toBeNull();
    const noCoords = existing({ lat: null, lng: null, enterpriseId: 'e-1' });
    expect(scoreDuplicate({ ...candidate, enterpriseId: 'e-1', lat: null }, noCoords, now)).not.toBeNull();
  });

  it('never matches on missing data: no enterprise on either side and no coordinates is no suggestion', () => {
    expect(scoreDuplicate({ ...candidate, lat: null, lng: null }, existing(), now)).toBeNull();
    const blank = existing({ enterpriseId: '', lat: null, lng: null });
    expect(scoreDuplicate({ ...candidate, enterpriseId: '' }, blank, now)).toBeNull();
    expect(scoreDuplicate({ ...candidate, enterpriseId: null }, { ...blank, enterpriseId: null }, now)).toBeNull();
  });

  it('excludes a dissimilar title even next door', () => {
    expect(scoreDuplicate(candidate, existing({ ...origin, title: '消防通道堵塞' }), now)).toBeNull();
    expect(scoreDuplicate(candidate, existing({ ...origin, title: '配电箱未接地' }), now)).toBeNull();
  });

  it.each(['written_off', 'rejected', 'merged'])('excludes a closed case (%s)', (state) => {
    expect(scoreDuplicate(candidate, existing({ state }), now)).toBeNull();
  });

  it('takes the closed states of another case type when given', () => {
    expect(scoreDuplicate(candidate, existing({ state: 'closed' }), now, ['closed'])).toBeNull();
    expect(scoreDuplicate(candidate, existing({ state: 'written_off' }), now, ['closed'])).not.toBeNull();
  });

  it('ranks a closer, more recent and more similar case higher', () => {
    const base = scoreDuplicate(candidate, existing(), now)!;
    expect(scoreDuplicate(candidate, existing(north(10)), now)!).toBeGreaterThan(base);
    expect(scoreDuplicate(candidate, existing({ reportedAt: now }), now)!).toBeGreaterThan(base);
    expect(scoreDuplicate(candidate, existing({ title: '配电箱门未关闭' }), now)!).toBeGreaterThan(base);
    expect(scoreDuplicate(candidate, existing({ ...origin, title: '配电箱门未关闭', reportedAt: now }), now)).toBe(1);
  });
});
