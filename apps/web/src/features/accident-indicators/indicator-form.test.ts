import { describe, expect, it } from 'vitest';
import type { TAccidentSettings, TControlIndicators } from './api';
import { indicatorsInputOf, indicatorValuesOf, settingsInputOf, settingsValuesOf } from './indicator-form';

const indicators: TControlIndicators = {
  regionCode: '140500',
  year: 2026,
  deathCap: 18,
  sectorCaps: { coal_mine: 3, road_traffic: 9 },
  gdpYi: 1876.5,
  employees: null,
  motorVehicles: 612_000,
  coalOutputMt: null,
  updatedAt: '2026-01-05T02:00:00.000Z',
};

describe('control indicators form', () => {
  it('holds a field per sector, empty where no cap is set', () => {
    const values = indicatorValuesOf(indicators);
    expect(values.deathCap).toBe(18);
    expect(values.sectorCaps?.coal_mine).toBe(3);
    expect(values.sectorCaps?.fire).toBeNull();
    expect(Object.keys(values.sectorCaps ?? {})).toHaveLength(13);
    expect(values.employees).toBeNull();
  });

  it('sends empty figures as null and leaves empty sector caps out', () => {
    const values = indicatorValuesOf(indicators);
    const body = indicatorsInputOf({
      ...values,
      deathCap: 20,
      sectorCaps: { ...values.sectorCaps, fire: 2, coal_mine: null },
    });
    expect(body).toEqual({
      deathCap: 20,
      sectorCaps: { fire: 2, road_traffic: 9 },
      gdpYi: 1876.5,
      employees: null,
      motorVehicles: 612_000,
      coalOutputMt: null,
    });
    expect(indicatorsInputOf({})).toEqual({
      deathCap: null,
      sectorCaps: {},
      gdpYi: null,
      employees: null,
      motorVehicles: null,
      coalOutputMt: null,
    });
  });
});

// Decree 493 Art. 29 (60 days, extension ≤ 60) and Art. 32 (approval 15 days, 30 for 特别重大).
const limits = { reportDays: 60, maxExtensionDays: 60, approvalDays: 15 };
const settings: TAccidentSettings = {
  regionCode: null,
  from: '140500',
  warningPercent: 80,
  investigationLimits: {
    ordinary: limits,
    large: limits,
    major: limits,
    extraordinary: { ...limits, approvalDays: 30 },
  },
  vetoRules: [{ kind: 'accident_grade', atLeast: 'large', sectors: ['coal_mine'] }, { kind: 'deaths_over_cap' }],
};

describe('accident settings form', () => {
  it('round-trips the settings it was given', () => {
    const body = settingsInputOf(settingsValuesOf(settings));
    expect(body).toEqual({
      warningPercent: 80,
      investigationLimits: settings.investigationLimits,
      vetoRules: settings.vetoRules,
    });
  });

  it('drops untouched rule rows and empty sector lists, and leaves fully empty grades to the defaults', () => {
    const body = settingsInputOf({
      warningPercent: 90,
      investigationLimits: {
        ordinary: { reportDays: null, maxExtensionDays: null, approvalDays: null },
        large: { reportDays: 45, maxExtensionDays: null, approvalDays: 15 },
      },
      vetoRules: [{}, { kind: 'accident_grade', atLeast: 'major', sectors: [] }],
    });
    expect(body.investigationLimits).toEqual({
      // A partly filled grade goes as it is: the server names the missing limit beside its field.
      large: { reportDays: 45, maxExtensionDays: null, approvalDays: 15 },
    });
    expect(body.vetoRules).toEqual([{ kind: 'accident_grade', atLeast: 'major' }]);
  });
});
