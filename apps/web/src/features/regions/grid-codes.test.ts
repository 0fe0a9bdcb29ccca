import { describe, expect, it } from 'vitest';
import { mayEditGrids, nextGridCode } from './grid-codes';

describe('nextGridCode', () => {
  it('starts at 01 in a village without grids', () => {
    expect(nextGridCode('140525108001', [])).toBe('140525108001-01');
  });

  it('follows the highest number used, ignoring codes of another shape', () => {
    const codes = ['140525108001-01', '140525108001-03', 'custom-9', '140525108001-x', '140525108002-07'];
    expect(nextGridCode('140525108001', codes)).toBe('140525108001-04');
  });

  it('goes past two digits when it must', () => {
    expect(nextGridCode('140525108001', ['140525108001-99'])).toBe('140525108001-100');
  });
});

describe('mayEditGrids', () => {
  it('lets admins and town officers edit grids', () => {
    expect(mayEditGrids(['admin'])).toBe(true);
    expect(mayEditGrids(['town_officer'])).toBe(true);
    expect(mayEditGrids(['inspector', 'grid_worker', 'safety_office'])).toBe(false);
  });
});
