import { describe, expect, it } from 'vitest';
import { checkCompletion, recordedOnTime } from './completion';

describe('check-run completion', () => {
  it('is the runs recorded on time over the runs whose deadline has passed', () => {
    expect(checkCompletion({ onTime: 3, late: 1, overdue: 0 })).toEqual({
      onTime: 3,
      late: 1,
      overdue: 0,
      due: 4,
      rate: 0.75,
    });
    expect(checkCompletion({ onTime: 0, late: 0, overdue: 2 }).rate).toBe(0);
    expect(checkCompletion({ onTime: 5, late: 0, overdue: 0 }).rate).toBe(1);
  });

  it('has no rate when nothing was due', () => {
    expect(checkCompletion({ onTime: 0, late: 0, overdue: 0 })).toMatchObject({ due: 0, rate: null });
  });

  it('counts a run recorded at its deadline exactly as on time, a millisecond later as late', () => {
    const deadline = new Date('2026-03-01T16:00:00.000Z');
    expect(recordedOnTime(new Date('2026-03-01T16:00:00.000Z'), deadline)).toBe(true);
    expect(recordedOnTime(new Date('2026-03-01T16:00:00.001Z'), deadline)).toBe(false);
  });
});
