import { describe, expect, it } from 'vitest';
import { translateUi } from './i18n/catalogue';
import { describeScope } from './scope';

const zh = (key: string, params?: Record<string, string | number>) => translateUi('zh-CN', key, params);
const en = (key: string, params?: Record<string, string | number>) => translateUi('en', key, params);

describe('describeScope', () => {
  it('names the region, and counts the sectors of a department account', () => {
    const scope = { kind: 'region' as const, regionCode: '140500', regionName: '晋城市', sectorCodes: [] };
    expect(describeScope(scope, zh)).toBe('晋城市');
    expect(describeScope({ ...scope, sectorCodes: ['mining', 'construction'] }, zh)).toBe('晋城市 · 2 个行业领域');
  });

  it('lists grids and names the enterprise, in either language', () => {
    const grids = {
      kind: 'grids' as const,
      grids: [
        { code: 'a', name: '南村第1网格' },
        { code: 'b', name: '南村第2网格' },
      ],
    };
    expect(describeScope(grids, zh)).toBe('网格：南村第1网格、南村第2网格');
    const enterprise = { kind: 'enterprise' as const, enterpriseId: 'x', enterpriseName: '示范化工有限公司' };
    expect(describeScope(enterprise, en)).toBe('Enterprise: 示范化工有限公司');
  });
});
