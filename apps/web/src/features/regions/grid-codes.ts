import type { TRole } from '@redline/contracts';

/** Who may create and rename grids (POST and PATCH /grids): the API's access list. */
export const GRID_EDITORS: readonly TRole[] = ['admin', 'town_officer'];

export const mayEditGrids = (roles: readonly TRole[]): boolean => roles.some((role) => GRID_EDITORS.includes(role));

/**
 * A suggested code for a village's next grid, after the local practice of the demo data (`<village code>-NN`): one
 * more than the highest number already used that way.
 */
export function nextGridCode(villageCode: string, existing: readonly string[]): string {
  const prefix = `${villageCode}-`;
  const used = existing
    .filter((code) => code.startsWith(prefix) && /^\d+$/.test(code.slice(prefix.length)))
    .map((code) => Number(code.slice(prefix.length)));
  return `${prefix}${String(Math.max(0, ...used) + 1).padStart(2, '0')}`;
}
