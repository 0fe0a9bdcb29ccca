import { describe, expect, it } from 'vitest';
import {
  controllingLevels,
  DEFAULT_CONTROL_MAPPING,
  highestRisk,
  RISK_COLOURS,
  thresholdProblem,
  validThresholds,
} from './levels';

describe('levels, colours and control levels (§4.1, §4.4)', () => {
  it('colours 重大 red, 较大 orange, 一般 yellow, 低 blue', () => {
    expect(RISK_COLOURS).toEqual({ major: 'red', large: 'orange', ordinary: 'yellow', low: 'blue' });
  });

  it('controls a risk at its level and at every level below it (上级负责管控的风险，下级必须负责管控)', () => {
    expect(controllingLevels('major')).toEqual(['company', 'workshop', 'team', 'post']);
    expect(controllingLevels('large')).toEqual(['workshop', 'team', 'post']);
    expect(controllingLevels('ordinary')).toEqual(['team', 'post']);
    expect(controllingLevels('low')).toEqual(['post']);
    const mapping = { ...DEFAULT_CONTROL_MAPPING, large: 'company' as const, ordinary: 'workshop' as const };
    expect(controllingLevels('large', mapping)).toEqual(['company', 'workshop', 'team', 'post']);
  });

  it('colours an area by the highest risk inside it', () => {
    expect(highestRisk(['low', 'ordinary', 'large', 'ordinary'])).toBe('large');
    expect(highestRisk(['low'])).toBe('low');
    expect(highestRisk([])).toBeNull();
  });

  it('accepts thresholds only when they fall strictly', () => {
    expect(validThresholds({ major: 320, large: 160, ordinary: 70, boundary: 'above' })).toBe(true);
    expect(validThresholds({ major: 160, large: 160, ordinary: 70, boundary: 'above' })).toBe(false);
    expect(validThresholds({ major: 320, large: 160, ordinary: 0, boundary: 'above' })).toBe(false);
  });

  it('names the threshold at fault, so a settings form can mark the field', () => {
    const t = { major: 320, large: 160, ordinary: 70, boundary: 'above' as const };
    expect(thresholdProblem(t)).toBeNull();
    expect(thresholdProblem({ ...t, ordinary: -1 })).toBe('ordinary');
    expect(thresholdProblem({ ...t, large: Number.NaN })).toBe('large');
    expect(thresholdProblem({ ...t, large: 70 })).toBe('large'); // equal to the one below: not strictly falling
    expect(thresholdProblem({ ...t, major: 160 })).toBe('major');
    expect(thresholdProblem({ ...t, major: 160.01 })).toBeNull();
  });
});
