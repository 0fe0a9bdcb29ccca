import type { TVetoRule } from './api';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * A one-vote-veto rule in words: "煤矿、危险化学品发生较大事故及以上", "死亡人数超过控制指标". The sectors are
 * listed as the language lists things (、 in Chinese).
 */
export function vetoRuleText(rule: TVetoRule, t: Translate, locale: 'zh-CN' | 'en'): string {
  if (rule.kind === 'deaths_over_cap') return t('accidentIndicators.veto.deathsOverCap');
  const grade = t(`accident.grade.${rule.atLeast}`);
  if (!rule.sectors?.length) return t('accidentIndicators.veto.grade', { grade });
  const sectors = rule.sectors.map((s) => t(`accident.sector.${s}`)).join(locale === 'zh-CN' ? '、' : ', ');
  return t('accidentIndicators.veto.gradeInSectors', { grade, sectors });
}
