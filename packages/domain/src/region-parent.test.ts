import { describe, expect, it } from 'vitest';
import type { RegionLevel } from './region-code';
import { validateRegionParent } from './region-parent';

const ref = (code: string, level: RegionLevel) => ({ code, level });

describe('validateRegionParent (§8.1, §8.2 of domain-reference)', () => {
  it.each([
    [ref('140500', 'city'), ref('140000', 'province')],
    [ref('140521', 'county'), ref('140500', 'city')],
    [ref('419001', 'county'), ref('410000', 'province')],
    [ref('110101', 'county'), ref('110000', 'province')],
    [ref('140521100', 'town'), ref('140521', 'county')],
    [ref('441900003', 'town'), ref('441900', 'city')],
    [ref('220581102200', 'village'), ref('220581102', 'town')],
  ])('accepts %o under %o', (child, parent) => {
    expect(validateRegionParent(child, parent)).toEqual({ ok: true, value: true });
  });

  it.each([
    [ref('140000', 'province'), ref('140000', 'province')],
    [ref('140500', 'city'), ref('140500', 'city')],
    [ref('140500', 'city'), ref('140521', 'county')],
    [ref('140521', 'county'), ref('140521', 'county')],
    [ref('140521', 'county'), ref('140521100', 'town')],
    [ref('140521100', 'town'), ref('140000', 'province')],
    [ref('220581102200', 'village'), ref('220581', 'county')],
    [ref('220581102200', 'village'), ref('220581102201', 'village')],
  ])('rejects the level of %o under %o', (child, parent) => {
    expect(validateRegionParent(child, parent)).toEqual({
      ok: false,
      error: { code: 'REGION.PARENT_LEVEL', params: { level: child.level, parentLevel: parent.level } },
    });
  });

  it.each([
    [ref('150500', 'city'), ref('140000', 'province'), '14'],
    [ref('140621', 'county'), ref('140500', 'city'), '1405'],
    [ref('429001', 'county'), ref('410000', 'province'), '41'],
    [ref('140522100', 'town'), ref('140521', 'county'), '140521'],
    [ref('140521100', 'town'), ref('140500', 'city'), '140500'],
    [ref('220581103200', 'village'), ref('220581102', 'town'), '220581102'],
  ])('rejects %o under %o without the shared prefix', (child, parent, prefix) => {
    expect(validateRegionParent(child, parent)).toEqual({
      ok: false,
      error: { code: 'REGION.PARENT_PREFIX', params: { code: child.code, prefix } },
    });
  });
});
