import { err, ok, type Result } from '../result';

/** A point on a site plan, as fractions of its width and height (0–1), so a plan can be shown at any size. */
export type PlanPoint = [x: number, y: number];

const same = (a: PlanPoint, b: PlanPoint) => a[0] === b[0] && a[1] === b[1];
const cross = (o: PlanPoint, a: PlanPoint, b: PlanPoint) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function segmentsCross(p1: PlanPoint, p2: PlanPoint, p3: PlanPoint, p4: PlanPoint): boolean {
  const d1 = cross(p3, p4, p1);
  const d2 = cross(p3, p4, p2);
  const d3 = cross(p1, p2, p3);
  const d4 = cross(p1, p2, p4);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Twice the signed area (shoelace). */
const doubleArea = (ring: readonly PlanPoint[]) =>
  ring.slice(0, -1).reduce((sum, p, i) => sum + p[0] * ring[i + 1]![1] - ring[i + 1]![0] * p[1], 0);

/**
 * An area drawn on the four-colour map: a closed ring (the last point repeats the first) of at least three distinct
 * corners, inside the plan, enclosing some area, whose edges do not cross.
 */
export function checkPolygon(ring: readonly PlanPoint[]): Result<PlanPoint[]> {
  if (
    ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || p[0] < 0 || p[0] > 1 || p[1] < 0 || p[1] > 1)
  ) {
    return err('RISK.POLYGON_OUT_OF_PLAN');
  }
  if (ring.length < 4) return err('RISK.POLYGON_TOO_FEW_POINTS', { count: ring.length });
  if (!same(ring[0]!, ring.at(-1)!)) return err('RISK.POLYGON_NOT_CLOSED');
  const edges = ring.length - 1;
  for (let i = 0; i < edges; i++) {
    for (let j = i + 2; j < edges; j++) {
      if (i === 0 && j === edges - 1) continue; // the first and last edges meet at the closing point
      if (segmentsCross(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return err('RISK.POLYGON_SELF_CROSSING');
    }
  }
  // After the crossing check: a symmetric bow tie's two halves cancel out to no area.
  if (Math.abs(doubleArea(ring)) < 1e-9) return err('RISK.POLYGON_NO_AREA');
  return ok([...ring]);
}
