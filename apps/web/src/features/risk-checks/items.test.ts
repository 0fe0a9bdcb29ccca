import { describe, expect, it } from 'vitest';
import { checkItemsOf, slotText } from './items';

describe('checkItemsOf', () => {
  it('splits a check content into its sentences and numbered points, keeping lists inside a sentence', () => {
    expect(checkItemsOf('液位计读数是否正常；高液位报警是否完好。', 'x')).toEqual([
      '液位计读数是否正常',
      '高液位报警是否完好',
    ]);
    expect(checkItemsOf('液位计、高液位报警和联锁是否完好投用', 'x')).toEqual(['液位计、高液位报警和联锁是否完好投用']);
    expect(checkItemsOf('1. 接地线完好\n2. 静电夹可靠', 'x')).toEqual(['接地线完好', '静电夹可靠']);
    expect(checkItemsOf('（1）阀门无泄漏（2）压力表在检定期内', 'x')).toEqual(['阀门无泄漏', '压力表在检定期内']);
    expect(checkItemsOf('①护栏齐全②安全网完好', 'x')).toEqual(['护栏齐全', '安全网完好']);
  });

  it('falls back to the measure when there is no check content', () => {
    expect(checkItemsOf(null, '储罐设高液位报警')).toEqual(['储罐设高液位报警']);
    expect(checkItemsOf(' ；', '储罐设高液位报警')).toEqual(['储罐设高液位报警']);
  });
});

describe('slotText', () => {
  it('shows a slot of one day as a time range, a day to midnight as to 24:00, and longer slots in full', () => {
    expect(slotText('2026-11-22T08:00', '2026-11-22T16:00')).toBe('2026-11-22 08:00–16:00');
    expect(slotText('2026-11-22T00:00', '2026-11-23T00:00')).toBe('2026-11-22 00:00–24:00');
    expect(slotText('2026-11-22T00:00', '2026-11-29T00:00')).toBe('2026-11-22 00:00 – 2026-11-29 00:00');
    expect(slotText(undefined, '2026-11-29T00:00')).toBe('—');
  });
});
