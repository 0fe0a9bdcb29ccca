import { describe, expect, it } from 'vitest';
import { assess, checkRiskSettings, DEFAULT_RISK_SETTINGS, riskSettingsProblems } from './assess';

describe('assessing a risk event (§4.2–4.4)', () => {
  it('gives score, level, colour and the levels that control it, for either method', () => {
    expect(assess({ method: 'lec', l: 6, e: 6, c: 15 })).toEqual({
      ok: true,
      value: { score: 540, level: 'major', colour: 'red', controlLevels: ['company', 'workshop', 'team', 'post'] },
    });
    expect(assess({ method: 'matrix', likelihood: 3, severity: 3 })).toEqual({
      ok: true,
      value: { score: 9, level: 'ordinary', colour: 'yellow', controlLevels: ['team', 'post'] },
    });
  });

  it('grades a residual risk like an inherent one, after the measures lower its factors', () => {
    const inherent = assess({ method: 'lec', l: 6, e: 6, c: 15 });
    const residual = assess({ method: 'lec', l: 1, e: 6, c: 15 });
    expect([inherent.ok && inherent.value.level, residual.ok && residual.value.level]).toEqual(['major', 'ordinary']);
  });

  it('uses the region’s thresholds and control mapping', () => {
    const settings = {
      ...DEFAULT_RISK_SETTINGS,
      matrix: { major: 16, large: 12, ordinary: 6, boundary: 'above' as const },
      controlMapping: { ...DEFAULT_RISK_SETTINGS.controlMapping, ordinary: 'workshop' as const },
    };
    expect(assess({ method: 'matrix', likelihood: 4, severity: 4 }, settings)).toMatchObject({
      value: { level: 'major' },
    });
    expect(assess({ method: 'matrix', likelihood: 2, severity: 3 }, settings)).toMatchObject({
      value: { level: 'ordinary', controlLevels: ['workshop', 'team', 'post'] },
    });
  });

  it('refuses thresholds that do not fall strictly, and factors outside the tables', () => {
    expect(
      checkRiskSettings({ ...DEFAULT_RISK_SETTINGS, matrix: { major: 9, large: 15, ordinary: 20, boundary: 'above' } }),
    ).toEqual({
      ok: false,
      error: { code: 'RISK.THRESHOLDS_INVALID', params: { method: 'matrix', field: 'large' } },
    });
    expect(assess({ method: 'lec', l: 7, e: 6, c: 15 })).toMatchObject({
      ok: false,
      error: { code: 'RISK.FACTOR_NOT_IN_TABLE' },
    });
  });

  it('lists the problems of both methods at once', () => {
    expect(
      riskSettingsProblems({
        ...DEFAULT_RISK_SETTINGS,
        lec: { major: 320, large: 0, ordinary: 70, boundary: 'above' },
        matrix: { major: 20, large: 15, ordinary: 15, boundary: 'below' },
      }),
    ).toEqual([
      { code: 'RISK.THRESHOLDS_INVALID', params: { method: 'lec', field: 'large' } },
      { code: 'RISK.THRESHOLDS_INVALID', params: { method: 'matrix', field: 'large' } },
    ]);
    expect(riskSettingsProblems(DEFAULT_RISK_SETTINGS)).toEqual([]);
  });
});
