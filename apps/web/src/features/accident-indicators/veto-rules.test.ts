import { describe, expect, it } from 'vitest';
import { registerMessages, translateUi } from '../../app/i18n/catalogue';
import { accidentIndicatorMessages } from '../../app/i18n/messages/accident-indicators';
import { accidentLabels } from '../../app/i18n/messages/accident-labels';
import { vetoRuleText } from './veto-rules';

// The screens register their messages when they load (screens.ts); so does this test.
registerMessages(accidentIndicatorMessages);
registerMessages(accidentLabels);
const zh = (key: string, params?: Record<string, string | number>) => translateUi('zh-CN', key, params);
const en = (key: string, params?: Record<string, string | number>) => translateUi('en', key, params);

describe('vetoRuleText: a one-vote-veto rule (local practice, domain-reference §5) in words', () => {
  it('names the grade floor, and the sectors when the rule is limited to some', () => {
    expect(vetoRuleText({ kind: 'accident_grade', atLeast: 'large' }, zh, 'zh-CN')).toBe('发生较大事故及以上');
    expect(
      vetoRuleText(
        { kind: 'accident_grade', atLeast: 'major', sectors: ['coal_mine', 'hazardous_chemicals'] },
        zh,
        'zh-CN',
      ),
    ).toBe('煤矿、危险化学品发生重大事故及以上');
    expect(vetoRuleText({ kind: 'accident_grade', atLeast: 'large', sectors: [] }, zh, 'zh-CN')).toBe(
      '发生较大事故及以上',
    );
    expect(vetoRuleText({ kind: 'accident_grade', atLeast: 'large', sectors: ['coal_mine', 'fire'] }, en, 'en')).toBe(
      'An accident graded Large or higher in Coal mines, Fire',
    );
  });

  it('names the death cap rule', () => {
    expect(vetoRuleText({ kind: 'deaths_over_cap' }, zh, 'zh-CN')).toBe('死亡人数超过控制指标');
  });
});
