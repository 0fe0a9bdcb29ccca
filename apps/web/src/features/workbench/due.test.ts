import { describe, expect, it } from 'vitest';
import { dueOf } from './due';

// 2026-11-22 10:00 in Beijing.
const now = new Date('2026-11-22T02:00:00Z');

describe('dueOf (in whole Beijing days)', () => {
  it('counts the days past or left by local date', () => {
    expect(dueOf(null, now)).toEqual({ kind: 'none' });
    expect(dueOf('2026-11-19T15:59:59.999Z', now)).toEqual({ kind: 'overdue', days: 3 }); // end of 19 Nov
    expect(dueOf('2026-11-22T01:00:00Z', now)).toEqual({ kind: 'overdueToday' });
    expect(dueOf('2026-11-22T15:59:59.999Z', now)).toEqual({ kind: 'today' }); // end of today
    expect(dueOf('2026-11-22T16:00:00Z', now)).toEqual({ kind: 'left', days: 1 }); // 00:00 tomorrow
    expect(dueOf('2026-11-25T15:59:59.999Z', now)).toEqual({ kind: 'left', days: 3 });
  });
});
