import { describe, expect, it } from 'vitest';
import { checkPolygon, type PlanPoint } from './polygon';

const square: PlanPoint[] = [
  [0.1, 0.1],
  [0.4, 0.1],
  [0.4, 0.3],
  [0.1, 0.3],
  [0.1, 0.1],
];

describe('areas on the four-colour map', () => {
  it('takes a closed ring inside the plan', () => {
    expect(checkPolygon(square)).toEqual({ ok: true, value: square });
  });

  it('refuses a ring that does not close, too few points, points off the plan, no area, crossing edges', () => {
    expect(checkPolygon(square.slice(0, 4))).toMatchObject({ error: { code: 'RISK.POLYGON_NOT_CLOSED' } });
    expect(
      checkPolygon([
        [0.1, 0.1],
        [0.2, 0.2],
        [0.1, 0.1],
      ]),
    ).toMatchObject({
      error: { code: 'RISK.POLYGON_TOO_FEW_POINTS', params: { count: 3 } },
    });
    expect(
      checkPolygon([
        [0.1, 0.1],
        [1.2, 0.1],
        [0.4, 0.3],
        [0.1, 0.1],
      ]),
    ).toMatchObject({
      error: { code: 'RISK.POLYGON_OUT_OF_PLAN' },
    });
    expect(
      checkPolygon([
        [0.1, 0.1],
        [0.2, 0.2],
        [0.3, 0.3],
        [0.1, 0.1],
      ]),
    ).toMatchObject({
      error: { code: 'RISK.POLYGON_NO_AREA' },
    });
    const bowtie: PlanPoint[] = [
      [0.1, 0.1],
      [0.4, 0.3],
      [0.4, 0.1],
      [0.1, 0.3],
      [0.1, 0.1],
    ];
    expect(checkPolygon(bowtie)).toMatchObject({ error: { code: 'RISK.POLYGON_SELF_CROSSING' } });
  });
});
