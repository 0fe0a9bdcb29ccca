import type { TControlIndicatorsInput } from '@redline/contracts';
import { ACCIDENT_GRADES, ACCIDENT_SECTOR_CODES, type AccidentGrade, type AccidentSector } from '@redline/domain';
import type { TAccidentSettings, TAccidentSettingsInput, TControlIndicators, TInvestigationLimits } from './api';

/** What an empty number field holds (InputNumber gives null when cleared). */
type Num = number | null | undefined;
const num = (value: Num): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The caps and denominators form: one field per figure, one per sector cap. */
export type IndicatorValues = {
  deathCap?: Num;
  sectorCaps?: Partial<Record<AccidentSector, Num>>;
  gdpYi?: Num;
  employees?: Num;
  motorVehicles?: Num;
  coalOutputMt?: Num;
};

export function indicatorValuesOf(indicators: TControlIndicators): IndicatorValues {
  const caps = indicators.sectorCaps as Partial<Record<AccidentSector, number>>;
  return {
    deathCap: indicators.deathCap ?? null,
    sectorCaps: Object.fromEntries(ACCIDENT_SECTOR_CODES.map((s) => [s, caps[s] ?? null])),
    gdpYi: indicators.gdpYi ?? null,
    employees: indicators.employees ?? null,
    motorVehicles: indicators.motorVehicles ?? null,
    coalOutputMt: indicators.coalOutputMt ?? null,
  };
}

/**
 * The body of PUT /control-indicators: an empty field is null (not set; its rate says 未设置分母), an empty sector cap
 * is left out (that sector has no cap). The server checks the numbers and answers per field.
 */
export function indicatorsInputOf(values: IndicatorValues): TControlIndicatorsInput {
  const sectorCaps: Partial<Record<AccidentSector, number>> = {};
  for (const sector of ACCIDENT_SECTOR_CODES) {
    const cap = num(values.sectorCaps?.[sector]);
    if (cap !== null) sectorCaps[sector] = cap;
  }
  return {
    deathCap: num(values.deathCap),
    sectorCaps,
    gdpYi: num(values.gdpYi),
    employees: num(values.employees),
    motorVehicles: num(values.motorVehicles),
    coalOutputMt: num(values.coalOutputMt),
  };
}

/** One veto rule as the form holds it: the grade and sectors only matter for `accident_grade`. */
export type VetoValue = {
  kind?: 'accident_grade' | 'deaths_over_cap';
  atLeast?: AccidentGrade;
  sectors?: AccidentSector[];
};

export type SettingsValues = {
  warningPercent?: Num;
  investigationLimits?: Partial<Record<AccidentGrade, Partial<Record<keyof TInvestigationLimits, Num>>>>;
  vetoRules?: VetoValue[];
};

export function settingsValuesOf(settings: TAccidentSettings): SettingsValues {
  return {
    warningPercent: settings.warningPercent,
    investigationLimits: { ...settings.investigationLimits },
    vetoRules: settings.vetoRules.map((rule) =>
      rule.kind === 'accident_grade'
        ? { kind: rule.kind, atLeast: rule.atLeast, sectors: [...(rule.sectors ?? [])] }
        : { kind: rule.kind },
    ),
  };
}

/**
 * The body of PUT /accident-settings. A grade whose three limits are all empty is left out (it keeps the defaults);
 * a partly filled grade is sent as it is, so the server names the missing limit beside its field. A veto rule
 * without a kind is dropped (an added, untouched row); an empty sector list means every sector.
 */
export function settingsInputOf(values: SettingsValues): TAccidentSettingsInput {
  const investigationLimits: TAccidentSettingsInput['investigationLimits'] = {};
  for (const grade of ACCIDENT_GRADES) {
    const limits = values.investigationLimits?.[grade];
    const entries = (['reportDays', 'maxExtensionDays', 'approvalDays'] as const).map(
      (key) => [key, num(limits?.[key])] as const,
    );
    if (entries.every(([, v]) => v === null)) continue;
    investigationLimits[grade] = Object.fromEntries(entries) as TInvestigationLimits;
  }
  const vetoRules: TAccidentSettingsInput['vetoRules'] = [];
  for (const rule of values.vetoRules ?? []) {
    if (rule.kind === 'deaths_over_cap') vetoRules.push({ kind: 'deaths_over_cap' });
    else if (rule.kind === 'accident_grade') {
      vetoRules.push({
        kind: 'accident_grade',
        atLeast: rule.atLeast as AccidentGrade,
        ...(rule.sectors?.length ? { sectors: rule.sectors } : {}),
      });
    }
  }
  return { warningPercent: num(values.warningPercent) as number, investigationLimits, vetoRules };
}
