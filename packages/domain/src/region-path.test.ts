import { describe, expect, it } from 'vitest';
import { buildRegionPath, isWithinPath } from './region-path';

describe('buildRegionPath', () => {
  it('builds a root path', () => {
    expect(buildRegionPath(null, '140000')).toBe('/140000/');
  });

  it('appends a child code to its parent path', () => {
    const province = buildRegionPath(null, '140000');
    const city = buildRegionPath(province, '140500');
    expect(buildRegionPath(city, '140521')).toBe('/140000/140500/140521/');
  });
});

describe('isWithinPath', () => {
  it('includes the ancestor itself', () => {
    expect(isWithinPath('/140000/', '/140000/')).toBe(true);
  });

  it('includes descendants', () => {
    expect(isWithinPath('/140000/140500/140521/', '/140000/')).toBe(true);
  });

  it('excludes siblings and ancestors', () => {
    expect(isWithinPath('/140000/140600/', '/140000/140500/')).toBe(false);
    expect(isWithinPath('/140000/', '/140000/140500/')).toBe(false);
  });

  it('does not match a code that only shares leading digits', () => {
    expect(isWithinPath('/1400001/', '/140000/')).toBe(false);
  });
});
